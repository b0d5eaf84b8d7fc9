from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_grammar_format_param import CustomGrammarFormatParam
    from ..models.custom_text_format_param import CustomTextFormatParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CustomGrammarFormatParam, CustomTextFormatParam
    from ..models.custom_grammar_format_param import CustomGrammarFormatParam  # noqa: PLC0415
    from ..models.custom_text_format_param import CustomTextFormatParam  # noqa: PLC0415

    _lazy_loaded = True


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_format_(data: object) -> CustomGrammarFormatParam | CustomTextFormatParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                CustomTextFormatParam,
                CustomGrammarFormatParam,
            ),
        )
        if variant is None:
            return cast(
                "CustomGrammarFormatParam | CustomTextFormatParam | None | Unset",
                UnknownVariant(data),
            )
        return cast(
            "CustomGrammarFormatParam | CustomTextFormatParam | None | Unset",
            variant.from_dict(data),
        )
    return cast("CustomGrammarFormatParam | CustomTextFormatParam | None | Unset", data)


def _parse_defer_loading(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


@_attrs_define(repr=False)
class CustomToolParam(ApiModel):
    """A custom tool that processes input using a specified format. Learn more about   [custom
    tools](/docs/guides/function-calling#custom-tools)

    """

    name: str
    """ The name of the custom tool, used to identify it in tool calls. """

    type: Literal["custom"] = "custom"
    """ The type of the custom tool. Always `custom`. """

    description: str | None = ABSENT
    """ Optional description of the custom tool, used to provide more context. """

    format: CustomGrammarFormatParam | CustomTextFormatParam | UnknownVariant | None = ABSENT
    """ The input format for the custom tool. Default is unconstrained text. """

    defer_loading: bool | None = ABSENT
    """ Whether this tool should be deferred and discovered via tool search. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("name", "name"),
        ("description", "description"),
        ("format", "format"),
        ("defer_loading", "defer_loading"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['custom']",
        "name": "str",
        "description": "None | str | Unset",
        "format": "CustomGrammarFormatParam | CustomTextFormatParam | None | Unset",
        "defer_loading": "bool | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("custom",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "name",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "name",
            "description",
            "format",
            "defer_loading",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["custom"]', _raw_type_)
            if type_ != "custom":
                raise ValueError(f"type must match const 'custom', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        name = d.pop("name", None)

        _raw_description = d.pop("description", UNSET)
        try:
            description = _parse_description(_raw_description)

        except LENIENT_ERRORS:
            description = _raw_description

        _raw_format_ = d.pop("format", UNSET)
        try:
            format_ = _parse_format_(_raw_format_)

        except LENIENT_ERRORS:
            format_ = _raw_format_

        _raw_defer_loading = d.pop("defer_loading", UNSET)
        try:
            defer_loading = _parse_defer_loading(_raw_defer_loading)

        except LENIENT_ERRORS:
            defer_loading = _raw_defer_loading

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.name = name
        parsed_obj_.description = None if isinstance(description, Unset) else description
        parsed_obj_.format = None if isinstance(format_, Unset) else format_
        parsed_obj_.defer_loading = None if isinstance(defer_loading, Unset) else defer_loading
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
