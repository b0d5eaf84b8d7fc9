from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.realtime_conversation_item_with_reference_role import (
    RealtimeConversationItemWithReferenceRole,
    check_realtime_conversation_item_with_reference_role,
)
from ..models.realtime_conversation_item_with_reference_status import (
    RealtimeConversationItemWithReferenceStatus,
    check_realtime_conversation_item_with_reference_status,
)
from ..models.realtime_conversation_item_with_reference_type import (
    RealtimeConversationItemWithReferenceType,
    check_realtime_conversation_item_with_reference_type,
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


T = TypeVar("T", bound="RealtimeConversationItemWithReference")


@_attrs_define
class RealtimeConversationItemWithReference:
    """The item to add to the conversation."""

    id: str | Unset = UNSET
    """ For an item of type (`message` | `function_call` | `function_call_output`)
    this field allows the client to assign the unique ID of the item. It is
    not required because the server will generate one if not provided.

    For an item of type `item_reference`, this field is required and is a
    reference to any item that has previously existed in the conversation.
     """
    type_: RealtimeConversationItemWithReferenceType | Unset = UNSET
    """ The type of the item (`message`, `function_call`, `function_call_output`, `item_reference`).
     """
    object_: Literal["realtime.item"] | Unset = "realtime.item"
    """ Identifier for the API object being returned - always `realtime.item`.
     """
    status: RealtimeConversationItemWithReferenceStatus | Unset = UNSET
    """ The status of the item (`completed`, `incomplete`, `in_progress`). These have no effect
    on the conversation, but are accepted for consistency with the
    `conversation.item.created` event.
     """
    role: RealtimeConversationItemWithReferenceRole | Unset = UNSET
    """ The role of the message sender (`user`, `assistant`, `system`), only
    applicable for `message` items.
     """
    content: list[RealtimeConversationItemWithReferenceContentItem] | Unset = UNSET
    """ The content of the message, applicable for `message` items.
    - Message items of role `system` support only `input_text` content
    - Message items of role `user` support `input_text` and `input_audio`
      content
    - Message items of role `assistant` support `text` content.
     """
    call_id: str | Unset = UNSET
    """ The ID of the function call (for `function_call` and
    `function_call_output` items). If passed on a `function_call_output`
    item, the server will check that a `function_call` item with the same
    ID exists in the conversation history.
     """
    name: str | Unset = UNSET
    """ The name of the function being called (for `function_call` items).
     """
    arguments: str | Unset = UNSET
    """ The arguments of the function call (for `function_call` items).
     """
    output: str | Unset = UNSET
    """ The output of the function call (for `function_call_output` items).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.object_ is not UNSET:
            field_dict["object"] = self.object_
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.role is not UNSET:
            field_dict["role"] = self.role
        if self.content is not UNSET:
            field_dict["content"] = to_json(self.content)
        if self.call_id is not UNSET:
            field_dict["call_id"] = self.call_id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.arguments is not UNSET:
            field_dict["arguments"] = self.arguments
        if self.output is not UNSET:
            field_dict["output"] = self.output
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeConversationItemWithReference: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: RealtimeConversationItemWithReferenceType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_realtime_conversation_item_with_reference_type(_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['realtime.item'] | Unset", _raw_object_)
            if object_ != "realtime.item" and not isinstance(object_, Unset):
                raise ValueError(f"object must match const 'realtime.item', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: RealtimeConversationItemWithReferenceStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_realtime_conversation_item_with_reference_status(_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_role = d.pop("role", UNSET)
        try:
            _role = _raw_role
            role: RealtimeConversationItemWithReferenceRole | Unset
            if isinstance(_role, Unset):
                role = UNSET
            else:
                role = check_realtime_conversation_item_with_reference_role(_role)

        except LENIENT_ERRORS:
            role = _raw_role

        _raw_content = d.pop("content", UNSET)
        try:
            _content = _raw_content
            content: list[RealtimeConversationItemWithReferenceContentItem] | Unset = UNSET
            if _content is not UNSET:
                if not isinstance(_content, list):
                    raise TypeError()
                content = []
                for content_item_data in _content:
                    try:
                        content_item = RealtimeConversationItemWithReferenceContentItem.from_dict(
                            content_item_data
                        )

                    except LENIENT_ERRORS:
                        content_item = content_item_data
                    content.append(content_item)

        except LENIENT_ERRORS:
            content = _raw_content

        call_id = d.pop("call_id", UNSET)

        name = d.pop("name", UNSET)

        arguments = d.pop("arguments", UNSET)

        output = d.pop("output", UNSET)

        parsed_obj_ = cls(
            id=id,
            type_=type_,
            object_=object_,
            status=status,
            role=role,
            content=content,
            call_id=call_id,
            name=name,
            arguments=arguments,
            output=output,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
