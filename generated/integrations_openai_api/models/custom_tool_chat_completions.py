from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.custom_tool_chat_completions_custom import CustomToolChatCompletionsCustom

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CustomToolChatCompletionsCustom
    from ..models.custom_tool_chat_completions_custom import CustomToolChatCompletionsCustom  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CustomToolChatCompletions(ApiModel):
    """A custom tool that processes input using a specified format."""

    custom: CustomToolChatCompletionsCustom
    """ Properties of the custom tool.
     """

    type: Literal["custom"] = "custom"
    """ The type of the custom tool. Always `custom`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("custom", "custom"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['custom']",
        "custom": "CustomToolChatCompletionsCustom",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("custom",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "custom",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "custom",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.custom
        if value_2 is None:
            if "custom" in present:
                out["custom"] = None
        else:
            out["custom"] = to_json(value_2)
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
        custom = get_("custom")
        if custom is not None:
            try:
                custom = (
                    CustomToolChatCompletionsCustom._from_dict_(custom)
                    if custom.__class__ is dict
                    else CustomToolChatCompletionsCustom.from_dict(custom)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.custom = custom
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
