from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchApproximateLocation2")


def _parse_country(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_region(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_city(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_timezone(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class WebSearchApproximateLocation2:
    """The approximate location of the user."""

    type_: Literal["approximate"] | Unset = "approximate"
    """ The type of location approximation. Always `approximate`. """
    country: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("approximate",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "country",
            "region",
            "city",
            "timezone",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.country is not UNSET:
            field_dict["country"] = to_json(self.country)
        if self.region is not UNSET:
            field_dict["region"] = to_json(self.region)
        if self.city is not UNSET:
            field_dict["city"] = to_json(self.city)
        if self.timezone is not UNSET:
            field_dict["timezone"] = to_json(self.timezone)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"WebSearchApproximateLocation2: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['approximate'] | Unset", _raw_type_)
            if type_ != "approximate" and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 'approximate', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_country = d.pop("country", UNSET)
        try:
            country = _parse_country(_raw_country)

        except LENIENT_ERRORS:
            country = _raw_country

        _raw_region = d.pop("region", UNSET)
        try:
            region = _parse_region(_raw_region)

        except LENIENT_ERRORS:
            region = _raw_region

        _raw_city = d.pop("city", UNSET)
        try:
            city = _parse_city(_raw_city)

        except LENIENT_ERRORS:
            city = _raw_city

        _raw_timezone = d.pop("timezone", UNSET)
        try:
            timezone = _parse_timezone(_raw_timezone)

        except LENIENT_ERRORS:
            timezone = _raw_timezone

        parsed_obj_ = cls(
            type_=type_,
            country=country,
            region=region,
            city=city,
            timezone=timezone,
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
