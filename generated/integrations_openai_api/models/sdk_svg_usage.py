from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class SdkSvgUsage(ApiModel):
    """Not in the pinned spec: the official SDK's `SvgUsage`, field for field (the live API sends it)."""

    input_tokens: int

    model: str

    output_tokens: int

    reasoning_tokens: int

    total_tokens: int

    _sdk_name_: ClassVar[str] = "SvgUsage"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_tokens", "input_tokens"),
        ("model", "model"),
        ("output_tokens", "output_tokens"),
        ("reasoning_tokens", "reasoning_tokens"),
        ("total_tokens", "total_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "input_tokens": "int",
        "model": "str",
        "output_tokens": "int",
        "reasoning_tokens": "int",
        "total_tokens": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "input_tokens",
        "model",
        "output_tokens",
        "reasoning_tokens",
        "total_tokens",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "input_tokens",
            "model",
            "output_tokens",
            "reasoning_tokens",
            "total_tokens",
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
        value_2 = self.model
        if value_2 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_2
        value_3 = self.output_tokens
        if value_3 is None:
            if "output_tokens" in present:
                out["output_tokens"] = None
        else:
            out["output_tokens"] = value_3
        value_4 = self.reasoning_tokens
        if value_4 is None:
            if "reasoning_tokens" in present:
                out["reasoning_tokens"] = None
        else:
            out["reasoning_tokens"] = value_4
        value_5 = self.total_tokens
        if value_5 is None:
            if "total_tokens" in present:
                out["total_tokens"] = None
        else:
            out["total_tokens"] = value_5
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.input_tokens = get_("input_tokens")
        parsed_obj_.model = get_("model")
        parsed_obj_.output_tokens = get_("output_tokens")
        parsed_obj_.reasoning_tokens = get_("reasoning_tokens")
        parsed_obj_.total_tokens = get_("total_tokens")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
