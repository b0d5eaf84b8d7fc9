from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="TranscriptTextUsageTokens")


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


@_attrs_define
class TranscriptTextUsageTokens:
    """Usage statistics for models billed by token usage."""

    input_tokens: int
    """ Number of input tokens billed for this request. """
    output_tokens: int
    """ Number of output tokens generated. """
    total_tokens: int
    """ Total number of tokens used (input + output). """
    type_: Literal["tokens"] = "tokens"
    """ The type of the usage object. Always `tokens` for this variant. """
    input_token_details: None | TranscriptTextUsageTokensInputTokenDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.input_tokens, Unset):
            field_dict["input_tokens"] = self.input_tokens
        if not isinstance(self.output_tokens, Unset):
            field_dict["output_tokens"] = self.output_tokens
        if not isinstance(self.total_tokens, Unset):
            field_dict["total_tokens"] = self.total_tokens
        if self.input_token_details is not UNSET:
            field_dict["input_token_details"] = to_json(self.input_token_details)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"TranscriptTextUsageTokens: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['tokens']", _raw_type_)
            if type_ != "tokens":
                raise ValueError(f"type must match const 'tokens', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        input_tokens = d.pop("input_tokens", UNSET)

        output_tokens = d.pop("output_tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        _raw_input_token_details = d.pop("input_token_details", UNSET)
        try:
            input_token_details = _parse_input_token_details(_raw_input_token_details)

        except LENIENT_ERRORS:
            input_token_details = _raw_input_token_details

        parsed_obj_ = cls(
            type_=type_,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            total_tokens=total_tokens,
            input_token_details=input_token_details,
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
