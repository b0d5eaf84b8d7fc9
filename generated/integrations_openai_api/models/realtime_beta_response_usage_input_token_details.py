from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_beta_response_usage_input_token_details_cached_tokens_details import (
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails
    from ..models.realtime_beta_response_usage_input_token_details_cached_tokens_details import (
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeBetaResponseUsageInputTokenDetails")


@_attrs_define
class RealtimeBetaResponseUsageInputTokenDetails:
    """Details about the input tokens used in the Response."""

    cached_tokens: int | Unset = UNSET
    """ The number of cached tokens used as input for the Response. """
    text_tokens: int | Unset = UNSET
    """ The number of text tokens used as input for the Response. """
    image_tokens: int | Unset = UNSET
    """ The number of image tokens used as input for the Response. """
    audio_tokens: int | Unset = UNSET
    """ The number of audio tokens used as input for the Response. """
    cached_tokens_details: RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails | Unset = (
        UNSET
    )
    """ Details about the cached tokens used as input for the Response. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "cached_tokens",
            "text_tokens",
            "image_tokens",
            "audio_tokens",
            "cached_tokens_details",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.cached_tokens is not UNSET:
            field_dict["cached_tokens"] = self.cached_tokens
        if self.text_tokens is not UNSET:
            field_dict["text_tokens"] = self.text_tokens
        if self.image_tokens is not UNSET:
            field_dict["image_tokens"] = self.image_tokens
        if self.audio_tokens is not UNSET:
            field_dict["audio_tokens"] = self.audio_tokens
        if self.cached_tokens_details is not UNSET:
            field_dict["cached_tokens_details"] = to_json(self.cached_tokens_details)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaResponseUsageInputTokenDetails: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        cached_tokens = d.pop("cached_tokens", UNSET)

        text_tokens = d.pop("text_tokens", UNSET)

        image_tokens = d.pop("image_tokens", UNSET)

        audio_tokens = d.pop("audio_tokens", UNSET)

        _raw_cached_tokens_details = d.pop("cached_tokens_details", UNSET)
        try:
            _cached_tokens_details = _raw_cached_tokens_details
            cached_tokens_details: (
                RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails | Unset
            )
            if isinstance(_cached_tokens_details, Unset):
                cached_tokens_details = UNSET
            else:
                cached_tokens_details = (
                    RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails.from_dict(
                        _cached_tokens_details
                    )
                )

        except LENIENT_ERRORS:
            cached_tokens_details = _raw_cached_tokens_details

        parsed_obj_ = cls(
            cached_tokens=cached_tokens,
            text_tokens=text_tokens,
            image_tokens=image_tokens,
            audio_tokens=audio_tokens,
            cached_tokens_details=cached_tokens_details,
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
