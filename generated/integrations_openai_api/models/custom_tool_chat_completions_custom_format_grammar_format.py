from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.custom_tool_chat_completions_custom_format_grammar_format_grammar import (
        CustomToolChatCompletionsCustomFormatGrammarFormatGrammar,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CustomToolChatCompletionsCustomFormatGrammarFormatGrammar
    from ..models.custom_tool_chat_completions_custom_format_grammar_format_grammar import (
        CustomToolChatCompletionsCustomFormatGrammarFormatGrammar,  # noqa: PLC0415
    )

    _lazy_loaded = True


@_attrs_define(repr=False)
class CustomToolChatCompletionsCustomFormatGrammarFormat(ApiModel):
    """A grammar defined by the user."""

    grammar: CustomToolChatCompletionsCustomFormatGrammarFormatGrammar
    """ Your chosen grammar. """

    type: Literal["grammar"] = "grammar"
    """ Grammar format. Always `grammar`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("grammar", "grammar"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['grammar']",
        "grammar": "CustomToolChatCompletionsCustomFormatGrammarFormatGrammar",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("grammar",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "grammar",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "grammar",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["grammar"]', _raw_type_)
            if type_ != "grammar":
                raise ValueError(f"type must match const 'grammar', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_grammar = d.pop("grammar", None)
        try:
            grammar = CustomToolChatCompletionsCustomFormatGrammarFormatGrammar.from_dict(
                _raw_grammar
            )

        except LENIENT_ERRORS:
            grammar = _raw_grammar

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.grammar = grammar
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
