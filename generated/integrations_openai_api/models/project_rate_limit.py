from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectRateLimit")


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
class ProjectRateLimit:
    """Represents a project rate limit config."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """
    model: str
    """ The model this rate limit applies to. """
    max_requests_per_1_minute: int
    """ The maximum requests per minute. """
    max_tokens_per_1_minute: int
    """ The maximum tokens per minute. """
    object_: Literal["project.rate_limit"] = "project.rate_limit"
    """ The object type, which is always `project.rate_limit` """
    max_images_per_1_minute: int | None | Unset = UNSET
    """ The maximum images per minute. Only present for relevant models. """
    max_audio_megabytes_per_1_minute: int | None | Unset = UNSET
    """ The maximum audio megabytes per minute. Only present for relevant models. """
    max_requests_per_1_day: int | None | Unset = UNSET
    """ The maximum requests per day. Only present for relevant models. """
    batch_1_day_max_input_tokens: int | None | Unset = UNSET
    """ The maximum batch input tokens per day. Only present for relevant models. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.model, Unset):
            field_dict["model"] = self.model
        if not isinstance(self.max_requests_per_1_minute, Unset):
            field_dict["max_requests_per_1_minute"] = self.max_requests_per_1_minute
        if not isinstance(self.max_tokens_per_1_minute, Unset):
            field_dict["max_tokens_per_1_minute"] = self.max_tokens_per_1_minute
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
                f"ProjectRateLimit: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['project.rate_limit']", _raw_object_)
            if object_ != "project.rate_limit":
                raise ValueError(f"object must match const 'project.rate_limit', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", UNSET)

        model = d.pop("model", UNSET)

        max_requests_per_1_minute = d.pop("max_requests_per_1_minute", UNSET)

        max_tokens_per_1_minute = d.pop("max_tokens_per_1_minute", UNSET)

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
            object_=object_,
            id=id,
            model=model,
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
