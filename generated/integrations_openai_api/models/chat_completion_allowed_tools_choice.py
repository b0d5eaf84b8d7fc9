from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.chat_completion_allowed_tools import ChatCompletionAllowedTools

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionAllowedTools
    from ..models.chat_completion_allowed_tools import ChatCompletionAllowedTools  # noqa: PLC0415

    _lazy_loaded = True


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
        type_ = d.pop("type", None)

        _raw_allowed_tools = d.pop("allowed_tools", None)
        try:
            allowed_tools = ChatCompletionAllowedTools.from_dict(_raw_allowed_tools)

        except LENIENT_ERRORS:
            allowed_tools = _raw_allowed_tools

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.allowed_tools = allowed_tools
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
