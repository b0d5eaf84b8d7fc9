from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.sdk_tool_usage_image_gen import SdkToolUsageImageGen
    from ..models.sdk_tool_usage_web_search import SdkToolUsageWebSearch

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, SdkToolUsageImageGen, SdkToolUsageWebSearch
    from ..models.sdk_tool_usage_image_gen import SdkToolUsageImageGen  # noqa: PLC0415
    from ..models.sdk_tool_usage_web_search import SdkToolUsageWebSearch  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class SdkToolUsage(ApiModel):
    """Not in the pinned spec: the official SDK's `ToolUsage`, field for field (the live API sends it)."""

    image_gen: SdkToolUsageImageGen
    """ Not in the pinned spec: the official SDK's `ToolUsageImageGen`, field for field (the live API sends it). """

    web_search: SdkToolUsageWebSearch
    """ Not in the pinned spec: the official SDK's `ToolUsageWebSearch`, field for field (the live API sends it).
    """

    _sdk_name_: ClassVar[str] = "ToolUsage"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("image_gen", "image_gen"),
        ("web_search", "web_search"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "image_gen": "SdkToolUsageImageGen",
        "web_search": "SdkToolUsageWebSearch",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "image_gen",
        "web_search",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "image_gen",
            "web_search",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.image_gen
        if value_1 is None:
            if "image_gen" in present:
                out["image_gen"] = None
        else:
            out["image_gen"] = to_json(value_1)
        value_2 = self.web_search
        if value_2 is None:
            if "web_search" in present:
                out["web_search"] = None
        else:
            out["web_search"] = to_json(value_2)
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
        image_gen = get_("image_gen")
        if image_gen is not None:
            try:
                image_gen = (
                    SdkToolUsageImageGen._from_dict_(image_gen)
                    if image_gen.__class__ is dict
                    else SdkToolUsageImageGen.from_dict(image_gen)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.image_gen = image_gen
        web_search = get_("web_search")
        if web_search is not None:
            try:
                web_search = (
                    SdkToolUsageWebSearch._from_dict_(web_search)
                    if web_search.__class__ is dict
                    else SdkToolUsageWebSearch.from_dict(web_search)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.web_search = web_search
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
