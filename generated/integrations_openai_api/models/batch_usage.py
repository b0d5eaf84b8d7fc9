from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_usage_input_tokens_details import BatchUsageInputTokensDetails
    from ..models.batch_usage_output_tokens_details import BatchUsageOutputTokensDetails

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, BatchUsageInputTokensDetails, BatchUsageOutputTokensDetails
    from ..models.batch_usage_input_tokens_details import BatchUsageInputTokensDetails  # noqa: PLC0415
    from ..models.batch_usage_output_tokens_details import BatchUsageOutputTokensDetails  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="BatchUsage")


@_attrs_define
class BatchUsage:
    """Represents token usage details including input tokens, output tokens, a
    breakdown of output tokens, and the total tokens used. Only populated on
    batches created after September 7, 2025.

    """

    input_tokens: int
    """ The number of input tokens. """
    input_tokens_details: BatchUsageInputTokensDetails
    """ A detailed breakdown of the input tokens. """
    output_tokens: int
    """ The number of output tokens. """
    output_tokens_details: BatchUsageOutputTokensDetails
    """ A detailed breakdown of the output tokens. """
    total_tokens: int
    """ The total number of tokens used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "input_tokens",
        "input_tokens_details",
        "output_tokens",
        "output_tokens_details",
        "total_tokens",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "input_tokens",
            "input_tokens_details",
            "output_tokens",
            "output_tokens_details",
            "total_tokens",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.input_tokens, Unset):
            field_dict["input_tokens"] = self.input_tokens
        if not isinstance(self.input_tokens_details, Unset):
            field_dict["input_tokens_details"] = to_json(self.input_tokens_details)
        if not isinstance(self.output_tokens, Unset):
            field_dict["output_tokens"] = self.output_tokens
        if not isinstance(self.output_tokens_details, Unset):
            field_dict["output_tokens_details"] = to_json(self.output_tokens_details)
        if not isinstance(self.total_tokens, Unset):
            field_dict["total_tokens"] = self.total_tokens
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"BatchUsage: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens", UNSET)

        _raw_input_tokens_details = d.pop("input_tokens_details", UNSET)
        try:
            input_tokens_details = BatchUsageInputTokensDetails.from_dict(_raw_input_tokens_details)

        except LENIENT_ERRORS:
            input_tokens_details = _raw_input_tokens_details

        output_tokens = d.pop("output_tokens", UNSET)

        _raw_output_tokens_details = d.pop("output_tokens_details", UNSET)
        try:
            output_tokens_details = BatchUsageOutputTokensDetails.from_dict(
                _raw_output_tokens_details
            )

        except LENIENT_ERRORS:
            output_tokens_details = _raw_output_tokens_details

        total_tokens = d.pop("total_tokens", UNSET)

        parsed_obj_ = cls(
            input_tokens=input_tokens,
            input_tokens_details=input_tokens_details,
            output_tokens=output_tokens,
            output_tokens_details=output_tokens_details,
            total_tokens=total_tokens,
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
