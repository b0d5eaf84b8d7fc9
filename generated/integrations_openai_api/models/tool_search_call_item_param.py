from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.function_call_item_status import (
    FunctionCallItemStatus,
    check_function_call_item_status,
)
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
    check_tool_search_execution_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.empty_model_param import EmptyModelParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EmptyModelParam
    from ..models.empty_model_param import EmptyModelParam  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ToolSearchCallItemParam")


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_call_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_execution(data: object) -> None | ToolSearchExecutionType | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        execution_type_0 = check_tool_search_execution_type(data)

        return execution_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ToolSearchExecutionType | Unset", data)


def _parse_status(data: object) -> FunctionCallItemStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = check_function_call_item_status(data)

        return status_type_0
    except LENIENT_ERRORS:
        pass
    return cast("FunctionCallItemStatus | None | Unset", data)


@_attrs_define
class ToolSearchCallItemParam:
    arguments: EmptyModelParam
    type_: Literal["tool_search_call"] = "tool_search_call"
    """ The item type. Always `tool_search_call`. """
    id: None | str | Unset = UNSET
    call_id: None | str | Unset = UNSET
    execution: None | ToolSearchExecutionType | Unset = UNSET
    status: FunctionCallItemStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("tool_search_call",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "arguments",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "arguments",
            "id",
            "call_id",
            "execution",
            "status",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.arguments, Unset):
            field_dict["arguments"] = to_json(self.arguments)
        if self.id is not UNSET:
            field_dict["id"] = to_json(self.id)
        if self.call_id is not UNSET:
            field_dict["call_id"] = to_json(self.call_id)
        if self.execution is not UNSET:
            field_dict["execution"] = to_json(self.execution)
        if self.status is not UNSET:
            field_dict["status"] = to_json(self.status)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ToolSearchCallItemParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['tool_search_call']", _raw_type_)
            if type_ != "tool_search_call":
                raise ValueError(f"type must match const 'tool_search_call', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_arguments = d.pop("arguments", UNSET)
        try:
            arguments = EmptyModelParam.from_dict(_raw_arguments)

        except LENIENT_ERRORS:
            arguments = _raw_arguments

        _raw_id = d.pop("id", UNSET)
        try:
            id = _parse_id(_raw_id)

        except LENIENT_ERRORS:
            id = _raw_id

        _raw_call_id = d.pop("call_id", UNSET)
        try:
            call_id = _parse_call_id(_raw_call_id)

        except LENIENT_ERRORS:
            call_id = _raw_call_id

        _raw_execution = d.pop("execution", UNSET)
        try:
            execution = _parse_execution(_raw_execution)

        except LENIENT_ERRORS:
            execution = _raw_execution

        _raw_status = d.pop("status", UNSET)
        try:
            status = _parse_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        parsed_obj_ = cls(
            type_=type_,
            arguments=arguments,
            id=id,
            call_id=call_id,
            execution=execution,
            status=status,
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
