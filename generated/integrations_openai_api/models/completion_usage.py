from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="CompletionUsage")


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


@_attrs_define
class CompletionUsage:
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
    completion_tokens_details: CompletionUsageCompletionTokensDetails | None | Unset = UNSET
    prompt_tokens_details: CompletionUsagePromptTokensDetails | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.completion_tokens, Unset):
            field_dict["completion_tokens"] = self.completion_tokens
        if not isinstance(self.prompt_tokens, Unset):
            field_dict["prompt_tokens"] = self.prompt_tokens
        if not isinstance(self.total_tokens, Unset):
            field_dict["total_tokens"] = self.total_tokens
        if self.completion_tokens_details is not UNSET:
            field_dict["completion_tokens_details"] = to_json(self.completion_tokens_details)
        if self.prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = to_json(self.prompt_tokens_details)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CompletionUsage: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        completion_tokens = d.pop("completion_tokens", UNSET)

        prompt_tokens = d.pop("prompt_tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

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

        parsed_obj_ = cls(
            completion_tokens=completion_tokens,
            prompt_tokens=prompt_tokens,
            total_tokens=total_tokens,
            completion_tokens_details=completion_tokens_details,
            prompt_tokens_details=prompt_tokens_details,
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
