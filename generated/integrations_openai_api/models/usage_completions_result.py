from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageCompletionsResult")


def _parse_input_cached_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_input_audio_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_output_audio_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_project_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_user_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_api_key_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_model(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_batch(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


def _parse_service_tier(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class UsageCompletionsResult:
    """The aggregated completions usage details of the specific time bucket."""

    input_tokens: int
    """ The aggregated number of text input tokens used, including cached tokens. For customers subscribe to scale
    tier, this includes scale tier tokens. """
    output_tokens: int
    """ The aggregated number of text output tokens used. For customers subscribe to scale tier, this includes scale
    tier tokens. """
    num_model_requests: int
    """ The count of requests made to the model. """
    object_: Literal["organization.usage.completions.result"] = (
        "organization.usage.completions.result"
    )
    input_cached_tokens: int | None | Unset = UNSET
    """ The aggregated number of text input tokens that has been cached from previous requests. For customers
    subscribe to scale tier, this includes scale tier tokens. """
    input_audio_tokens: int | None | Unset = UNSET
    """ The aggregated number of audio input tokens used, including cached tokens. """
    output_audio_tokens: int | None | Unset = UNSET
    """ The aggregated number of audio output tokens used. """
    project_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    api_key_id: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    batch: bool | None | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.usage.completions.result",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "input_tokens",
        "output_tokens",
        "num_model_requests",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "input_tokens",
            "output_tokens",
            "num_model_requests",
            "input_cached_tokens",
            "input_audio_tokens",
            "output_audio_tokens",
            "project_id",
            "user_id",
            "api_key_id",
            "model",
            "batch",
            "service_tier",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.input_tokens, Unset):
            field_dict["input_tokens"] = self.input_tokens
        if not isinstance(self.output_tokens, Unset):
            field_dict["output_tokens"] = self.output_tokens
        if not isinstance(self.num_model_requests, Unset):
            field_dict["num_model_requests"] = self.num_model_requests
        if self.input_cached_tokens is not UNSET:
            field_dict["input_cached_tokens"] = to_json(self.input_cached_tokens)
        if self.input_audio_tokens is not UNSET:
            field_dict["input_audio_tokens"] = to_json(self.input_audio_tokens)
        if self.output_audio_tokens is not UNSET:
            field_dict["output_audio_tokens"] = to_json(self.output_audio_tokens)
        if self.project_id is not UNSET:
            field_dict["project_id"] = to_json(self.project_id)
        if self.user_id is not UNSET:
            field_dict["user_id"] = to_json(self.user_id)
        if self.api_key_id is not UNSET:
            field_dict["api_key_id"] = to_json(self.api_key_id)
        if self.model is not UNSET:
            field_dict["model"] = to_json(self.model)
        if self.batch is not UNSET:
            field_dict["batch"] = to_json(self.batch)
        if self.service_tier is not UNSET:
            field_dict["service_tier"] = to_json(self.service_tier)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"UsageCompletionsResult: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['organization.usage.completions.result']", _raw_object_)
            if object_ != "organization.usage.completions.result":
                raise ValueError(
                    f"object must match const 'organization.usage.completions.result', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        input_tokens = d.pop("input_tokens", UNSET)

        output_tokens = d.pop("output_tokens", UNSET)

        num_model_requests = d.pop("num_model_requests", UNSET)

        _raw_input_cached_tokens = d.pop("input_cached_tokens", UNSET)
        try:
            input_cached_tokens = _parse_input_cached_tokens(_raw_input_cached_tokens)

        except LENIENT_ERRORS:
            input_cached_tokens = _raw_input_cached_tokens

        _raw_input_audio_tokens = d.pop("input_audio_tokens", UNSET)
        try:
            input_audio_tokens = _parse_input_audio_tokens(_raw_input_audio_tokens)

        except LENIENT_ERRORS:
            input_audio_tokens = _raw_input_audio_tokens

        _raw_output_audio_tokens = d.pop("output_audio_tokens", UNSET)
        try:
            output_audio_tokens = _parse_output_audio_tokens(_raw_output_audio_tokens)

        except LENIENT_ERRORS:
            output_audio_tokens = _raw_output_audio_tokens

        _raw_project_id = d.pop("project_id", UNSET)
        try:
            project_id = _parse_project_id(_raw_project_id)

        except LENIENT_ERRORS:
            project_id = _raw_project_id

        _raw_user_id = d.pop("user_id", UNSET)
        try:
            user_id = _parse_user_id(_raw_user_id)

        except LENIENT_ERRORS:
            user_id = _raw_user_id

        _raw_api_key_id = d.pop("api_key_id", UNSET)
        try:
            api_key_id = _parse_api_key_id(_raw_api_key_id)

        except LENIENT_ERRORS:
            api_key_id = _raw_api_key_id

        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        _raw_batch = d.pop("batch", UNSET)
        try:
            batch = _parse_batch(_raw_batch)

        except LENIENT_ERRORS:
            batch = _raw_batch

        _raw_service_tier = d.pop("service_tier", UNSET)
        try:
            service_tier = _parse_service_tier(_raw_service_tier)

        except LENIENT_ERRORS:
            service_tier = _raw_service_tier

        parsed_obj_ = cls(
            object_=object_,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            num_model_requests=num_model_requests,
            input_cached_tokens=input_cached_tokens,
            input_audio_tokens=input_audio_tokens,
            output_audio_tokens=output_audio_tokens,
            project_id=project_id,
            user_id=user_id,
            api_key_id=api_key_id,
            model=model,
            batch=batch,
            service_tier=service_tier,
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
