from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.realtime_beta_server_event_rate_limits_updated_rate_limits_item_name import (
    RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem(ApiModel):
    name: RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName | str | None = ABSENT
    """ The name of the rate limit (`requests`, `tokens`).
     """

    limit: int | None = ABSENT
    """ The maximum allowed value for the rate limit. """

    remaining: int | None = ABSENT
    """ The remaining value before the limit is reached. """

    reset_seconds: float | None = ABSENT
    """ Seconds until the rate limit resets. """

    _sdk_name_: ClassVar[str] = "RateLimit"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("limit", "limit"),
        ("name", "name"),
        ("remaining", "remaining"),
        ("reset_seconds", "reset_seconds"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName | Unset",
        "limit": "int | Unset",
        "remaining": "int | Unset",
        "reset_seconds": "float | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "name": (
            "requests",
            "tokens",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "limit",
            "remaining",
            "reset_seconds",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.limit
        if value_1 is None:
            if "limit" in present:
                out["limit"] = None
        else:
            out["limit"] = value_1
        value_2 = self.name
        if value_2 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_2
        value_3 = self.remaining
        if value_3 is None:
            if "remaining" in present:
                out["remaining"] = None
        else:
            out["remaining"] = value_3
        value_4 = self.reset_seconds
        if value_4 is None:
            if "reset_seconds" in present:
                out["reset_seconds"] = None
        else:
            out["reset_seconds"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = get_("name")
        parsed_obj_.limit = get_("limit")
        parsed_obj_.remaining = get_("remaining")
        parsed_obj_.reset_seconds = as_float(get_("reset_seconds"))
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
