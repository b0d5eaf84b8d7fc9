from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.sdk_prompt_cache_breakpoint_ttl import (
    SdkPromptCacheBreakpointTtl,
)
from ..models.sdk_prompt_cache_options_mode import (
    SdkPromptCacheOptionsMode,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class SdkPromptCacheOptions(ApiModel):
    """Not in the pinned spec: the official SDK's `PromptCacheOptions`, field for field (the live API sends it)."""

    mode: SdkPromptCacheOptionsMode | str

    ttl: SdkPromptCacheBreakpointTtl | str

    comparison_response_id: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "PromptCacheOptions"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("mode", "mode"),
        ("ttl", "ttl"),
        ("comparison_response_id", "comparison_response_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "mode": "SdkPromptCacheOptionsMode",
        "ttl": "SdkPromptCacheBreakpointTtl",
        "comparison_response_id": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "mode": (
            "explicit",
            "implicit",
        ),
        "ttl": (
            "12h",
            "30m",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "mode",
        "ttl",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "mode",
            "ttl",
            "comparison_response_id",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.mode
        if value_1 is None:
            if "mode" in present:
                out["mode"] = None
        else:
            out["mode"] = value_1
        value_2 = self.ttl
        if value_2 is None:
            if "ttl" in present:
                out["ttl"] = None
        else:
            out["ttl"] = value_2
        value_3 = self.comparison_response_id
        if value_3 is None:
            if "comparison_response_id" in present:
                out["comparison_response_id"] = None
        else:
            out["comparison_response_id"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.mode = get_("mode")
        parsed_obj_.ttl = get_("ttl")
        parsed_obj_.comparison_response_id = get_("comparison_response_id")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
