from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.empty_model_param import EmptyModelParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EmptyModelParam
    from ..models.empty_model_param import EmptyModelParam  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="FunctionToolParam")


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


def _parse_strict(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


def _parse_defer_loading(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


@_attrs_define
class FunctionToolParam:
    name: str
    type_: Literal["function"] = "function"
    description: None | str | Unset = UNSET
    parameters: EmptyModelParam | None | Unset = UNSET
    strict: bool | None | Unset = UNSET
    defer_loading: bool | None | Unset = UNSET
    """ Whether this function should be deferred and discovered via tool search. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("function",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "name",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "type",
            "description",
            "parameters",
            "strict",
            "defer_loading",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.description is not UNSET:
            field_dict["description"] = to_json(self.description)
        if self.parameters is not UNSET:
            field_dict["parameters"] = to_json(self.parameters)
        if self.strict is not UNSET:
            field_dict["strict"] = to_json(self.strict)
        if self.defer_loading is not UNSET:
            field_dict["defer_loading"] = to_json(self.defer_loading)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FunctionToolParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['function']", _raw_type_)
            if type_ != "function":
                raise ValueError(f"type must match const 'function', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

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

        _raw_strict = d.pop("strict", UNSET)
        try:
            strict = _parse_strict(_raw_strict)

        except LENIENT_ERRORS:
            strict = _raw_strict

        _raw_defer_loading = d.pop("defer_loading", UNSET)
        try:
            defer_loading = _parse_defer_loading(_raw_defer_loading)

        except LENIENT_ERRORS:
            defer_loading = _raw_defer_loading

        parsed_obj_ = cls(
            name=name,
            type_=type_,
            description=description,
            parameters=parameters,
            strict=strict,
            defer_loading=defer_loading,
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
