from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.realtime_conversation_item_with_reference_role import (
    RealtimeConversationItemWithReferenceRole,
)
from ..models.realtime_conversation_item_with_reference_status import (
    RealtimeConversationItemWithReferenceStatus,
)
from ..models.realtime_conversation_item_with_reference_type import (
    RealtimeConversationItemWithReferenceType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_conversation_item_with_reference_content_item import (
        RealtimeConversationItemWithReferenceContentItem,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeConversationItemWithReferenceContentItem
    from ..models.realtime_conversation_item_with_reference_content_item import (
        RealtimeConversationItemWithReferenceContentItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeConversationItemWithReference(ApiModel):
    """The item to add to the conversation."""

    id: str | None = ABSENT
    """ For an item of type (`message` | `function_call` | `function_call_output`)
    this field allows the client to assign the unique ID of the item. It is
    not required because the server will generate one if not provided.

    For an item of type `item_reference`, this field is required and is a
    reference to any item that has previously existed in the conversation.
     """

    type: RealtimeConversationItemWithReferenceType | str | None = ABSENT
    """ The type of the item (`message`, `function_call`, `function_call_output`, `item_reference`).
     """

    object: Literal["realtime.item"] | None = "realtime.item"
    """ Identifier for the API object being returned - always `realtime.item`.
     """

    status: RealtimeConversationItemWithReferenceStatus | str | None = ABSENT
    """ The status of the item (`completed`, `incomplete`, `in_progress`). These have no effect
    on the conversation, but are accepted for consistency with the
    `conversation.item.created` event.
     """

    role: RealtimeConversationItemWithReferenceRole | str | None = ABSENT
    """ The role of the message sender (`user`, `assistant`, `system`), only
    applicable for `message` items.
     """

    content: list[RealtimeConversationItemWithReferenceContentItem] | None = ABSENT
    """ The content of the message, applicable for `message` items.
    - Message items of role `system` support only `input_text` content
    - Message items of role `user` support `input_text` and `input_audio`
      content
    - Message items of role `assistant` support `text` content.
     """

    call_id: str | None = ABSENT
    """ The ID of the function call (for `function_call` and
    `function_call_output` items). If passed on a `function_call_output`
    item, the server will check that a `function_call` item with the same
    ID exists in the conversation history.
     """

    name: str | None = ABSENT
    """ The name of the function being called (for `function_call` items).
     """

    arguments: str | None = ABSENT
    """ The arguments of the function call (for `function_call` items).
     """

    output: str | None = ABSENT
    """ The output of the function call (for `function_call_output` items).
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("arguments", "arguments"),
        ("call_id", "call_id"),
        ("content", "content"),
        ("name", "name"),
        ("object", "object"),
        ("output", "output"),
        ("role", "role"),
        ("status", "status"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str | Unset",
        "type": "RealtimeConversationItemWithReferenceType | Unset",
        "object": "Literal['realtime.item'] | Unset",
        "status": "RealtimeConversationItemWithReferenceStatus | Unset",
        "role": "RealtimeConversationItemWithReferenceRole | Unset",
        "content": "list[RealtimeConversationItemWithReferenceContentItem] | Unset",
        "call_id": "str | Unset",
        "name": "str | Unset",
        "arguments": "str | Unset",
        "output": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "function_call",
            "function_call_output",
            "message",
        ),
        "object": ("realtime.item",),
        "status": (
            "completed",
            "in_progress",
            "incomplete",
        ),
        "role": (
            "assistant",
            "system",
            "user",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "type",
            "object",
            "status",
            "role",
            "content",
            "call_id",
            "name",
            "arguments",
            "output",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.arguments
        if value_2 is None:
            if "arguments" in present:
                out["arguments"] = None
        else:
            out["arguments"] = value_2
        value_3 = self.call_id
        if value_3 is None:
            if "call_id" in present:
                out["call_id"] = None
        else:
            out["call_id"] = value_3
        value_4 = self.content
        if value_4 is None:
            if "content" in present:
                out["content"] = None
        else:
            out["content"] = to_json(value_4)
        value_5 = self.name
        if value_5 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_5
        value_6 = self.object
        if value_6 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_6
        value_7 = self.output
        if value_7 is None:
            if "output" in present:
                out["output"] = None
        else:
            out["output"] = value_7
        value_8 = self.role
        if value_8 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_8
        value_9 = self.status
        if value_9 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_9
        value_10 = self.type
        if value_10 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_10
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = get_("id")
        parsed_obj_.type = get_("type")
        parsed_obj_.object = get_("object")
        parsed_obj_.status = get_("status")
        parsed_obj_.role = get_("role")
        _raw_content = get_("content", UNSET)
        try:
            _content = _raw_content
            content: list[RealtimeConversationItemWithReferenceContentItem] | Unset = UNSET
            if _content is not UNSET:
                if not isinstance(_content, list):
                    raise TypeError()
                content = []
                for content_item_data in _content:
                    try:
                        content_item = (
                            RealtimeConversationItemWithReferenceContentItem._from_dict_(
                                content_item_data
                            )
                            if content_item_data.__class__ is dict
                            else RealtimeConversationItemWithReferenceContentItem.from_dict(
                                content_item_data
                            )
                        )
                    except LENIENT_ERRORS:
                        content_item = content_item_data
                    content.append(content_item)

        except LENIENT_ERRORS:
            content = _raw_content
        parsed_obj_.content = None if isinstance(content, Unset) else content
        parsed_obj_.call_id = get_("call_id")
        parsed_obj_.name = get_("name")
        parsed_obj_.arguments = get_("arguments")
        parsed_obj_.output = get_("output")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
