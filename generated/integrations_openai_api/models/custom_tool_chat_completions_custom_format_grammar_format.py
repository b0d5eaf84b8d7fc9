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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        grammar = get_("grammar")
        if grammar is not None:
            try:
                grammar = (
                    CustomToolChatCompletionsCustomFormatGrammarFormatGrammar._from_dict_(grammar)
                    if grammar.__class__ is dict
                    else CustomToolChatCompletionsCustomFormatGrammarFormatGrammar.from_dict(
                        grammar
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.grammar = grammar
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
