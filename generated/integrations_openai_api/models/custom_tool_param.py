from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
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


T = TypeVar("T", bound="CustomToolParam")


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


@_attrs_define
class CustomToolParam:
    """A custom tool that processes input using a specified format. Learn more about   [custom
    tools](/docs/guides/function-calling#custom-tools)

    """

    name: str
    """ The name of the custom tool, used to identify it in tool calls. """
    type_: Literal["custom"] = "custom"
    """ The type of the custom tool. Always `custom`. """
    description: None | str | Unset = UNSET
    """ Optional description of the custom tool, used to provide more context. """
    format_: CustomGrammarFormatParam | CustomTextFormatParam | None | Unset = UNSET
    """ The input format for the custom tool. Default is unconstrained text. """
    defer_loading: bool | None | Unset = UNSET
    """ Whether this tool should be deferred and discovered via tool search. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if self.description is not UNSET:
            field_dict["description"] = to_json(self.description)
        if self.format_ is not UNSET:
            field_dict["format"] = to_json(self.format_)
        if self.defer_loading is not UNSET:
            field_dict["defer_loading"] = to_json(self.defer_loading)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CustomToolParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['custom']", _raw_type_)
            if type_ != "custom":
                raise ValueError(f"type must match const 'custom', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        name = d.pop("name", UNSET)

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

        parsed_obj_ = cls(
            type_=type_,
            name=name,
            description=description,
            format_=format_,
            defer_loading=defer_loading,
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
