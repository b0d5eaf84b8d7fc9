from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.sdk_prompt_cache_diagnostics_cache_miss_reason import (
    SdkPromptCacheDiagnosticsCacheMissReason,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class SdkPromptCacheDiagnosticsCacheMiss(ApiModel):
    """Not in the pinned spec: the official SDK's `PromptCacheDiagnosticsCacheMiss`, field for field (the live API sends
    it).

    """

    cache_missed_tokens: int

    reason: SdkPromptCacheDiagnosticsCacheMissReason | str

    type: Literal["cache_miss"] = "cache_miss"

    comparison_reusable_tokens: int | None = ABSENT

    _sdk_name_: ClassVar[str] = "PromptCacheDiagnosticsCacheMiss"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cache_missed_tokens", "cache_missed_tokens"),
        ("reason", "reason"),
        ("type", "type"),
        ("comparison_reusable_tokens", "comparison_reusable_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "cache_missed_tokens": "int",
        "reason": "SdkPromptCacheDiagnosticsCacheMissReason",
        "type": "Literal['cache_miss']",
        "comparison_reusable_tokens": "int | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "reason": (
            "context_compacted",
            "input_changed",
            "model_changed",
            "prompt_cache_key_changed",
            "reasoning_effort_changed",
            "service_tier_changed",
            "text_format_changed",
            "tools_changed",
            "verbosity_changed",
        ),
        "type": ("cache_miss",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "cache_missed_tokens",
        "reason",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "cache_missed_tokens",
            "reason",
            "type",
            "comparison_reusable_tokens",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.cache_missed_tokens
        if value_1 is None:
            if "cache_missed_tokens" in present:
                out["cache_missed_tokens"] = None
        else:
            out["cache_missed_tokens"] = value_1
        value_2 = self.reason
        if value_2 is None:
            if "reason" in present:
                out["reason"] = None
        else:
            out["reason"] = value_2
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
        value_4 = self.comparison_reusable_tokens
        if value_4 is None:
            if "comparison_reusable_tokens" in present:
                out["comparison_reusable_tokens"] = None
        else:
            out["comparison_reusable_tokens"] = to_json(value_4)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.cache_missed_tokens = get_("cache_missed_tokens")
        parsed_obj_.reason = get_("reason")
        parsed_obj_.type = get_("type")
        parsed_obj_.comparison_reusable_tokens = get_("comparison_reusable_tokens")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
