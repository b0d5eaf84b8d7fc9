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
from ..models.sdk_prompt_cache_breakpoint_ttl import (
    SdkPromptCacheBreakpointTtl,
    check_sdk_prompt_cache_breakpoint_ttl,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_ttl(data: object) -> None | SdkPromptCacheBreakpointTtl | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        ttl_type_0 = check_sdk_prompt_cache_breakpoint_ttl(data)

        return ttl_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | SdkPromptCacheBreakpointTtl | Unset", data)


@_attrs_define(repr=False)
class SdkPromptCacheBreakpoint(ApiModel):
    """Not in the pinned spec: the official SDK's `PromptCacheBreakpoint`, field for field (the live API sends it)."""

    mode: Literal["explicit"] = "explicit"

    ttl: SdkPromptCacheBreakpointTtl | str | None = ABSENT

    _sdk_name_: ClassVar[str] = "PromptCacheBreakpoint"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("mode", "mode"),
        ("ttl", "ttl"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "mode": "Literal['explicit']",
        "ttl": "None | SdkPromptCacheBreakpointTtl | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "mode": ("explicit",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("mode",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "mode",
            "ttl",
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
            out["ttl"] = to_json(value_2)
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
        _raw_ttl = get_("ttl", UNSET)
        if _raw_ttl is not None and _raw_ttl is not UNSET:
            try:
                ttl = _parse_ttl(_raw_ttl)

            except LENIENT_ERRORS:
                ttl = _raw_ttl
        else:
            ttl = _raw_ttl
        parsed_obj_.ttl = None if isinstance(ttl, Unset) else ttl
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
