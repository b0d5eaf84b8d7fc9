from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


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


@_attrs_define(repr=False)
class ApproximateLocation(ApiModel):
    type: Literal["approximate"] = "approximate"
    """ The type of location approximation. Always `approximate`. """

    country: str | None = ABSENT

    region: str | None = ABSENT

    city: str | None = ABSENT

    timezone: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "UserLocation"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("city", "city"),
        ("country", "country"),
        ("region", "region"),
        ("timezone", "timezone"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['approximate']",
        "country": "None | str | Unset",
        "region": "None | str | Unset",
        "city": "None | str | Unset",
        "timezone": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("approximate",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "country",
            "region",
            "city",
            "timezone",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.city
        if value_2 is None:
            if "city" in present:
                out["city"] = None
        else:
            out["city"] = to_json(value_2)
        value_3 = self.country
        if value_3 is None:
            if "country" in present:
                out["country"] = None
        else:
            out["country"] = to_json(value_3)
        value_4 = self.region
        if value_4 is None:
            if "region" in present:
                out["region"] = None
        else:
            out["region"] = to_json(value_4)
        value_5 = self.timezone
        if value_5 is None:
            if "timezone" in present:
                out["timezone"] = None
        else:
            out["timezone"] = to_json(value_5)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["approximate"]', _raw_type_)
            if type_ != "approximate":
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.country = None if isinstance(country, Unset) else country
        parsed_obj_.region = None if isinstance(region, Unset) else region
        parsed_obj_.city = None if isinstance(city, Unset) else city
        parsed_obj_.timezone = None if isinstance(timezone, Unset) else timezone
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
