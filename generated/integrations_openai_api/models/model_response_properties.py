from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.create_chat_completion_request_prompt_cache_retention import (
    CreateChatCompletionRequestPromptCacheRetention,
    check_create_chat_completion_request_prompt_cache_retention,
)
from ..models.service_tier_2 import ServiceTier2, check_service_tier_2
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_2 import Metadata2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Metadata2
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ModelResponseProperties")


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None | Unset", data)


def _parse_top_logprobs(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_temperature(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_top_p(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_service_tier(data: object) -> None | ServiceTier2 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_service_tier_type_0 = check_service_tier_2(data)

        return componentsschemas_service_tier_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ServiceTier2 | Unset", data)


def _parse_prompt_cache_retention(
    data: object,
) -> CreateChatCompletionRequestPromptCacheRetention | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        prompt_cache_retention_type_0 = check_create_chat_completion_request_prompt_cache_retention(
            data
        )

        return prompt_cache_retention_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateChatCompletionRequestPromptCacheRetention | None | Unset", data)


@_attrs_define
class ModelResponseProperties:
    metadata: Metadata2 | None | Unset = UNSET
    top_logprobs: int | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    user: str | Unset = UNSET
    """ This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead
    to maintain caching optimizations.
    A stable identifier for your end-users.
    Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse.
    [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
     """
    safety_identifier: str | Unset = UNSET
    """ A stable identifier used to help detect users of your application that may be violating OpenAI's usage
    policies.
    The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We
    recommend hashing their username or email address, in order to avoid sending us any identifying information.
    [Learn more](/docs/guides/safety-best-practices#safety-identifiers).
     """
    prompt_cache_key: str | Unset = UNSET
    """ Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user`
    field. [Learn more](/docs/guides/prompt-caching).
     """
    service_tier: None | ServiceTier2 | Unset = UNSET
    prompt_cache_retention: CreateChatCompletionRequestPromptCacheRetention | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "metadata",
            "top_logprobs",
            "temperature",
            "top_p",
            "user",
            "safety_identifier",
            "prompt_cache_key",
            "service_tier",
            "prompt_cache_retention",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.metadata is not UNSET:
            field_dict["metadata"] = to_json(self.metadata)
        if self.top_logprobs is not UNSET:
            field_dict["top_logprobs"] = to_json(self.top_logprobs)
        if self.temperature is not UNSET:
            field_dict["temperature"] = to_json(self.temperature)
        if self.top_p is not UNSET:
            field_dict["top_p"] = to_json(self.top_p)
        if self.user is not UNSET:
            field_dict["user"] = self.user
        if self.safety_identifier is not UNSET:
            field_dict["safety_identifier"] = self.safety_identifier
        if self.prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = self.prompt_cache_key
        if self.service_tier is not UNSET:
            field_dict["service_tier"] = to_json(self.service_tier)
        if self.prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = to_json(self.prompt_cache_retention)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ModelResponseProperties: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        _raw_top_logprobs = d.pop("top_logprobs", UNSET)
        try:
            top_logprobs = _parse_top_logprobs(_raw_top_logprobs)

        except LENIENT_ERRORS:
            top_logprobs = _raw_top_logprobs

        _raw_temperature = d.pop("temperature", UNSET)
        try:
            temperature = _parse_temperature(_raw_temperature)

        except LENIENT_ERRORS:
            temperature = _raw_temperature

        _raw_top_p = d.pop("top_p", UNSET)
        try:
            top_p = _parse_top_p(_raw_top_p)

        except LENIENT_ERRORS:
            top_p = _raw_top_p

        user = d.pop("user", UNSET)

        safety_identifier = d.pop("safety_identifier", UNSET)

        prompt_cache_key = d.pop("prompt_cache_key", UNSET)

        _raw_service_tier = d.pop("service_tier", UNSET)
        try:
            service_tier = _parse_service_tier(_raw_service_tier)

        except LENIENT_ERRORS:
            service_tier = _raw_service_tier

        _raw_prompt_cache_retention = d.pop("prompt_cache_retention", UNSET)
        try:
            prompt_cache_retention = _parse_prompt_cache_retention(_raw_prompt_cache_retention)

        except LENIENT_ERRORS:
            prompt_cache_retention = _raw_prompt_cache_retention

        parsed_obj_ = cls(
            metadata=metadata,
            top_logprobs=top_logprobs,
            temperature=temperature,
            top_p=top_p,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            service_tier=service_tier,
            prompt_cache_retention=prompt_cache_retention,
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
