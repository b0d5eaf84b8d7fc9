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
class RealtimeClientEventConversationItemRetrieve(ApiModel):
    """Send this event when you want to retrieve the server's representation of a specific item in the conversation
    history. This is useful, for example, to inspect user audio after noise cancellation and VAD.
    The server will respond with a `conversation.item.retrieved` event,
    unless the item does not exist in the conversation history, in which case the
    server will respond with an error.

    """

    item_id: str
    """ The ID of the item to retrieve. """

    type: Literal["conversation.item.retrieve"] = "conversation.item.retrieve"
    """ The event type, must be `conversation.item.retrieve`. """

    event_id: str | None = ABSENT
    """ Optional client-generated ID used to identify this event. """

    _sdk_name_: ClassVar[str] = "ConversationItemRetrieveEvent"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("item_id", "item_id"),
        ("type", "type"),
        ("event_id", "event_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['conversation.item.retrieve']",
        "item_id": "str",
        "event_id": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("conversation.item.retrieve",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "item_id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "item_id",
            "event_id",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.item_id
        if value_1 is None:
            if "item_id" in present:
                out["item_id"] = None
        else:
            out["item_id"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.event_id
        if value_3 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = value_3
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
        parsed_obj_.event_id = get_("event_id")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
