from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ABSENT, ApiModel


@_attrs_define(repr=False)
class ProjectRateLimitUpdateRequest(ApiModel):
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
        "max_requests_per_1_minute": "int | Unset",
        "max_tokens_per_1_minute": "int | Unset",
        "max_images_per_1_minute": "int | Unset",
        "max_audio_megabytes_per_1_minute": "int | Unset",
        "max_requests_per_1_day": "int | Unset",
        "batch_1_day_max_input_tokens": "int | Unset",
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
        max_requests_per_1_minute = d.pop("max_requests_per_1_minute", None)

        max_tokens_per_1_minute = d.pop("max_tokens_per_1_minute", None)

        max_images_per_1_minute = d.pop("max_images_per_1_minute", None)

        max_audio_megabytes_per_1_minute = d.pop("max_audio_megabytes_per_1_minute", None)

        max_requests_per_1_day = d.pop("max_requests_per_1_day", None)

        batch_1_day_max_input_tokens = d.pop("batch_1_day_max_input_tokens", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.max_requests_per_1_minute = max_requests_per_1_minute
        parsed_obj_.max_tokens_per_1_minute = max_tokens_per_1_minute
        parsed_obj_.max_images_per_1_minute = max_images_per_1_minute
        parsed_obj_.max_audio_megabytes_per_1_minute = max_audio_megabytes_per_1_minute
        parsed_obj_.max_requests_per_1_day = max_requests_per_1_day
        parsed_obj_.batch_1_day_max_input_tokens = batch_1_day_max_input_tokens
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
