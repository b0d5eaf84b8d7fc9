from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class RealtimeServerEventConversationItemTruncated(ApiModel):
    """Returned when an earlier assistant audio message item is truncated by the
    client with a `conversation.item.truncate` event. This event is used to
    synchronize the server's understanding of the audio with the client's playback.

    This action will truncate the audio and remove the server-side text transcript
    to ensure there is no text in the context that hasn't been heard by the user.

    """

    event_id: str
    """ The unique ID of the server event. """

    item_id: str
    """ The ID of the assistant message item that was truncated. """

    content_index: int
    """ The index of the content part that was truncated. """

    audio_end_ms: int
    """ The duration up to which the audio was truncated, in milliseconds.
     """

    type: Literal["conversation.item.truncated"] = "conversation.item.truncated"
    """ The event type, must be `conversation.item.truncated`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("event_id", "event_id"),
        ("type", "type"),
        ("item_id", "item_id"),
        ("content_index", "content_index"),
        ("audio_end_ms", "audio_end_ms"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "event_id": "str",
        "type": "Literal['conversation.item.truncated']",
        "item_id": "str",
        "content_index": "int",
        "audio_end_ms": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("conversation.item.truncated",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "item_id",
        "content_index",
        "audio_end_ms",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "item_id",
            "content_index",
            "audio_end_ms",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        event_id = d.pop("event_id", None)

        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["conversation.item.truncated"]', _raw_type_)
            if type_ != "conversation.item.truncated":
                raise ValueError(
                    f"type must match const 'conversation.item.truncated', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        item_id = d.pop("item_id", None)

        content_index = d.pop("content_index", None)

        audio_end_ms = d.pop("audio_end_ms", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.event_id = event_id
        parsed_obj_.type = type_
        parsed_obj_.item_id = item_id
        parsed_obj_.content_index = content_index
        parsed_obj_.audio_end_ms = audio_end_ms
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
