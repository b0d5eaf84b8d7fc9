from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.custom_tool_chat_completions_custom_format_grammar_format_grammar_syntax import (
    CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.definition
        if value_1 is None:
            if "definition" in present:
                out["definition"] = None
        else:
            out["definition"] = value_1
        value_2 = self.syntax
        if value_2 is None:
            if "syntax" in present:
                out["syntax"] = None
        else:
            out["syntax"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.definition = get_("definition")
        parsed_obj_.syntax = get_("syntax")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
