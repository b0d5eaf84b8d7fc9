from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="CostsResultAmount")


def _parse_value(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_currency(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class CostsResultAmount:
    """The monetary value in its associated currency."""

    value: float | None | Unset = UNSET
    """ The numeric value of the cost. """
    currency: None | str | Unset = UNSET
    """ Lowercase ISO-4217 currency e.g. "usd" """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "value",
            "currency",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.value is not UNSET:
            field_dict["value"] = to_json(self.value)
        if self.currency is not UNSET:
            field_dict["currency"] = to_json(self.currency)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CostsResultAmount: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_value = d.pop("value", UNSET)
        try:
            value = _parse_value(_raw_value)

        except LENIENT_ERRORS:
            value = _raw_value

        _raw_currency = d.pop("currency", UNSET)
        try:
            currency = _parse_currency(_raw_currency)

        except LENIENT_ERRORS:
            currency = _raw_currency

        parsed_obj_ = cls(
            value=value,
            currency=currency,
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
