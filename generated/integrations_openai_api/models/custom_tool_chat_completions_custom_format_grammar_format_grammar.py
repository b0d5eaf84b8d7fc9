from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.custom_tool_chat_completions_custom_format_grammar_format_grammar_syntax import (
    CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax,
    check_custom_tool_chat_completions_custom_format_grammar_format_grammar_syntax,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomToolChatCompletionsCustomFormatGrammarFormatGrammar")


@_attrs_define
class CustomToolChatCompletionsCustomFormatGrammarFormatGrammar:
    """Your chosen grammar."""

    definition: str
    """ The grammar definition. """
    syntax: CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax
    """ The syntax of the grammar definition. One of `lark` or `regex`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.definition, Unset):
            field_dict["definition"] = self.definition
        if not isinstance(self.syntax, Unset):
            field_dict["syntax"] = self.syntax
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CustomToolChatCompletionsCustomFormatGrammarFormatGrammar: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        definition = d.pop("definition", UNSET)

        _raw_syntax = d.pop("syntax", UNSET)
        try:
            syntax = check_custom_tool_chat_completions_custom_format_grammar_format_grammar_syntax(
                _raw_syntax
            )

        except LENIENT_ERRORS:
            syntax = _raw_syntax

        parsed_obj_ = cls(
            definition=definition,
            syntax=syntax,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
