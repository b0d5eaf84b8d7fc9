from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcript_text_usage_tokens_input_token_details import (
        TranscriptTextUsageTokensInputTokenDetails,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, TranscriptTextUsageTokensInputTokenDetails
    from ..models.transcript_text_usage_tokens_input_token_details import (
        TranscriptTextUsageTokensInputTokenDetails,  # noqa: PLC0415
    )

    _lazy_loaded = True


def _parse_input_token_details(
    data: object,
) -> None | TranscriptTextUsageTokensInputTokenDetails | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return TranscriptTextUsageTokensInputTokenDetails.from_dict(data)
    return cast("None | TranscriptTextUsageTokensInputTokenDetails | Unset", data)


@_attrs_define(repr=False)
class TranscriptTextUsageTokens(ApiModel):
    """Usage statistics for models billed by token usage."""

    input_tokens: int
    """ Number of input tokens billed for this request. """

    output_tokens: int
    """ Number of output tokens generated. """

    total_tokens: int
    """ Total number of tokens used (input + output). """

    type: Literal["tokens"] = "tokens"
    """ The type of the usage object. Always `tokens` for this variant. """

    input_token_details: TranscriptTextUsageTokensInputTokenDetails | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("input_tokens", "input_tokens"),
        ("output_tokens", "output_tokens"),
        ("total_tokens", "total_tokens"),
        ("input_token_details", "input_token_details"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['tokens']",
        "input_tokens": "int",
        "output_tokens": "int",
        "total_tokens": "int",
        "input_token_details": "None | TranscriptTextUsageTokensInputTokenDetails | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("tokens",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "input_tokens",
        "output_tokens",
        "total_tokens",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "input_tokens",
            "output_tokens",
            "total_tokens",
            "input_token_details",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["tokens"]', _raw_type_)
            if type_ != "tokens":
                raise ValueError(f"type must match const 'tokens', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        input_tokens = d.pop("input_tokens", None)

        output_tokens = d.pop("output_tokens", None)

        total_tokens = d.pop("total_tokens", None)

        _raw_input_token_details = d.pop("input_token_details", UNSET)
        try:
            input_token_details = _parse_input_token_details(_raw_input_token_details)

        except LENIENT_ERRORS:
            input_token_details = _raw_input_token_details

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.input_tokens = input_tokens
        parsed_obj_.output_tokens = output_tokens
        parsed_obj_.total_tokens = total_tokens
        parsed_obj_.input_token_details = (
            None if isinstance(input_token_details, Unset) else input_token_details
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
