from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_beta_response_usage_output_token_details import (
        RealtimeBetaResponseUsageOutputTokenDetails,
    )
    from ..models.realtime_response_usage_input_token_details import (
        RealtimeResponseUsageInputTokenDetails,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RealtimeBetaResponseUsageOutputTokenDetails, \
        RealtimeResponseUsageInputTokenDetails
    from ..models.realtime_beta_response_usage_output_token_details import (
        RealtimeBetaResponseUsageOutputTokenDetails,  # noqa: PLC0415
    )
    from ..models.realtime_response_usage_input_token_details import (
        RealtimeResponseUsageInputTokenDetails,  # noqa: PLC0415
    )

    _lazy_loaded = True


@_attrs_define(repr=False)
class RealtimeResponseUsage(ApiModel):
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

    input_token_details: RealtimeResponseUsageInputTokenDetails | None = ABSENT
    """ Details about the input tokens used in the Response. Cached tokens are tokens from previous turns in the
    conversation that are included as context for the current response. Cached tokens here are counted as a subset
    of input tokens, meaning input tokens will include cached and uncached tokens. """

    output_token_details: RealtimeBetaResponseUsageOutputTokenDetails | None = ABSENT
    """ Details about the output tokens used in the Response. """

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
        "input_token_details": "RealtimeResponseUsageInputTokenDetails | Unset",
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
        total_tokens = d.pop("total_tokens", None)

        input_tokens = d.pop("input_tokens", None)

        output_tokens = d.pop("output_tokens", None)

        _raw_input_token_details = d.pop("input_token_details", UNSET)
        try:
            _input_token_details = _raw_input_token_details
            input_token_details: RealtimeResponseUsageInputTokenDetails | Unset
            if isinstance(_input_token_details, Unset):
                input_token_details = UNSET
            else:
                input_token_details = RealtimeResponseUsageInputTokenDetails.from_dict(
                    _input_token_details
                )

        except LENIENT_ERRORS:
            input_token_details = _raw_input_token_details

        _raw_output_token_details = d.pop("output_token_details", UNSET)
        try:
            _output_token_details = _raw_output_token_details
            output_token_details: RealtimeBetaResponseUsageOutputTokenDetails | Unset
            if isinstance(_output_token_details, Unset):
                output_token_details = UNSET
            else:
                output_token_details = RealtimeBetaResponseUsageOutputTokenDetails.from_dict(
                    _output_token_details
                )

        except LENIENT_ERRORS:
            output_token_details = _raw_output_token_details

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.total_tokens = total_tokens
        parsed_obj_.input_tokens = input_tokens
        parsed_obj_.output_tokens = output_tokens
        parsed_obj_.input_token_details = (
            None if isinstance(input_token_details, Unset) else input_token_details
        )
        parsed_obj_.output_token_details = (
            None if isinstance(output_token_details, Unset) else output_token_details
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
