from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class RateLimitsParam(ApiModel):
    """Controls request rate limits for the session."""

    max_requests_per_1_minute: int | None = ABSENT
    """ Maximum number of requests allowed per minute for the session. Defaults to 10. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("max_requests_per_1_minute", "max_requests_per_1_minute"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "max_requests_per_1_minute": "int | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("max_requests_per_1_minute",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        max_requests_per_1_minute = d.pop("max_requests_per_1_minute", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.max_requests_per_1_minute = max_requests_per_1_minute
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
