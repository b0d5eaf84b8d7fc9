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

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CompletionUsagePromptTokensDetails(ApiModel):
    """Breakdown of tokens used in the prompt."""

    audio_tokens: int | None = ABSENT
    """ Audio input tokens present in the prompt.

    Server default: `0`. """

    cached_tokens: int | None = ABSENT
    """ Cached tokens present in the prompt.

    Server default: `0`. """

    cache_write_tokens: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `PromptTokensDetails` has it (the live API sends it). Reads None
    when absent. """

    image_tokens: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `PromptTokensDetails` has it (the live API sends it). Reads None
    when absent. """

    text_tokens: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `PromptTokensDetails` has it (the live API sends it). Reads None
    when absent. """

    _sdk_name_: ClassVar[str] = "PromptTokensDetails"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audio_tokens", "audio_tokens"),
        ("cache_write_tokens", "cache_write_tokens"),
        ("cached_tokens", "cached_tokens"),
        ("image_tokens", "image_tokens"),
        ("text_tokens", "text_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "audio_tokens": "int | Unset",
        "cached_tokens": "int | Unset",
        "cache_write_tokens": "int | None | Unset",
        "image_tokens": "int | None | Unset",
        "text_tokens": "int | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "audio_tokens",
            "cached_tokens",
            "cache_write_tokens",
            "image_tokens",
            "text_tokens",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.audio_tokens
        if value_1 is None:
            if "audio_tokens" in present:
                out["audio_tokens"] = None
        else:
            out["audio_tokens"] = value_1
        value_2 = self.cache_write_tokens
        if value_2 is None:
            if "cache_write_tokens" in present:
                out["cache_write_tokens"] = None
        else:
            out["cache_write_tokens"] = to_json(value_2)
        value_3 = self.cached_tokens
        if value_3 is None:
            if "cached_tokens" in present:
                out["cached_tokens"] = None
        else:
            out["cached_tokens"] = value_3
        value_4 = self.image_tokens
        if value_4 is None:
            if "image_tokens" in present:
                out["image_tokens"] = None
        else:
            out["image_tokens"] = to_json(value_4)
        value_5 = self.text_tokens
        if value_5 is None:
            if "text_tokens" in present:
                out["text_tokens"] = None
        else:
            out["text_tokens"] = to_json(value_5)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.audio_tokens = get_("audio_tokens")
        parsed_obj_.cached_tokens = get_("cached_tokens")
        parsed_obj_.cache_write_tokens = get_("cache_write_tokens")
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
