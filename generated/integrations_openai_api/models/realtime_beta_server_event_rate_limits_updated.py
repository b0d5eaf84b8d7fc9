from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_beta_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem
    from ..models.realtime_beta_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeBetaServerEventRateLimitsUpdated(ApiModel):
    """Emitted at the beginning of a Response to indicate the updated rate limits.
    When a Response is created some tokens will be "reserved" for the output
    tokens, the rate limits shown here reflect that reservation, which is then
    adjusted accordingly once the Response is completed.

    """

    event_id: str
    """ The unique ID of the server event. """

    rate_limits: list[RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem]
    """ List of rate limit information. """

    type: Literal["rate_limits.updated"] = "rate_limits.updated"
    """ The event type, must be `rate_limits.updated`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("event_id", "event_id"),
        ("type", "type"),
        ("rate_limits", "rate_limits"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "event_id": "str",
        "type": "Literal['rate_limits.updated']",
        "rate_limits": "list[RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem]",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("rate_limits.updated",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "rate_limits",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "rate_limits",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.event_id
        if value_1 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.rate_limits
        if value_3 is None:
            if "rate_limits" in present:
                out["rate_limits"] = None
        elif value_3 or not isinstance(value_3, AbsentList) or "rate_limits" in present:
            out["rate_limits"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.event_id = get_("event_id")
        parsed_obj_.type = get_("type")
        _raw_rate_limits = get_("rate_limits", UNSET)
        try:
            rate_limits = []
            _rate_limits = _raw_rate_limits
            if not isinstance(_rate_limits, list):
                raise TypeError()
            for rate_limits_item_data in _rate_limits:
                try:
                    rate_limits_item = (
                        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem._from_dict_(
                            rate_limits_item_data
                        )
                        if rate_limits_item_data.__class__ is dict
                        else RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem.from_dict(
                            rate_limits_item_data
                        )
                    )
                except LENIENT_ERRORS:
                    rate_limits_item = rate_limits_item_data
                rate_limits.append(rate_limits_item)

        except LENIENT_ERRORS:
            rate_limits = _raw_rate_limits
        parsed_obj_.rate_limits = AbsentList() if isinstance(rate_limits, Unset) else rate_limits
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
