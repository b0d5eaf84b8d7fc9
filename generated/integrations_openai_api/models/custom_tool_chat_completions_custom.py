from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
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


T = TypeVar("T", bound="CustomToolChatCompletionsCustom")


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


@_attrs_define
class CustomToolChatCompletionsCustom:
    """Properties of the custom tool."""

    name: str
    """ The name of the custom tool, used to identify it in tool calls. """
    description: str | Unset = UNSET
    """ Optional description of the custom tool, used to provide more context.
     """
    format_: (
        CustomToolChatCompletionsCustomFormatGrammarFormat
        | CustomToolChatCompletionsCustomFormatTextFormat
        | Unset
    ) = UNSET
    """ The input format for the custom tool. Default is unconstrained text.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("name",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "description",
            "format",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.format_ is not UNSET:
            field_dict["format"] = to_json(self.format_)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CustomToolChatCompletionsCustom: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _raw_format_ = d.pop("format", UNSET)
        try:
            format_ = _parse_format_(_raw_format_)

        except LENIENT_ERRORS:
            format_ = _raw_format_

        parsed_obj_ = cls(
            name=name,
            description=description,
            format_=format_,
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
