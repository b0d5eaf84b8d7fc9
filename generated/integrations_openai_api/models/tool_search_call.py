from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.function_call_status import FunctionCallStatus, check_function_call_status
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
    check_tool_search_execution_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolSearchCall")


def _parse_call_id(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_created_by(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class ToolSearchCall:
    id: str
    """ The unique ID of the tool search call item. """
    call_id: None | str
    execution: ToolSearchExecutionType
    arguments: Any
    """ Arguments used for the tool search call. """
    status: FunctionCallStatus
    type_: Literal["tool_search_call"] = "tool_search_call"
    """ The type of the item. Always `tool_search_call`. """
    created_by: None | str | Unset = UNSET
    """ The identifier of the actor that created the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("tool_search_call",),
        "execution": (
            "client",
            "server",
        ),
        "status": (
            "completed",
            "in_progress",
            "incomplete",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "call_id",
        "execution",
        "arguments",
        "status",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "call_id",
            "execution",
            "arguments",
            "status",
            "created_by",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.call_id, Unset):
            field_dict["call_id"] = to_json(self.call_id)
        if not isinstance(self.execution, Unset):
            field_dict["execution"] = self.execution
        if not isinstance(self.arguments, Unset):
            field_dict["arguments"] = to_json(self.arguments)
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if self.created_by is not UNSET:
            field_dict["created_by"] = to_json(self.created_by)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ToolSearchCall: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['tool_search_call']", _raw_type_)
            if type_ != "tool_search_call":
                raise ValueError(f"type must match const 'tool_search_call', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", UNSET)

        _raw_call_id = d.pop("call_id", UNSET)
        try:
            call_id = _parse_call_id(_raw_call_id)

        except LENIENT_ERRORS:
            call_id = _raw_call_id

        _raw_execution = d.pop("execution", UNSET)
        try:
            execution = check_tool_search_execution_type(_raw_execution)

        except LENIENT_ERRORS:
            execution = _raw_execution

        arguments = d.pop("arguments", UNSET)

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_function_call_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_created_by = d.pop("created_by", UNSET)
        try:
            created_by = _parse_created_by(_raw_created_by)

        except LENIENT_ERRORS:
            created_by = _raw_created_by

        parsed_obj_ = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            execution=execution,
            arguments=arguments,
            status=status,
            created_by=created_by,
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
