from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class WebSearchLocation(ApiModel):
    """Approximate location parameters for the search."""

    country: str | None = ABSENT
    """ The two-letter
    [ISO country code](https://en.wikipedia.org/wiki/ISO_3166-1) of the user,
    e.g. `US`.
     """

    region: str | None = ABSENT
    """ Free text input for the region of the user, e.g. `California`.
     """

    city: str | None = ABSENT
    """ Free text input for the city of the user, e.g. `San Francisco`.
     """

    timezone: str | None = ABSENT
    """ The [IANA timezone](https://timeapi.io/documentation/iana-timezones)
    of the user, e.g. `America/Los_Angeles`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("country", "country"),
        ("region", "region"),
        ("city", "city"),
        ("timezone", "timezone"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "country": "str | Unset",
        "region": "str | Unset",
        "city": "str | Unset",
        "timezone": "str | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        country = d.pop("country", None)

        region = d.pop("region", None)

        city = d.pop("city", None)

        timezone = d.pop("timezone", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.country = country
        parsed_obj_.region = region
        parsed_obj_.city = city
        parsed_obj_.timezone = timezone
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
