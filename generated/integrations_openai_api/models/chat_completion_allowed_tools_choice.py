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
    from ..models.chat_completion_allowed_tools import ChatCompletionAllowedTools

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionAllowedTools
    from ..models.chat_completion_allowed_tools import ChatCompletionAllowedTools  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ChatCompletionAllowedToolsChoice(ApiModel):
    """Constrains the tools available to the model to a pre-defined set."""

    allowed_tools: ChatCompletionAllowedTools
    """ Constrains the tools available to the model to a pre-defined set.
     """

    type: Literal["allowed_tools"] = "allowed_tools"
    """ Allowed tool configuration type. Always `allowed_tools`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("allowed_tools", "allowed_tools"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['allowed_tools']",
        "allowed_tools": "ChatCompletionAllowedTools",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("allowed_tools",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "allowed_tools",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "allowed_tools",
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
        value_2 = self.allowed_tools
        if value_2 is None:
            if "allowed_tools" in present:
                out["allowed_tools"] = None
        else:
            out["allowed_tools"] = to_json(value_2)
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
        allowed_tools = get_("allowed_tools")
        if allowed_tools is not None:
            try:
                allowed_tools = (
                    ChatCompletionAllowedTools._from_dict_(allowed_tools)
                    if allowed_tools.__class__ is dict
                    else ChatCompletionAllowedTools.from_dict(allowed_tools)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.allowed_tools = allowed_tools
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
