from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.costs_result_api_source import CostsResultApiSource, check_costs_result_api_source
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_api_source(data: object) -> CostsResultApiSource | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        api_source_type_0 = check_costs_result_api_source(data)

        return api_source_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CostsResultApiSource | None | Unset", data)


@_attrs_define(repr=False)
class UsageCompletionsResult(ApiModel):
    """The aggregated completions usage details of the specific time bucket."""

    input_tokens: int
    """ The aggregated number of text input tokens used, including cached tokens. For customers subscribe to scale
    tier, this includes scale tier tokens. """

    output_tokens: int
    """ The aggregated number of text output tokens used. For customers subscribe to scale tier, this includes scale
    tier tokens. """

    num_model_requests: int
    """ The count of requests made to the model. """

    object: Literal["organization.usage.completions.result"] = (
        "organization.usage.completions.result"
    )

    input_cached_tokens: int | None = ABSENT
    """ The aggregated number of text input tokens that has been cached from previous requests. For customers
    subscribe to scale tier, this includes scale tier tokens. """

    input_audio_tokens: int | None = ABSENT
    """ The aggregated number of audio input tokens used, including cached tokens. """

    output_audio_tokens: int | None = ABSENT
    """ The aggregated number of audio output tokens used. """

    project_id: str | None = ABSENT

    user_id: str | None = ABSENT

    api_key_id: str | None = ABSENT

    model: str | None = ABSENT

    batch: bool | None = ABSENT

    service_tier: str | None = ABSENT

    api_source: CostsResultApiSource | str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `DataResultOrganizationUsageCompletionsResult` has it (the live
    API sends it). Reads None when absent. """

    input_cache_write_12h_tokens: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `DataResultOrganizationUsageCompletionsResult` has it (the live
    API sends it). Reads None when absent. """

    input_cache_write_30m_tokens: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `DataResultOrganizationUsageCompletionsResult` has it (the live
    API sends it). Reads None when absent. """

    input_cache_write_tokens: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `DataResultOrganizationUsageCompletionsResult` has it (the live
    API sends it). Reads None when absent. """

    input_cached_audio_tokens: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `DataResultOrganizationUsageCompletionsResult` has it (the live
    API sends it). Reads None when absent. """

    input_cached_image_tokens: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `DataResultOrganizationUsageCompletionsResult` has it (the live
    API sends it). Reads None when absent. """

    input_cached_text_tokens: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `DataResultOrganizationUsageCompletionsResult` has it (the live
    API sends it). Reads None when absent. """

    input_image_tokens: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `DataResultOrganizationUsageCompletionsResult` has it (the live
    API sends it). Reads None when absent. """

    input_text_tokens: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `DataResultOrganizationUsageCompletionsResult` has it (the live
    API sends it). Reads None when absent. """

    input_uncached_tokens: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `DataResultOrganizationUsageCompletionsResult` has it (the live
    API sends it). Reads None when absent. """

    output_image_tokens: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `DataResultOrganizationUsageCompletionsResult` has it (the live
    API sends it). Reads None when absent. """

    output_text_tokens: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `DataResultOrganizationUsageCompletionsResult` has it (the live
    API sends it). Reads None when absent. """

    _sdk_name_: ClassVar[str] = "DataResultOrganizationUsageCompletionsResult"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_tokens", "input_tokens"),
        ("num_model_requests", "num_model_requests"),
        ("object", "object"),
        ("output_tokens", "output_tokens"),
        ("api_key_id", "api_key_id"),
        ("api_source", "api_source"),
        ("batch", "batch"),
        ("input_audio_tokens", "input_audio_tokens"),
        ("input_cache_write_12h_tokens", "input_cache_write_12h_tokens"),
        ("input_cache_write_30m_tokens", "input_cache_write_30m_tokens"),
        ("input_cache_write_tokens", "input_cache_write_tokens"),
        ("input_cached_audio_tokens", "input_cached_audio_tokens"),
        ("input_cached_image_tokens", "input_cached_image_tokens"),
        ("input_cached_text_tokens", "input_cached_text_tokens"),
        ("input_cached_tokens", "input_cached_tokens"),
        ("input_image_tokens", "input_image_tokens"),
        ("input_text_tokens", "input_text_tokens"),
        ("input_uncached_tokens", "input_uncached_tokens"),
        ("model", "model"),
        ("output_audio_tokens", "output_audio_tokens"),
        ("output_image_tokens", "output_image_tokens"),
        ("output_text_tokens", "output_text_tokens"),
        ("project_id", "project_id"),
        ("service_tier", "service_tier"),
        ("user_id", "user_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.usage.completions.result']",
        "input_tokens": "int",
        "output_tokens": "int",
        "num_model_requests": "int",
        "input_cached_tokens": "int | Unset",
        "input_audio_tokens": "int | Unset",
        "output_audio_tokens": "int | Unset",
        "project_id": "None | str | Unset",
        "user_id": "None | str | Unset",
        "api_key_id": "None | str | Unset",
        "model": "None | str | Unset",
        "batch": "bool | None | Unset",
        "service_tier": "None | str | Unset",
        "api_source": "CostsResultApiSource | None | Unset",
        "input_cache_write_12h_tokens": "int | None | Unset",
        "input_cache_write_30m_tokens": "int | None | Unset",
        "input_cache_write_tokens": "int | None | Unset",
        "input_cached_audio_tokens": "int | None | Unset",
        "input_cached_image_tokens": "int | None | Unset",
        "input_cached_text_tokens": "int | None | Unset",
        "input_image_tokens": "int | None | Unset",
        "input_text_tokens": "int | None | Unset",
        "input_uncached_tokens": "int | None | Unset",
        "output_image_tokens": "int | None | Unset",
        "output_text_tokens": "int | None | Unset",
    }
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
            "api_source",
            "input_cache_write_12h_tokens",
            "input_cache_write_30m_tokens",
            "input_cache_write_tokens",
            "input_cached_audio_tokens",
            "input_cached_image_tokens",
            "input_cached_text_tokens",
            "input_image_tokens",
            "input_text_tokens",
            "input_uncached_tokens",
            "output_image_tokens",
            "output_text_tokens",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.input_tokens
        if value_1 is None:
            if "input_tokens" in present:
                out["input_tokens"] = None
        else:
            out["input_tokens"] = value_1
        value_2 = self.num_model_requests
        if value_2 is None:
            if "num_model_requests" in present:
                out["num_model_requests"] = None
        else:
            out["num_model_requests"] = value_2
        value_3 = self.object
        if value_3 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_3
        value_4 = self.output_tokens
        if value_4 is None:
            if "output_tokens" in present:
                out["output_tokens"] = None
        else:
            out["output_tokens"] = value_4
        value_5 = self.api_key_id
        if value_5 is None:
            if "api_key_id" in present:
                out["api_key_id"] = None
        else:
            out["api_key_id"] = to_json(value_5)
        value_6 = self.api_source
        if value_6 is None:
            if "api_source" in present:
                out["api_source"] = None
        else:
            out["api_source"] = to_json(value_6)
        value_7 = self.batch
        if value_7 is None:
            if "batch" in present:
                out["batch"] = None
        else:
            out["batch"] = to_json(value_7)
        value_8 = self.input_audio_tokens
        if value_8 is None:
            if "input_audio_tokens" in present:
                out["input_audio_tokens"] = None
        else:
            out["input_audio_tokens"] = value_8
        value_9 = self.input_cache_write_12h_tokens
        if value_9 is None:
            if "input_cache_write_12h_tokens" in present:
                out["input_cache_write_12h_tokens"] = None
        else:
            out["input_cache_write_12h_tokens"] = to_json(value_9)
        value_10 = self.input_cache_write_30m_tokens
        if value_10 is None:
            if "input_cache_write_30m_tokens" in present:
                out["input_cache_write_30m_tokens"] = None
        else:
            out["input_cache_write_30m_tokens"] = to_json(value_10)
        value_11 = self.input_cache_write_tokens
        if value_11 is None:
            if "input_cache_write_tokens" in present:
                out["input_cache_write_tokens"] = None
        else:
            out["input_cache_write_tokens"] = to_json(value_11)
        value_12 = self.input_cached_audio_tokens
        if value_12 is None:
            if "input_cached_audio_tokens" in present:
                out["input_cached_audio_tokens"] = None
        else:
            out["input_cached_audio_tokens"] = to_json(value_12)
        value_13 = self.input_cached_image_tokens
        if value_13 is None:
            if "input_cached_image_tokens" in present:
                out["input_cached_image_tokens"] = None
        else:
            out["input_cached_image_tokens"] = to_json(value_13)
        value_14 = self.input_cached_text_tokens
        if value_14 is None:
            if "input_cached_text_tokens" in present:
                out["input_cached_text_tokens"] = None
        else:
            out["input_cached_text_tokens"] = to_json(value_14)
        value_15 = self.input_cached_tokens
        if value_15 is None:
            if "input_cached_tokens" in present:
                out["input_cached_tokens"] = None
        else:
            out["input_cached_tokens"] = value_15
        value_16 = self.input_image_tokens
        if value_16 is None:
            if "input_image_tokens" in present:
                out["input_image_tokens"] = None
        else:
            out["input_image_tokens"] = to_json(value_16)
        value_17 = self.input_text_tokens
        if value_17 is None:
            if "input_text_tokens" in present:
                out["input_text_tokens"] = None
        else:
            out["input_text_tokens"] = to_json(value_17)
        value_18 = self.input_uncached_tokens
        if value_18 is None:
            if "input_uncached_tokens" in present:
                out["input_uncached_tokens"] = None
        else:
            out["input_uncached_tokens"] = to_json(value_18)
        value_19 = self.model
        if value_19 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_19)
        value_20 = self.output_audio_tokens
        if value_20 is None:
            if "output_audio_tokens" in present:
                out["output_audio_tokens"] = None
        else:
            out["output_audio_tokens"] = value_20
        value_21 = self.output_image_tokens
        if value_21 is None:
            if "output_image_tokens" in present:
                out["output_image_tokens"] = None
        else:
            out["output_image_tokens"] = to_json(value_21)
        value_22 = self.output_text_tokens
        if value_22 is None:
            if "output_text_tokens" in present:
                out["output_text_tokens"] = None
        else:
            out["output_text_tokens"] = to_json(value_22)
        value_23 = self.project_id
        if value_23 is None:
            if "project_id" in present:
                out["project_id"] = None
        else:
            out["project_id"] = to_json(value_23)
        value_24 = self.service_tier
        if value_24 is None:
            if "service_tier" in present:
                out["service_tier"] = None
        else:
            out["service_tier"] = to_json(value_24)
        value_25 = self.user_id
        if value_25 is None:
            if "user_id" in present:
                out["user_id"] = None
        else:
            out["user_id"] = to_json(value_25)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = get_("object")
        parsed_obj_.input_tokens = get_("input_tokens")
        parsed_obj_.output_tokens = get_("output_tokens")
        parsed_obj_.num_model_requests = get_("num_model_requests")
        parsed_obj_.input_cached_tokens = get_("input_cached_tokens")
        parsed_obj_.input_audio_tokens = get_("input_audio_tokens")
        parsed_obj_.output_audio_tokens = get_("output_audio_tokens")
        parsed_obj_.project_id = get_("project_id")
        parsed_obj_.user_id = get_("user_id")
        parsed_obj_.api_key_id = get_("api_key_id")
        parsed_obj_.model = get_("model")
        parsed_obj_.batch = get_("batch")
        parsed_obj_.service_tier = get_("service_tier")
        _raw_api_source = get_("api_source", UNSET)
        if _raw_api_source is not None and _raw_api_source is not UNSET:
            try:
                api_source = _parse_api_source(_raw_api_source)

            except LENIENT_ERRORS:
                api_source = _raw_api_source
        else:
            api_source = _raw_api_source
        parsed_obj_.api_source = None if isinstance(api_source, Unset) else api_source
        parsed_obj_.input_cache_write_12h_tokens = get_("input_cache_write_12h_tokens")
        parsed_obj_.input_cache_write_30m_tokens = get_("input_cache_write_30m_tokens")
        parsed_obj_.input_cache_write_tokens = get_("input_cache_write_tokens")
        parsed_obj_.input_cached_audio_tokens = get_("input_cached_audio_tokens")
        parsed_obj_.input_cached_image_tokens = get_("input_cached_image_tokens")
        parsed_obj_.input_cached_text_tokens = get_("input_cached_text_tokens")
        parsed_obj_.input_image_tokens = get_("input_image_tokens")
        parsed_obj_.input_text_tokens = get_("input_text_tokens")
        parsed_obj_.input_uncached_tokens = get_("input_uncached_tokens")
        parsed_obj_.output_image_tokens = get_("output_image_tokens")
        parsed_obj_.output_text_tokens = get_("output_text_tokens")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
