from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="RealtimeBetaResponseUsage")


@_attrs_define
class RealtimeBetaResponseUsage:
    """Usage statistics for the Response, this will correspond to billing. A
    Realtime API session will maintain a conversation context and append new
    Items to the Conversation, thus output from previous turns (text and
    audio tokens) will become the input for later turns.

    """

    total_tokens: int | Unset = UNSET
    """ The total number of tokens in the Response including input and output
    text and audio tokens.
     """
    input_tokens: int | Unset = UNSET
    """ The number of input tokens used in the Response, including text and
    audio tokens.
     """
    output_tokens: int | Unset = UNSET
    """ The number of output tokens sent in the Response, including text and
    audio tokens.
     """
    input_token_details: RealtimeBetaResponseUsageInputTokenDetails | Unset = UNSET
    """ Details about the input tokens used in the Response. """
    output_token_details: RealtimeBetaResponseUsageOutputTokenDetails | Unset = UNSET
    """ Details about the output tokens used in the Response. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.total_tokens is not UNSET:
            field_dict["total_tokens"] = self.total_tokens
        if self.input_tokens is not UNSET:
            field_dict["input_tokens"] = self.input_tokens
        if self.output_tokens is not UNSET:
            field_dict["output_tokens"] = self.output_tokens
        if self.input_token_details is not UNSET:
            field_dict["input_token_details"] = to_json(self.input_token_details)
        if self.output_token_details is not UNSET:
            field_dict["output_token_details"] = to_json(self.output_token_details)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaResponseUsage: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        total_tokens = d.pop("total_tokens", UNSET)

        input_tokens = d.pop("input_tokens", UNSET)

        output_tokens = d.pop("output_tokens", UNSET)

        _raw_input_token_details = d.pop("input_token_details", UNSET)
        try:
            _input_token_details = _raw_input_token_details
            input_token_details: RealtimeBetaResponseUsageInputTokenDetails | Unset
            if isinstance(_input_token_details, Unset):
                input_token_details = UNSET
            else:
                input_token_details = RealtimeBetaResponseUsageInputTokenDetails.from_dict(
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

        parsed_obj_ = cls(
            total_tokens=total_tokens,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            input_token_details=input_token_details,
            output_token_details=output_token_details,
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
