from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="RealtimeBetaServerEventRateLimitsUpdated")


@_attrs_define
class RealtimeBetaServerEventRateLimitsUpdated:
    """Emitted at the beginning of a Response to indicate the updated rate limits.
    When a Response is created some tokens will be "reserved" for the output
    tokens, the rate limits shown here reflect that reservation, which is then
    adjusted accordingly once the Response is completed.

    """

    event_id: str
    """ The unique ID of the server event. """
    rate_limits: list[RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem]
    """ List of rate limit information. """
    type_: Literal["rate_limits.updated"] = "rate_limits.updated"
    """ The event type, must be `rate_limits.updated`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.event_id, Unset):
            field_dict["event_id"] = self.event_id
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.rate_limits, Unset):
            field_dict["rate_limits"] = to_json(self.rate_limits)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaServerEventRateLimitsUpdated: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['rate_limits.updated']", _raw_type_)
            if type_ != "rate_limits.updated":
                raise ValueError(f"type must match const 'rate_limits.updated', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_rate_limits = d.pop("rate_limits", UNSET)
        try:
            rate_limits = []
            _rate_limits = _raw_rate_limits
            if not isinstance(_rate_limits, list):
                raise TypeError()
            for rate_limits_item_data in _rate_limits:
                try:
                    rate_limits_item = (
                        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem.from_dict(
                            rate_limits_item_data
                        )
                    )

                except LENIENT_ERRORS:
                    rate_limits_item = rate_limits_item_data
                rate_limits.append(rate_limits_item)

        except LENIENT_ERRORS:
            rate_limits = _raw_rate_limits

        parsed_obj_ = cls(
            event_id=event_id,
            type_=type_,
            rate_limits=rate_limits,
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
