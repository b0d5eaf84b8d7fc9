from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel
from ..models.custom_tool_chat_completions_custom_format_grammar_format_grammar_syntax import (
    CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax,
    check_custom_tool_chat_completions_custom_format_grammar_format_grammar_syntax,
)


@_attrs_define(repr=False)
class CustomToolChatCompletionsCustomFormatGrammarFormatGrammar(ApiModel):
    """Your chosen grammar."""

    definition: str
    """ The grammar definition. """

    syntax: CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax | str
    """ The syntax of the grammar definition. One of `lark` or `regex`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("definition", "definition"),
        ("syntax", "syntax"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "definition": "str",
        "syntax": "CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "syntax": (
            "lark",
            "regex",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "definition",
        "syntax",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "definition",
            "syntax",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        definition = d.pop("definition", None)

        _raw_syntax = d.pop("syntax", None)
        try:
            syntax = check_custom_tool_chat_completions_custom_format_grammar_format_grammar_syntax(
                _raw_syntax
            )

        except LENIENT_ERRORS:
            syntax = _raw_syntax

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.definition = definition
        parsed_obj_.syntax = syntax
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
