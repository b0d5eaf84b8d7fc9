from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["allowed_tools"]', _raw_type_)
            if type_ != "allowed_tools":
                raise ValueError(f"type must match const 'allowed_tools', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

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
