from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.sdk_image_generation_svg_reasoning_effort import (
    SdkImageGenerationSvgReasoningEffort,
    check_sdk_image_generation_svg_reasoning_effort,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_effort(data: object) -> None | SdkImageGenerationSvgReasoningEffort | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_0 = check_sdk_image_generation_svg_reasoning_effort(data)

        return effort_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | SdkImageGenerationSvgReasoningEffort | Unset", data)


@_attrs_define(repr=False)
class SdkImageGenerationSvgReasoning(ApiModel):
    """Not in the pinned spec: the official SDK's `ImageGenerationSvgReasoning`, field for field (the live API sends it)."""

    effort: SdkImageGenerationSvgReasoningEffort | str | None = ABSENT

    _sdk_name_: ClassVar[str] = "ImageGenerationSvgReasoning"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("effort", "effort"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "effort": "None | SdkImageGenerationSvgReasoningEffort | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("effort",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.effort
        if value_1 is None:
            if "effort" in present:
                out["effort"] = None
        else:
            out["effort"] = to_json(value_1)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_effort = get_("effort", UNSET)
        if _raw_effort is not None and _raw_effort is not UNSET:
            try:
                effort = _parse_effort(_raw_effort)

            except LENIENT_ERRORS:
                effort = _raw_effort
        else:
            effort = _raw_effort
        parsed_obj_.effort = None if isinstance(effort, Unset) else effort
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
