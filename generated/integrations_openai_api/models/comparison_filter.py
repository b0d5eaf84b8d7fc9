from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.comparison_filter_type import ComparisonFilterType, check_comparison_filter_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ComparisonFilter")


def _parse_value(data: object) -> bool | float | list[float | str] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()

        def _parse_value_type_3_item(data: object) -> float | str:
            return cast("float | str", data)

        value_type_3 = []
        _value_type_3 = data
        if not isinstance(_value_type_3, list):
            raise TypeError()
        for value_type_3_item_data in _value_type_3:
            try:
                value_type_3_item = _parse_value_type_3_item(value_type_3_item_data)

            except LENIENT_ERRORS:
                value_type_3_item = value_type_3_item_data
            value_type_3.append(value_type_3_item)

        return value_type_3
    except LENIENT_ERRORS:
        pass
    return cast("bool | float | list[float | str] | str", data)


@_attrs_define
class ComparisonFilter:
    """A filter used to compare a specified attribute key to a given value using a defined comparison operation."""

    type_: ComparisonFilterType
    """ Specifies the comparison operator: `eq`, `ne`, `gt`, `gte`, `lt`, `lte`, `in`, `nin`.
    - `eq`: equals
    - `ne`: not equal
    - `gt`: greater than
    - `gte`: greater than or equal
    - `lt`: less than
    - `lte`: less than or equal
    - `in`: in
    - `nin`: not in

    Server default: `"eq"`. """
    key: str
    """ The key to compare against the value. """
    value: bool | float | list[float | str] | str
    """ The value to compare against the attribute key; supports string, number, or boolean types. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "eq",
            "gt",
            "gte",
            "in",
            "lt",
            "lte",
            "ne",
            "nin",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "key",
        "value",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "key",
            "value",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.key, Unset):
            field_dict["key"] = self.key
        if not isinstance(self.value, Unset):
            field_dict["value"] = to_json(self.value)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ComparisonFilter: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = check_comparison_filter_type(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        key = d.pop("key", UNSET)

        _raw_value = d.pop("value", UNSET)
        try:
            value = _parse_value(_raw_value)

        except LENIENT_ERRORS:
            value = _raw_value

        parsed_obj_ = cls(
            type_=type_,
            key=key,
            value=value,
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
