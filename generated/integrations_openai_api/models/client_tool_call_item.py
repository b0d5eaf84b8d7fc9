from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.client_tool_call_status import ClientToolCallStatus, check_client_tool_call_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientToolCallItem")


def _parse_output(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define
class ClientToolCallItem:
    """Record of a client side tool invocation initiated by the assistant."""

    id: str
    """ Identifier of the thread item. """
    created_at: int
    """ Unix timestamp (in seconds) for when the item was created. """
    thread_id: str
    """ Identifier of the parent thread. """
    status: ClientToolCallStatus
    call_id: str
    """ Identifier for the client tool call. """
    name: str
    """ Tool name that was invoked. """
    arguments: str
    """ JSON-encoded arguments that were sent to the tool. """
    output: None | str
    object_: Literal["chatkit.thread_item"] = "chatkit.thread_item"
    """ Type discriminator that is always `chatkit.thread_item`. """
    type_: Literal["chatkit.client_tool_call"] = "chatkit.client_tool_call"
    """ Type discriminator that is always `chatkit.client_tool_call`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("chatkit.thread_item",),
        "type": ("chatkit.client_tool_call",),
        "status": (
            "completed",
            "in_progress",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
        "thread_id",
        "type",
        "status",
        "call_id",
        "name",
        "arguments",
        "output",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "thread_id",
            "type",
            "status",
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
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.thread_id, Unset):
            field_dict["thread_id"] = self.thread_id
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.call_id, Unset):
            field_dict["call_id"] = self.call_id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.arguments, Unset):
            field_dict["arguments"] = self.arguments
        if not isinstance(self.output, Unset):
            field_dict["output"] = to_json(self.output)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ClientToolCallItem: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['chatkit.thread_item']", _raw_object_)
            if object_ != "chatkit.thread_item":
                raise ValueError(f"object must match const 'chatkit.thread_item', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        created_at = d.pop("created_at", UNSET)

        thread_id = d.pop("thread_id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['chatkit.client_tool_call']", _raw_type_)
            if type_ != "chatkit.client_tool_call":
                raise ValueError(f"type must match const 'chatkit.client_tool_call', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_client_tool_call_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        call_id = d.pop("call_id", UNSET)

        name = d.pop("name", UNSET)

        arguments = d.pop("arguments", UNSET)

        _raw_output = d.pop("output", UNSET)
        try:
            output = _parse_output(_raw_output)

        except LENIENT_ERRORS:
            output = _raw_output

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            thread_id=thread_id,
            type_=type_,
            status=status,
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
