from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.realtime_beta_server_event_rate_limits_updated_rate_limits_item_name import (
    RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName,
    check_realtime_beta_server_event_rate_limits_updated_rate_limits_item_name,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem")


@_attrs_define
class RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem:
    name: RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName | Unset = UNSET
    """ The name of the rate limit (`requests`, `tokens`).
     """
    limit: int | Unset = UNSET
    """ The maximum allowed value for the rate limit. """
    remaining: int | Unset = UNSET
    """ The remaining value before the limit is reached. """
    reset_seconds: float | Unset = UNSET
    """ Seconds until the rate limit resets. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.limit is not UNSET:
            field_dict["limit"] = self.limit
        if self.remaining is not UNSET:
            field_dict["remaining"] = self.remaining
        if self.reset_seconds is not UNSET:
            field_dict["reset_seconds"] = self.reset_seconds
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_name = d.pop("name", UNSET)
        try:
            _name = _raw_name
            name: RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName | Unset
            if isinstance(_name, Unset):
                name = UNSET
            else:
                name = check_realtime_beta_server_event_rate_limits_updated_rate_limits_item_name(
                    _name
                )

        except LENIENT_ERRORS:
            name = _raw_name

        limit = d.pop("limit", UNSET)

        remaining = d.pop("remaining", UNSET)

        reset_seconds = d.pop("reset_seconds", UNSET)

        parsed_obj_ = cls(
            name=name,
            limit=limit,
            remaining=remaining,
            reset_seconds=reset_seconds,
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
