from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

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
    from ..models.sdk_image_generation_svg_reasoning import SdkImageGenerationSvgReasoning

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, SdkImageGenerationSvgReasoning
    from ..models.sdk_image_generation_svg_reasoning import SdkImageGenerationSvgReasoning  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_reasoning(data: object) -> None | SdkImageGenerationSvgReasoning | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkImageGenerationSvgReasoning._from_dict_(data)
    return cast("None | SdkImageGenerationSvgReasoning | Unset", data)


@_attrs_define(repr=False)
class SdkImageGenerationSvg(ApiModel):
    """Not in the pinned spec: the official SDK's `ImageGenerationSvg`, field for field (the live API sends it)."""

    model: str | None = ABSENT

    reasoning: SdkImageGenerationSvgReasoning | None = ABSENT

    _sdk_name_: ClassVar[str] = "ImageGenerationSvg"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("reasoning", "reasoning"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "model": "None | str | Unset",
        "reasoning": "None | SdkImageGenerationSvgReasoning | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "reasoning",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.model
        if value_1 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_1)
        value_2 = self.reasoning
        if value_2 is None:
            if "reasoning" in present:
                out["reasoning"] = None
        else:
            out["reasoning"] = to_json(value_2)
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
        parsed_obj_.model = get_("model")
        _raw_reasoning = get_("reasoning", UNSET)
        if _raw_reasoning is not None and _raw_reasoning is not UNSET:
            try:
                reasoning = _parse_reasoning(_raw_reasoning)

            except LENIENT_ERRORS:
                reasoning = _raw_reasoning
        else:
            reasoning = _raw_reasoning
        parsed_obj_.reasoning = None if isinstance(reasoning, Unset) else reasoning
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
