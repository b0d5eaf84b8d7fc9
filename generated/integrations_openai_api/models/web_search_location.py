from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.country
        if value_1 is None:
            if "country" in present:
                out["country"] = None
        else:
            out["country"] = value_1
        value_2 = self.region
        if value_2 is None:
            if "region" in present:
                out["region"] = None
        else:
            out["region"] = value_2
        value_3 = self.city
        if value_3 is None:
            if "city" in present:
                out["city"] = None
        else:
            out["city"] = value_3
        value_4 = self.timezone
        if value_4 is None:
            if "timezone" in present:
                out["timezone"] = None
        else:
            out["timezone"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.country = get_("country")
        parsed_obj_.region = get_("region")
        parsed_obj_.city = get_("city")
        parsed_obj_.timezone = get_("timezone")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
