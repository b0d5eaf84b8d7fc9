from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchLocation")


@_attrs_define
class WebSearchLocation:
    """Approximate location parameters for the search."""

    country: str | Unset = UNSET
    """ The two-letter
    [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user,
    e.g. `US`.
     """
    region: str | Unset = UNSET
    """ Free text input for the region of the user, e.g. `California`.
     """
    city: str | Unset = UNSET
    """ Free text input for the city of the user, e.g. `San Francisco`.
     """
    timezone: str | Unset = UNSET
    """ The [IANA timezone](https://timeapi.io/documentation/iana-timezones)
    of the user, e.g. `America/Los_Angeles`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
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
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.region is not UNSET:
            field_dict["region"] = self.region
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.timezone is not UNSET:
            field_dict["timezone"] = self.timezone
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"WebSearchLocation: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        country = d.pop("country", UNSET)

        region = d.pop("region", UNSET)

        city = d.pop("city", UNSET)

        timezone = d.pop("timezone", UNSET)

        parsed_obj_ = cls(
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
