from typing import Literal

CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax = Literal["lark", "regex"]

CUSTOM_TOOL_CHAT_COMPLETIONS_CUSTOM_FORMAT_GRAMMAR_FORMAT_GRAMMAR_SYNTAX_VALUES: set[
    CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax
] = {
    "lark",
    "regex",
}


def check_custom_tool_chat_completions_custom_format_grammar_format_grammar_syntax(
    value: str,
) -> CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax:
    if value in CUSTOM_TOOL_CHAT_COMPLETIONS_CUSTOM_FORMAT_GRAMMAR_FORMAT_GRAMMAR_SYNTAX_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_CHAT_COMPLETIONS_CUSTOM_FORMAT_GRAMMAR_FORMAT_GRAMMAR_SYNTAX_VALUES!r}"
    )
