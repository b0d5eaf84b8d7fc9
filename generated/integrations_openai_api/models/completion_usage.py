from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.completion_usage_completion_tokens_details import (
        CompletionUsageCompletionTokensDetails,
    )
    from ..models.completion_usage_prompt_tokens_details import CompletionUsagePromptTokensDetails

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CompletionUsageCompletionTokensDetails, CompletionUsagePromptTokensDetails
    from ..models.completion_usage_completion_tokens_details import (
        CompletionUsageCompletionTokensDetails,  # noqa: PLC0415
    )
    from ..models.completion_usage_prompt_tokens_details import CompletionUsagePromptTokensDetails  # noqa: PLC0415

    _lazy_loaded = True


def _parse_completion_tokens_details(
    data: object,
) -> CompletionUsageCompletionTokensDetails | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return CompletionUsageCompletionTokensDetails.from_dict(data)
    return cast("CompletionUsageCompletionTokensDetails | None | Unset", data)


def _parse_prompt_tokens_details(data: object) -> CompletionUsagePromptTokensDetails | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return CompletionUsagePromptTokensDetails.from_dict(data)
    return cast("CompletionUsagePromptTokensDetails | None | Unset", data)


@_attrs_define(repr=False)
class CompletionUsage(ApiModel):
    """Usage statistics for the completion request."""

    completion_tokens: int
    """ Number of tokens in the generated completion.

    Server default: `0`. """

    prompt_tokens: int
    """ Number of tokens in the prompt.

    Server default: `0`. """

    total_tokens: int
    """ Total number of tokens used in the request (prompt + completion).

    Server default: `0`. """

    completion_tokens_details: CompletionUsageCompletionTokensDetails | None = ABSENT

    prompt_tokens_details: CompletionUsagePromptTokensDetails | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("completion_tokens", "completion_tokens"),
        ("prompt_tokens", "prompt_tokens"),
        ("total_tokens", "total_tokens"),
        ("completion_tokens_details", "completion_tokens_details"),
        ("prompt_tokens_details", "prompt_tokens_details"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "completion_tokens": "int",
        "prompt_tokens": "int",
        "total_tokens": "int",
        "completion_tokens_details": "CompletionUsageCompletionTokensDetails | None | Unset",
        "prompt_tokens_details": "CompletionUsagePromptTokensDetails | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "completion_tokens",
        "prompt_tokens",
        "total_tokens",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "completion_tokens",
            "prompt_tokens",
            "total_tokens",
            "completion_tokens_details",
            "prompt_tokens_details",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        completion_tokens = d.pop("completion_tokens", None)

        prompt_tokens = d.pop("prompt_tokens", None)

        total_tokens = d.pop("total_tokens", None)

        _raw_completion_tokens_details = d.pop("completion_tokens_details", UNSET)
        try:
            completion_tokens_details = _parse_completion_tokens_details(
                _raw_completion_tokens_details
            )

        except LENIENT_ERRORS:
            completion_tokens_details = _raw_completion_tokens_details

        _raw_prompt_tokens_details = d.pop("prompt_tokens_details", UNSET)
        try:
            prompt_tokens_details = _parse_prompt_tokens_details(_raw_prompt_tokens_details)

        except LENIENT_ERRORS:
            prompt_tokens_details = _raw_prompt_tokens_details

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.completion_tokens = completion_tokens
        parsed_obj_.prompt_tokens = prompt_tokens
        parsed_obj_.total_tokens = total_tokens
        parsed_obj_.completion_tokens_details = (
            None if isinstance(completion_tokens_details, Unset) else completion_tokens_details
        )
        parsed_obj_.prompt_tokens_details = (
            None if isinstance(prompt_tokens_details, Unset) else prompt_tokens_details
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
