from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogRateLimitUpdatedChangesRequested")


def _parse_max_requests_per_1_minute(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_max_tokens_per_1_minute(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_max_images_per_1_minute(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_max_audio_megabytes_per_1_minute(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_max_requests_per_1_day(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_batch_1_day_max_input_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define
class AuditLogRateLimitUpdatedChangesRequested:
    """The payload used to update the rate limits."""

    max_requests_per_1_minute: int | None | Unset = UNSET
    """ The maximum requests per minute. """
    max_tokens_per_1_minute: int | None | Unset = UNSET
    """ The maximum tokens per minute. """
    max_images_per_1_minute: int | None | Unset = UNSET
    """ The maximum images per minute. Only relevant for certain models. """
    max_audio_megabytes_per_1_minute: int | None | Unset = UNSET
    """ The maximum audio megabytes per minute. Only relevant for certain models. """
    max_requests_per_1_day: int | None | Unset = UNSET
    """ The maximum requests per day. Only relevant for certain models. """
    batch_1_day_max_input_tokens: int | None | Unset = UNSET
    """ The maximum batch input tokens per day. Only relevant for certain models. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "max_requests_per_1_minute",
            "max_tokens_per_1_minute",
            "max_images_per_1_minute",
            "max_audio_megabytes_per_1_minute",
            "max_requests_per_1_day",
            "batch_1_day_max_input_tokens",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.max_requests_per_1_minute is not UNSET:
            field_dict["max_requests_per_1_minute"] = to_json(self.max_requests_per_1_minute)
        if self.max_tokens_per_1_minute is not UNSET:
            field_dict["max_tokens_per_1_minute"] = to_json(self.max_tokens_per_1_minute)
        if self.max_images_per_1_minute is not UNSET:
            field_dict["max_images_per_1_minute"] = to_json(self.max_images_per_1_minute)
        if self.max_audio_megabytes_per_1_minute is not UNSET:
            field_dict["max_audio_megabytes_per_1_minute"] = to_json(
                self.max_audio_megabytes_per_1_minute
            )
        if self.max_requests_per_1_day is not UNSET:
            field_dict["max_requests_per_1_day"] = to_json(self.max_requests_per_1_day)
        if self.batch_1_day_max_input_tokens is not UNSET:
            field_dict["batch_1_day_max_input_tokens"] = to_json(self.batch_1_day_max_input_tokens)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AuditLogRateLimitUpdatedChangesRequested: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_max_requests_per_1_minute = d.pop("max_requests_per_1_minute", UNSET)
        try:
            max_requests_per_1_minute = _parse_max_requests_per_1_minute(
                _raw_max_requests_per_1_minute
            )

        except LENIENT_ERRORS:
            max_requests_per_1_minute = _raw_max_requests_per_1_minute

        _raw_max_tokens_per_1_minute = d.pop("max_tokens_per_1_minute", UNSET)
        try:
            max_tokens_per_1_minute = _parse_max_tokens_per_1_minute(_raw_max_tokens_per_1_minute)

        except LENIENT_ERRORS:
            max_tokens_per_1_minute = _raw_max_tokens_per_1_minute

        _raw_max_images_per_1_minute = d.pop("max_images_per_1_minute", UNSET)
        try:
            max_images_per_1_minute = _parse_max_images_per_1_minute(_raw_max_images_per_1_minute)

        except LENIENT_ERRORS:
            max_images_per_1_minute = _raw_max_images_per_1_minute

        _raw_max_audio_megabytes_per_1_minute = d.pop("max_audio_megabytes_per_1_minute", UNSET)
        try:
            max_audio_megabytes_per_1_minute = _parse_max_audio_megabytes_per_1_minute(
                _raw_max_audio_megabytes_per_1_minute
            )

        except LENIENT_ERRORS:
            max_audio_megabytes_per_1_minute = _raw_max_audio_megabytes_per_1_minute

        _raw_max_requests_per_1_day = d.pop("max_requests_per_1_day", UNSET)
        try:
            max_requests_per_1_day = _parse_max_requests_per_1_day(_raw_max_requests_per_1_day)

        except LENIENT_ERRORS:
            max_requests_per_1_day = _raw_max_requests_per_1_day

        _raw_batch_1_day_max_input_tokens = d.pop("batch_1_day_max_input_tokens", UNSET)
        try:
            batch_1_day_max_input_tokens = _parse_batch_1_day_max_input_tokens(
                _raw_batch_1_day_max_input_tokens
            )

        except LENIENT_ERRORS:
            batch_1_day_max_input_tokens = _raw_batch_1_day_max_input_tokens

        parsed_obj_ = cls(
            max_requests_per_1_minute=max_requests_per_1_minute,
            max_tokens_per_1_minute=max_tokens_per_1_minute,
            max_images_per_1_minute=max_images_per_1_minute,
            max_audio_megabytes_per_1_minute=max_audio_megabytes_per_1_minute,
            max_requests_per_1_day=max_requests_per_1_day,
            batch_1_day_max_input_tokens=batch_1_day_max_input_tokens,
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
