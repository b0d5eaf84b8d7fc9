from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompletionUsagePromptTokensDetails")


def _parse_audio_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_cached_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define
class CompletionUsagePromptTokensDetails:
    """Breakdown of tokens used in the prompt."""

    audio_tokens: int | None | Unset = UNSET
    """ Audio input tokens present in the prompt.

    Server default: `0`. """
    cached_tokens: int | None | Unset = UNSET
    """ Cached tokens present in the prompt.

    Server default: `0`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "audio_tokens",
            "cached_tokens",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.audio_tokens is not UNSET:
            field_dict["audio_tokens"] = to_json(self.audio_tokens)
        if self.cached_tokens is not UNSET:
            field_dict["cached_tokens"] = to_json(self.cached_tokens)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CompletionUsagePromptTokensDetails: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_audio_tokens = d.pop("audio_tokens", UNSET)
        try:
            audio_tokens = _parse_audio_tokens(_raw_audio_tokens)

        except LENIENT_ERRORS:
            audio_tokens = _raw_audio_tokens

        _raw_cached_tokens = d.pop("cached_tokens", UNSET)
        try:
            cached_tokens = _parse_cached_tokens(_raw_cached_tokens)

        except LENIENT_ERRORS:
            cached_tokens = _raw_cached_tokens

        parsed_obj_ = cls(
            audio_tokens=audio_tokens,
            cached_tokens=cached_tokens,
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
