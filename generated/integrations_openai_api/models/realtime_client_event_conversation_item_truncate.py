from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeClientEventConversationItemTruncate(ApiModel):
    """Send this event to truncate a previous assistant message’s audio. The server
    will produce audio faster than realtime, so this event is useful when the user
    interrupts to truncate audio that has already been sent to the client but not
    yet played. This will synchronize the server's understanding of the audio with
    the client's playback.

    Truncating audio will delete the server-side text transcript to ensure there
    is not text in the context that hasn't been heard by the user.

    If successful, the server will respond with a `conversation.item.truncated`
    event.

    """

    item_id: str
    """ The ID of the assistant message item to truncate. Only assistant message
    items can be truncated.
     """

    content_index: int
    """ The index of the content part to truncate. Set this to `0`. """

    audio_end_ms: int
    """ Inclusive duration up to which audio is truncated, in milliseconds. If
    the audio_end_ms is greater than the actual audio duration, the server
    will respond with an error.
     """

    type: Literal["conversation.item.truncate"] = "conversation.item.truncate"
    """ The event type, must be `conversation.item.truncate`. """

    event_id: str | None = ABSENT
    """ Optional client-generated ID used to identify this event. """

    _sdk_name_: ClassVar[str] = "ConversationItemTruncateEvent"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audio_end_ms", "audio_end_ms"),
        ("content_index", "content_index"),
        ("item_id", "item_id"),
        ("type", "type"),
        ("event_id", "event_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['conversation.item.truncate']",
        "item_id": "str",
        "content_index": "int",
        "audio_end_ms": "int",
        "event_id": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("conversation.item.truncate",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "item_id",
        "content_index",
        "audio_end_ms",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "item_id",
            "content_index",
            "audio_end_ms",
            "event_id",
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
        value_3 = self.item_id
        if value_3 is None:
            if "item_id" in present:
                out["item_id"] = None
        else:
            out["item_id"] = value_3
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        value_5 = self.event_id
        if value_5 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = value_5
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.item_id = get_("item_id")
        parsed_obj_.content_index = get_("content_index")
        parsed_obj_.audio_end_ms = get_("audio_end_ms")
        parsed_obj_.event_id = get_("event_id")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
