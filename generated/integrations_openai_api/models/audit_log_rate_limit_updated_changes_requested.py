from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


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


@_attrs_define(repr=False)
class AuditLogRateLimitUpdatedChangesRequested(ApiModel):
    """The payload used to update the rate limits."""

    max_requests_per_1_minute: int | None = ABSENT
    """ The maximum requests per minute. """

    max_tokens_per_1_minute: int | None = ABSENT
    """ The maximum tokens per minute. """

    max_images_per_1_minute: int | None = ABSENT
    """ The maximum images per minute. Only relevant for certain models. """

    max_audio_megabytes_per_1_minute: int | None = ABSENT
    """ The maximum audio megabytes per minute. Only relevant for certain models. """

    max_requests_per_1_day: int | None = ABSENT
    """ The maximum requests per day. Only relevant for certain models. """

    batch_1_day_max_input_tokens: int | None = ABSENT
    """ The maximum batch input tokens per day. Only relevant for certain models. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("max_requests_per_1_minute", "max_requests_per_1_minute"),
        ("max_tokens_per_1_minute", "max_tokens_per_1_minute"),
        ("max_images_per_1_minute", "max_images_per_1_minute"),
        ("max_audio_megabytes_per_1_minute", "max_audio_megabytes_per_1_minute"),
        ("max_requests_per_1_day", "max_requests_per_1_day"),
        ("batch_1_day_max_input_tokens", "batch_1_day_max_input_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "max_requests_per_1_minute": "int | None | Unset",
        "max_tokens_per_1_minute": "int | None | Unset",
        "max_images_per_1_minute": "int | None | Unset",
        "max_audio_megabytes_per_1_minute": "int | None | Unset",
        "max_requests_per_1_day": "int | None | Unset",
        "batch_1_day_max_input_tokens": "int | None | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.max_requests_per_1_minute = (
            None if isinstance(max_requests_per_1_minute, Unset) else max_requests_per_1_minute
        )
        parsed_obj_.max_tokens_per_1_minute = (
            None if isinstance(max_tokens_per_1_minute, Unset) else max_tokens_per_1_minute
        )
        parsed_obj_.max_images_per_1_minute = (
            None if isinstance(max_images_per_1_minute, Unset) else max_images_per_1_minute
        )
        parsed_obj_.max_audio_megabytes_per_1_minute = (
            None
            if isinstance(max_audio_megabytes_per_1_minute, Unset)
            else max_audio_megabytes_per_1_minute
        )
        parsed_obj_.max_requests_per_1_day = (
            None if isinstance(max_requests_per_1_day, Unset) else max_requests_per_1_day
        )
        parsed_obj_.batch_1_day_max_input_tokens = (
            None
            if isinstance(batch_1_day_max_input_tokens, Unset)
            else batch_1_day_max_input_tokens
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
