from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sdk_prompt_cache_breakpoint import SdkPromptCacheBreakpoint

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, SdkPromptCacheBreakpoint
    from ..models.sdk_prompt_cache_breakpoint import SdkPromptCacheBreakpoint  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_prompt_cache_breakpoint(data: object) -> None | SdkPromptCacheBreakpoint | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkPromptCacheBreakpoint._from_dict_(data)
    return cast("None | SdkPromptCacheBreakpoint | Unset", data)


@_attrs_define(repr=False)
class InputTextContent(ApiModel):
    """A text input to the model."""

    text: str
    """ The text input to the model. """

    type: Literal["input_text"] = "input_text"
    """ The type of the input item. Always `input_text`. """

    prompt_cache_breakpoint: SdkPromptCacheBreakpoint | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ResponseInputText` has it (the live API sends it). Reads None
    when absent. """

    _sdk_name_: ClassVar[str] = "ResponseInputText"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text", "text"),
        ("type", "type"),
        ("prompt_cache_breakpoint", "prompt_cache_breakpoint"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['input_text']",
        "text": "str",
        "prompt_cache_breakpoint": "None | SdkPromptCacheBreakpoint | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("input_text",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "text",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "text",
            "prompt_cache_breakpoint",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.text
        if value_1 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.prompt_cache_breakpoint
        if value_3 is None:
            if "prompt_cache_breakpoint" in present:
                out["prompt_cache_breakpoint"] = None
        else:
            out["prompt_cache_breakpoint"] = to_json(value_3)
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
        parsed_obj_.type = get_("type")
        parsed_obj_.text = get_("text")
        _raw_prompt_cache_breakpoint = get_("prompt_cache_breakpoint", UNSET)
        if _raw_prompt_cache_breakpoint is not None and _raw_prompt_cache_breakpoint is not UNSET:
            try:
                prompt_cache_breakpoint = _parse_prompt_cache_breakpoint(
                    _raw_prompt_cache_breakpoint
                )

            except LENIENT_ERRORS:
                prompt_cache_breakpoint = _raw_prompt_cache_breakpoint
        else:
            prompt_cache_breakpoint = _raw_prompt_cache_breakpoint
        parsed_obj_.prompt_cache_breakpoint = (
            None if isinstance(prompt_cache_breakpoint, Unset) else prompt_cache_breakpoint
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
