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
class SdkToolUsageImageGenInputTokensDetails(ApiModel):
    """Not in the pinned spec: the official SDK's `ToolUsageImageGenInputTokensDetails`, field for field (the live API
    sends it).

    """

    image_tokens: int

    text_tokens: int

    _sdk_name_: ClassVar[str] = "ToolUsageImageGenInputTokensDetails"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("image_tokens", "image_tokens"),
        ("text_tokens", "text_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "image_tokens": "int",
        "text_tokens": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "image_tokens",
        "text_tokens",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "image_tokens",
            "text_tokens",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.image_tokens
        if value_1 is None:
            if "image_tokens" in present:
                out["image_tokens"] = None
        else:
            out["image_tokens"] = value_1
        value_2 = self.text_tokens
        if value_2 is None:
            if "text_tokens" in present:
                out["text_tokens"] = None
        else:
            out["text_tokens"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.image_tokens = get_("image_tokens")
        parsed_obj_.text_tokens = get_("text_tokens")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
