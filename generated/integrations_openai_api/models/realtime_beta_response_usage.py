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

if TYPE_CHECKING:
    from ..models.realtime_beta_response_usage_input_token_details import (
        RealtimeBetaResponseUsageInputTokenDetails,
    )
    from ..models.realtime_beta_response_usage_output_token_details import (
        RealtimeBetaResponseUsageOutputTokenDetails,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RealtimeBetaResponseUsageInputTokenDetails, \
        RealtimeBetaResponseUsageOutputTokenDetails
    from ..models.realtime_beta_response_usage_input_token_details import (
        RealtimeBetaResponseUsageInputTokenDetails,  # noqa: PLC0415
    )
    from ..models.realtime_beta_response_usage_output_token_details import (
        RealtimeBetaResponseUsageOutputTokenDetails,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeBetaResponseUsage(ApiModel):
    """Usage statistics for the Response, this will correspond to billing. A
    Realtime API session will maintain a conversation context and append new
    Items to the Conversation, thus output from previous turns (text and
    audio tokens) will become the input for later turns.

    """

    total_tokens: int | None = ABSENT
    """ The total number of tokens in the Response including input and output
    text and audio tokens.
     """

    input_tokens: int | None = ABSENT
    """ The number of input tokens used in the Response, including text and
    audio tokens.
     """

    output_tokens: int | None = ABSENT
    """ The number of output tokens sent in the Response, including text and
    audio tokens.
     """

    input_token_details: RealtimeBetaResponseUsageInputTokenDetails | None = ABSENT
    """ Details about the input tokens used in the Response. """

    output_token_details: RealtimeBetaResponseUsageOutputTokenDetails | None = ABSENT
    """ Details about the output tokens used in the Response. """

    _sdk_name_: ClassVar[str] = "RealtimeResponseUsage"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "output_token_details": {
            "RealtimeBetaResponseUsageOutputTokenDetails": "OutputTokenDetails"
        }
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_token_details", "input_token_details"),
        ("input_tokens", "input_tokens"),
        ("output_token_details", "output_token_details"),
        ("output_tokens", "output_tokens"),
        ("total_tokens", "total_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "total_tokens": "int | Unset",
        "input_tokens": "int | Unset",
        "output_tokens": "int | Unset",
        "input_token_details": "RealtimeBetaResponseUsageInputTokenDetails | Unset",
        "output_token_details": "RealtimeBetaResponseUsageOutputTokenDetails | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "total_tokens",
            "input_tokens",
            "output_tokens",
            "input_token_details",
            "output_token_details",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.input_token_details
        if value_1 is None:
            if "input_token_details" in present:
                out["input_token_details"] = None
        else:
            out["input_token_details"] = to_json(value_1)
        value_2 = self.input_tokens
        if value_2 is None:
            if "input_tokens" in present:
                out["input_tokens"] = None
        else:
            out["input_tokens"] = value_2
        value_3 = self.output_token_details
        if value_3 is None:
            if "output_token_details" in present:
                out["output_token_details"] = None
        else:
            out["output_token_details"] = to_json(value_3)
        value_4 = self.output_tokens
        if value_4 is None:
            if "output_tokens" in present:
                out["output_tokens"] = None
        else:
            out["output_tokens"] = value_4
        value_5 = self.total_tokens
        if value_5 is None:
            if "total_tokens" in present:
                out["total_tokens"] = None
        else:
            out["total_tokens"] = value_5
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
        parsed_obj_.total_tokens = get_("total_tokens")
        parsed_obj_.input_tokens = get_("input_tokens")
        parsed_obj_.output_tokens = get_("output_tokens")
        input_token_details = get_("input_token_details")
        if input_token_details is not None:
            try:
                input_token_details = (
                    RealtimeBetaResponseUsageInputTokenDetails._from_dict_(input_token_details)
                    if input_token_details.__class__ is dict
                    else RealtimeBetaResponseUsageInputTokenDetails.from_dict(input_token_details)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.input_token_details = input_token_details
        output_token_details = get_("output_token_details")
        if output_token_details is not None:
            try:
                output_token_details = (
                    RealtimeBetaResponseUsageOutputTokenDetails._from_dict_(output_token_details)
                    if output_token_details.__class__ is dict
                    else RealtimeBetaResponseUsageOutputTokenDetails.from_dict(output_token_details)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.output_token_details = output_token_details
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
