from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.realtime_beta_response_status_details_type import (
    RealtimeBetaResponseStatusDetailsType,
    check_realtime_beta_response_status_details_type,
)
from ..models.realtime_response_status_details_reason import (
    RealtimeResponseStatusDetailsReason,
    check_realtime_response_status_details_reason,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_beta_response_status_details_error import (
        RealtimeBetaResponseStatusDetailsError,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeBetaResponseStatusDetailsError
    from ..models.realtime_beta_response_status_details_error import (
        RealtimeBetaResponseStatusDetailsError,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeResponseStatusDetails")


@_attrs_define
class RealtimeResponseStatusDetails:
    """Additional details about the status."""

    type_: RealtimeBetaResponseStatusDetailsType | Unset = UNSET
    """ The type of error that caused the response to fail, corresponding
    with the `status` field (`completed`, `cancelled`, `incomplete`,
    `failed`).
     """
    reason: RealtimeResponseStatusDetailsReason | Unset = UNSET
    """ The reason the Response did not complete. For a `cancelled` Response,  one of `turn_detected` (the server
    VAD detected a new start of speech)  or `client_cancelled` (the client sent a cancel event). For an
    `incomplete` Response, one of `max_output_tokens` or `content_filter`  (the server-side safety filter activated
    and cut off the response).
     """
    error: RealtimeBetaResponseStatusDetailsError | Unset = UNSET
    """ A description of the error that caused the response to fail,
    populated when the `status` is `failed`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "cancelled",
            "completed",
            "failed",
            "incomplete",
        ),
        "reason": (
            "client_cancelled",
            "content_filter",
            "max_output_tokens",
            "turn_detected",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "reason",
            "error",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.reason is not UNSET:
            field_dict["reason"] = self.reason
        if self.error is not UNSET:
            field_dict["error"] = to_json(self.error)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeResponseStatusDetails: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: RealtimeBetaResponseStatusDetailsType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_realtime_beta_response_status_details_type(_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_reason = d.pop("reason", UNSET)
        try:
            _reason = _raw_reason
            reason: RealtimeResponseStatusDetailsReason | Unset
            if isinstance(_reason, Unset):
                reason = UNSET
            else:
                reason = check_realtime_response_status_details_reason(_reason)

        except LENIENT_ERRORS:
            reason = _raw_reason

        _raw_error = d.pop("error", UNSET)
        try:
            _error = _raw_error
            error: RealtimeBetaResponseStatusDetailsError | Unset
            if isinstance(_error, Unset):
                error = UNSET
            else:
                error = RealtimeBetaResponseStatusDetailsError.from_dict(_error)

        except LENIENT_ERRORS:
            error = _raw_error

        parsed_obj_ = cls(
            type_=type_,
            reason=reason,
            error=error,
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
