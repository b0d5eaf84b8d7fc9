from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_beta_response_create_params_tools_item_parameters import (
        RealtimeBetaResponseCreateParamsToolsItemParameters,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeBetaResponseCreateParamsToolsItemParameters
    from ..models.realtime_beta_response_create_params_tools_item_parameters import (
        RealtimeBetaResponseCreateParamsToolsItemParameters,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeFunctionTool")


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_parameters(
    data: object,
) -> None | RealtimeBetaResponseCreateParamsToolsItemParameters | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeBetaResponseCreateParamsToolsItemParameters.from_dict(data)
    return cast("None | RealtimeBetaResponseCreateParamsToolsItemParameters | Unset", data)


@_attrs_define
class RealtimeFunctionTool:
    type_: Literal["function"] | Unset = "function"
    """ The type of the tool, i.e. `function`. """
    name: None | str | Unset = UNSET
    """ The name of the function. """
    description: None | str | Unset = UNSET
    """ The description of the function, including guidance on when and how
    to call it, and guidance about what to tell the user when calling
    (if anything).
     """
    parameters: None | RealtimeBetaResponseCreateParamsToolsItemParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("function",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "description",
            "parameters",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.name is not UNSET:
            field_dict["name"] = to_json(self.name)
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
                f"RealtimeFunctionTool: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['function'] | Unset", _raw_type_)
            if type_ != "function" and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 'function', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_name = d.pop("name", UNSET)
        try:
            name = _parse_name(_raw_name)

        except LENIENT_ERRORS:
            name = _raw_name

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
            name=name,
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
