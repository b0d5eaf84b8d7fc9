from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_tool_chat_completions_custom_format_grammar_format import (
        CustomToolChatCompletionsCustomFormatGrammarFormat,
    )
    from ..models.custom_tool_chat_completions_custom_format_text_format import (
        CustomToolChatCompletionsCustomFormatTextFormat,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CustomToolChatCompletionsCustomFormatGrammarFormat, \
        CustomToolChatCompletionsCustomFormatTextFormat
    from ..models.custom_tool_chat_completions_custom_format_grammar_format import (
        CustomToolChatCompletionsCustomFormatGrammarFormat,  # noqa: PLC0415
    )
    from ..models.custom_tool_chat_completions_custom_format_text_format import (
        CustomToolChatCompletionsCustomFormatTextFormat,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_format_(
    data: object,
) -> (
    CustomToolChatCompletionsCustomFormatGrammarFormat
    | CustomToolChatCompletionsCustomFormatTextFormat
    | Unset
):
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                CustomToolChatCompletionsCustomFormatTextFormat,
                CustomToolChatCompletionsCustomFormatGrammarFormat,
            ),
        )
        if variant is None:
            return cast(
                "CustomToolChatCompletionsCustomFormatGrammarFormat | CustomToolChatCompletionsCustomFormatTextFormat | Unset",
                UnknownVariant(data),
            )
        return cast(
            "CustomToolChatCompletionsCustomFormatGrammarFormat | CustomToolChatCompletionsCustomFormatTextFormat | Unset",
            variant.from_dict(data),
        )
    return cast(
        "CustomToolChatCompletionsCustomFormatGrammarFormat | CustomToolChatCompletionsCustomFormatTextFormat | Unset",
        data,
    )


@_attrs_define(repr=False)
class CustomToolChatCompletionsCustom(ApiModel):
    """Properties of the custom tool."""

    name: str
    """ The name of the custom tool, used to identify it in tool calls. """

    description: str | None = ABSENT
    """ Optional description of the custom tool, used to provide more context.
     """

    format: (
        CustomToolChatCompletionsCustomFormatGrammarFormat
        | CustomToolChatCompletionsCustomFormatTextFormat
        | UnknownVariant
        | None
    ) = ABSENT
    """ The input format for the custom tool. Default is unconstrained text.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("description", "description"),
        ("format", "format"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str",
        "description": "str | Unset",
        "format": "CustomToolChatCompletionsCustomFormatGrammarFormat | CustomToolChatCompletionsCustomFormatTextFormat | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("name",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "description",
            "format",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.name
        if value_1 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_1
        value_2 = self.description
        if value_2 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = value_2
        value_3 = self.format
        if value_3 is None:
            if "format" in present:
                out["format"] = None
        else:
            out["format"] = to_json(value_3)
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
        parsed_obj_.name = get_("name")
        parsed_obj_.description = get_("description")
        _raw_format_ = get_("format", UNSET)
        if _raw_format_ is not UNSET:
            try:
                format_ = _parse_format_(_raw_format_)

            except LENIENT_ERRORS:
                format_ = _raw_format_
        else:
            format_ = _raw_format_
        parsed_obj_.format = None if isinstance(format_, Unset) else format_
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
