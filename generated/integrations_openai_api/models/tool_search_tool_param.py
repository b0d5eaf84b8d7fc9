from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="ToolSearchToolParam")


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


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_parameters(data: object) -> EmptyModelParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return EmptyModelParam.from_dict(data)
    return cast("EmptyModelParam | None | Unset", data)


@_attrs_define
class ToolSearchToolParam:
    """Hosted or BYOT tool search configuration for deferred tools."""

    type_: Literal["tool_search"] = "tool_search"
    """ The type of the tool. Always `tool_search`. """
    execution: None | ToolSearchExecutionType | Unset = UNSET
    description: None | str | Unset = UNSET
    parameters: EmptyModelParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("tool_search",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "execution",
            "description",
            "parameters",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.execution is not UNSET:
            field_dict["execution"] = to_json(self.execution)
        if self.description is not UNSET:
            field_dict["description"] = to_json(self.description)
        if self.parameters is not UNSET:
            field_dict["parameters"] = to_json(self.parameters)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ToolSearchToolParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['tool_search']", _raw_type_)
            if type_ != "tool_search":
                raise ValueError(f"type must match const 'tool_search', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_execution = d.pop("execution", UNSET)
        try:
            execution = _parse_execution(_raw_execution)

        except LENIENT_ERRORS:
            execution = _raw_execution

        _raw_description = d.pop("description", UNSET)
        try:
            description = _parse_description(_raw_description)

        except LENIENT_ERRORS:
            description = _raw_description

        _raw_parameters = d.pop("parameters", UNSET)
        try:
            parameters = _parse_parameters(_raw_parameters)

        except LENIENT_ERRORS:
            parameters = _raw_parameters

        parsed_obj_ = cls(
            type_=type_,
            execution=execution,
            description=description,
            parameters=parameters,
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
