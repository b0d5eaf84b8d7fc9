from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.realtime_beta_server_event_rate_limits_updated_rate_limits_item_name import (
    RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName,
    check_realtime_beta_server_event_rate_limits_updated_rate_limits_item_name,
)
from ..types import UNSET, Unset


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

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("limit", "limit"),
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
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

        limit = d.pop("limit", None)

        remaining = d.pop("remaining", None)

        reset_seconds = d.pop("reset_seconds", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = None if isinstance(name, Unset) else name
        parsed_obj_.limit = limit
        parsed_obj_.remaining = remaining
        parsed_obj_.reset_seconds = reset_seconds
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
