from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.images_usage_input_tokens_details import ImagesUsageInputTokensDetails

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ImagesUsageInputTokensDetails
    from ..models.images_usage_input_tokens_details import ImagesUsageInputTokensDetails  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ImagesUsage")


@_attrs_define
class ImagesUsage:
    """For the GPT image models only, the token usage information for the image generation."""

    total_tokens: int
    """ The total number of tokens (images and text) used for the image generation.
     """
    input_tokens: int
    """ The number of tokens (images and text) in the input prompt. """
    output_tokens: int
    """ The number of image tokens in the output image. """
    input_tokens_details: ImagesUsageInputTokensDetails
    """ The input tokens detailed information for the image generation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "total_tokens",
        "input_tokens",
        "output_tokens",
        "input_tokens_details",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "total_tokens",
            "input_tokens",
            "output_tokens",
            "input_tokens_details",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.total_tokens, Unset):
            field_dict["total_tokens"] = self.total_tokens
        if not isinstance(self.input_tokens, Unset):
            field_dict["input_tokens"] = self.input_tokens
        if not isinstance(self.output_tokens, Unset):
            field_dict["output_tokens"] = self.output_tokens
        if not isinstance(self.input_tokens_details, Unset):
            field_dict["input_tokens_details"] = to_json(self.input_tokens_details)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"ImagesUsage: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        total_tokens = d.pop("total_tokens", UNSET)

        input_tokens = d.pop("input_tokens", UNSET)

        output_tokens = d.pop("output_tokens", UNSET)

        _raw_input_tokens_details = d.pop("input_tokens_details", UNSET)
        try:
            input_tokens_details = ImagesUsageInputTokensDetails.from_dict(
                _raw_input_tokens_details
            )

        except LENIENT_ERRORS:
            input_tokens_details = _raw_input_tokens_details

        parsed_obj_ = cls(
            total_tokens=total_tokens,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            input_tokens_details=input_tokens_details,
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
