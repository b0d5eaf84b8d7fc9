from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.grammar
        if value_2 is None:
            if "grammar" in present:
                out["grammar"] = None
        else:
            out["grammar"] = to_json(value_2)
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
