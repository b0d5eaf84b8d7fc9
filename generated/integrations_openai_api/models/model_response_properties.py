from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None | Unset", data)


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


@_attrs_define(repr=False)
class ModelResponseProperties(ApiModel):
    metadata: Metadata2 | None = ABSENT

    top_logprobs: int | None = ABSENT

    temperature: float | None = ABSENT

    top_p: float | None = ABSENT

    user: str | None = ABSENT
    """ This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead
    to maintain caching optimizations.
    A stable identifier for your end-users.
    Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse.
    [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers).
     """

    safety_identifier: str | None = ABSENT
    """ A stable identifier used to help detect users of your application that may be violating OpenAI's usage
    policies.
    The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We
    recommend hashing their username or email address, in order to avoid sending us any identifying information.
    [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers).
     """

    prompt_cache_key: str | None = ABSENT
    """ Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user`
    field. [Learn more](https://platform.openai.com/docs/guides/prompt-caching).
     """

    service_tier: ServiceTier2 | str | None = ABSENT

    prompt_cache_retention: CreateChatCompletionRequestPromptCacheRetention | str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("metadata", "metadata"),
        ("top_logprobs", "top_logprobs"),
        ("temperature", "temperature"),
        ("top_p", "top_p"),
        ("user", "user"),
        ("safety_identifier", "safety_identifier"),
        ("prompt_cache_key", "prompt_cache_key"),
        ("service_tier", "service_tier"),
        ("prompt_cache_retention", "prompt_cache_retention"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "metadata": "Metadata2 | None | Unset",
        "top_logprobs": "int | None | Unset",
        "temperature": "float | None | Unset",
        "top_p": "float | None | Unset",
        "user": "str | Unset",
        "safety_identifier": "str | Unset",
        "prompt_cache_key": "str | Unset",
        "service_tier": "None | ServiceTier2 | Unset",
        "prompt_cache_retention": "CreateChatCompletionRequestPromptCacheRetention | None | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.metadata
        if value_1 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_1)
        value_2 = self.top_logprobs
        if value_2 is None:
            if "top_logprobs" in present:
                out["top_logprobs"] = None
        else:
            out["top_logprobs"] = to_json(value_2)
        value_3 = self.temperature
        if value_3 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = to_json(value_3)
        value_4 = self.top_p
        if value_4 is None:
            if "top_p" in present:
                out["top_p"] = None
        else:
            out["top_p"] = to_json(value_4)
        value_5 = self.user
        if value_5 is None:
            if "user" in present:
                out["user"] = None
        else:
            out["user"] = value_5
        value_6 = self.safety_identifier
        if value_6 is None:
            if "safety_identifier" in present:
                out["safety_identifier"] = None
        else:
            out["safety_identifier"] = value_6
        value_7 = self.prompt_cache_key
        if value_7 is None:
            if "prompt_cache_key" in present:
                out["prompt_cache_key"] = None
        else:
            out["prompt_cache_key"] = value_7
        value_8 = self.service_tier
        if value_8 is None:
            if "service_tier" in present:
                out["service_tier"] = None
        else:
            out["service_tier"] = to_json(value_8)
        value_9 = self.prompt_cache_retention
        if value_9 is None:
            if "prompt_cache_retention" in present:
                out["prompt_cache_retention"] = None
        else:
            out["prompt_cache_retention"] = to_json(value_9)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_metadata = get_("metadata", UNSET)
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        parsed_obj_.top_logprobs = get_("top_logprobs")
        parsed_obj_.temperature = as_float(get_("temperature"))
        parsed_obj_.top_p = as_float(get_("top_p"))
        parsed_obj_.user = get_("user")
        parsed_obj_.safety_identifier = get_("safety_identifier")
        parsed_obj_.prompt_cache_key = get_("prompt_cache_key")
        _raw_service_tier = get_("service_tier", UNSET)
        if _raw_service_tier is not None and _raw_service_tier is not UNSET:
            try:
                service_tier = _parse_service_tier(_raw_service_tier)

            except LENIENT_ERRORS:
                service_tier = _raw_service_tier
        else:
            service_tier = _raw_service_tier
        parsed_obj_.service_tier = None if isinstance(service_tier, Unset) else service_tier
        _raw_prompt_cache_retention = get_("prompt_cache_retention", UNSET)
        if _raw_prompt_cache_retention is not None and _raw_prompt_cache_retention is not UNSET:
            try:
                prompt_cache_retention = _parse_prompt_cache_retention(_raw_prompt_cache_retention)

            except LENIENT_ERRORS:
                prompt_cache_retention = _raw_prompt_cache_retention
        else:
            prompt_cache_retention = _raw_prompt_cache_retention
        parsed_obj_.prompt_cache_retention = (
            None if isinstance(prompt_cache_retention, Unset) else prompt_cache_retention
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
