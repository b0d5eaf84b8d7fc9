from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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

    _sdk_name_: ClassVar[str] = "ConversationItemTruncatedEvent"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audio_end_ms", "audio_end_ms"),
        ("content_index", "content_index"),
        ("event_id", "event_id"),
        ("item_id", "item_id"),
        ("type", "type"),
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.audio_end_ms
        if value_1 is None:
            if "audio_end_ms" in present:
                out["audio_end_ms"] = None
        else:
            out["audio_end_ms"] = value_1
        value_2 = self.content_index
        if value_2 is None:
            if "content_index" in present:
                out["content_index"] = None
        else:
            out["content_index"] = value_2
        value_3 = self.event_id
        if value_3 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = value_3
        value_4 = self.item_id
        if value_4 is None:
            if "item_id" in present:
                out["item_id"] = None
        else:
            out["item_id"] = value_4
        value_5 = self.type
        if value_5 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_5
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.event_id = get_("event_id")
        parsed_obj_.type = get_("type")
        parsed_obj_.item_id = get_("item_id")
        parsed_obj_.content_index = get_("content_index")
        parsed_obj_.audio_end_ms = get_("audio_end_ms")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
