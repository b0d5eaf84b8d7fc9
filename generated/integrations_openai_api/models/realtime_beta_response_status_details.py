from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.realtime_beta_response_status_details_reason import (
    RealtimeBetaResponseStatusDetailsReason,
)
from ..models.realtime_beta_response_status_details_type import (
    RealtimeBetaResponseStatusDetailsType,
)

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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeBetaResponseStatusDetails(ApiModel):
    """Additional details about the status."""

    type: RealtimeBetaResponseStatusDetailsType | str | None = ABSENT
    """ The type of error that caused the response to fail, corresponding
    with the `status` field (`completed`, `cancelled`, `incomplete`,
    `failed`).
     """

    reason: RealtimeBetaResponseStatusDetailsReason | str | None = ABSENT
    """ The reason the Response did not complete. For a `cancelled` Response,
    one of `turn_detected` (the server VAD detected a new start of speech)
    or `client_cancelled` (the client sent a cancel event). For an
    `incomplete` Response, one of `max_output_tokens` or `content_filter`
    (the server-side safety filter activated and cut off the response).
     """

    error: RealtimeBetaResponseStatusDetailsError | None = ABSENT
    """ A description of the error that caused the response to fail,
    populated when the `status` is `failed`.
     """

    _sdk_name_: ClassVar[str] = "RealtimeResponseStatus"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("error", "error"),
        ("reason", "reason"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "RealtimeBetaResponseStatusDetailsType | Unset",
        "reason": "RealtimeBetaResponseStatusDetailsReason | Unset",
        "error": "RealtimeBetaResponseStatusDetailsError | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.error
        if value_1 is None:
            if "error" in present:
                out["error"] = None
        else:
            out["error"] = to_json(value_1)
        value_2 = self.reason
        if value_2 is None:
            if "reason" in present:
                out["reason"] = None
        else:
            out["reason"] = value_2
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
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
        parsed_obj_.type = get_("type")
        parsed_obj_.reason = get_("reason")
        error = get_("error")
        if error is not None:
            try:
                error = (
                    RealtimeBetaResponseStatusDetailsError._from_dict_(error)
                    if error.__class__ is dict
                    else RealtimeBetaResponseStatusDetailsError.from_dict(error)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.error = error
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
