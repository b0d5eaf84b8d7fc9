from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

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
class WebSearchApproximateLocation2(ApiModel):
    """The approximate location of the user."""

    type: Literal["approximate"] | None = "approximate"
    """ The type of location approximation. Always `approximate`. """

    country: str | None = ABSENT

    region: str | None = ABSENT

    city: str | None = ABSENT

    timezone: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "UserLocation"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("city", "city"),
        ("country", "country"),
        ("region", "region"),
        ("timezone", "timezone"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['approximate'] | Unset",
        "country": "None | str | Unset",
        "region": "None | str | Unset",
        "city": "None | str | Unset",
        "timezone": "None | str | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.city
        if value_1 is None:
            if "city" in present:
                out["city"] = None
        else:
            out["city"] = to_json(value_1)
        value_2 = self.country
        if value_2 is None:
            if "country" in present:
                out["country"] = None
        else:
            out["country"] = to_json(value_2)
        value_3 = self.region
        if value_3 is None:
            if "region" in present:
                out["region"] = None
        else:
            out["region"] = to_json(value_3)
        value_4 = self.timezone
        if value_4 is None:
            if "timezone" in present:
                out["timezone"] = None
        else:
            out["timezone"] = to_json(value_4)
        value_5 = self.type
        if value_5 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_5
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
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
