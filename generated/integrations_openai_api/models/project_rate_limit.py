from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


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
class ProjectRateLimit(ApiModel):
    """Represents a project rate limit config."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """

    model: str
    """ The model this rate limit applies to. """

    max_requests_per_1_minute: int
    """ The maximum requests per minute. """

    max_tokens_per_1_minute: int
    """ The maximum tokens per minute. """

    object: Literal["project.rate_limit"] = "project.rate_limit"
    """ The object type, which is always `project.rate_limit` """

    max_images_per_1_minute: int | None = ABSENT
    """ The maximum images per minute. Only present for relevant models. """

    max_audio_megabytes_per_1_minute: int | None = ABSENT
    """ The maximum audio megabytes per minute. Only present for relevant models. """

    max_requests_per_1_day: int | None = ABSENT
    """ The maximum requests per day. Only present for relevant models. """

    batch_1_day_max_input_tokens: int | None = ABSENT
    """ The maximum batch input tokens per day. Only present for relevant models. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("id", "id"),
        ("model", "model"),
        ("max_requests_per_1_minute", "max_requests_per_1_minute"),
        ("max_tokens_per_1_minute", "max_tokens_per_1_minute"),
        ("max_images_per_1_minute", "max_images_per_1_minute"),
        ("max_audio_megabytes_per_1_minute", "max_audio_megabytes_per_1_minute"),
        ("max_requests_per_1_day", "max_requests_per_1_day"),
        ("batch_1_day_max_input_tokens", "batch_1_day_max_input_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['project.rate_limit']",
        "id": "str",
        "model": "str",
        "max_requests_per_1_minute": "int",
        "max_tokens_per_1_minute": "int",
        "max_images_per_1_minute": "int | None | Unset",
        "max_audio_megabytes_per_1_minute": "int | None | Unset",
        "max_requests_per_1_day": "int | None | Unset",
        "batch_1_day_max_input_tokens": "int | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("project.rate_limit",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "model",
        "max_requests_per_1_minute",
        "max_tokens_per_1_minute",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "model",
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
        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["project.rate_limit"]', _raw_object_)
            if object_ != "project.rate_limit":
                raise ValueError(f"object must match const 'project.rate_limit', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", None)

        model = d.pop("model", None)

        max_requests_per_1_minute = d.pop("max_requests_per_1_minute", None)

        max_tokens_per_1_minute = d.pop("max_tokens_per_1_minute", None)

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
        parsed_obj_.object = object_
        parsed_obj_.id = id
        parsed_obj_.model = model
        parsed_obj_.max_requests_per_1_minute = max_requests_per_1_minute
        parsed_obj_.max_tokens_per_1_minute = max_tokens_per_1_minute
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
