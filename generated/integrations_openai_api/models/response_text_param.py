from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.verbosity_2 import Verbosity2, check_verbosity_2
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_text import ResponseFormatText
    from ..models.text_response_format_json_schema import TextResponseFormatJsonSchema

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseFormatJsonObject, ResponseFormatText, TextResponseFormatJsonSchema
    from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: PLC0415
    from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415
    from ..models.text_response_format_json_schema import TextResponseFormatJsonSchema  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ResponseTextParam")


def _parse_format_(
    data: object,
) -> None | ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatJsonSchema | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ResponseFormatText,
                TextResponseFormatJsonSchema,
                ResponseFormatJsonObject,
            ),
        )
        if variant is None:
            return cast(
                "None | ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatJsonSchema | Unset",
                UnknownVariant(data),
            )
        return cast(
            "None | ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatJsonSchema | Unset",
            variant.from_dict(data),
        )
    return cast(
        "None | ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatJsonSchema | Unset",
        data,
    )


def _parse_verbosity(data: object) -> None | Unset | Verbosity2:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_verbosity_type_0 = check_verbosity_2(data)

        return componentsschemas_verbosity_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | Unset | Verbosity2", data)


@_attrs_define
class ResponseTextParam:
    """Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](/docs/guides/text)
    - [Structured Outputs](/docs/guides/structured-outputs)

    """

    format_: (
        None | ResponseFormatJsonObject | ResponseFormatText | TextResponseFormatJsonSchema | Unset
    ) = UNSET
    verbosity: None | Unset | Verbosity2 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "format",
            "verbosity",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.format_ is not UNSET:
            field_dict["format"] = to_json(self.format_)
        if self.verbosity is not UNSET:
            field_dict["verbosity"] = to_json(self.verbosity)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ResponseTextParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_format_ = d.pop("format", UNSET)
        try:
            format_ = _parse_format_(_raw_format_)

        except LENIENT_ERRORS:
            format_ = _raw_format_

        _raw_verbosity = d.pop("verbosity", UNSET)
        try:
            verbosity = _parse_verbosity(_raw_verbosity)

        except LENIENT_ERRORS:
            verbosity = _raw_verbosity

        parsed_obj_ = cls(
            format_=format_,
            verbosity=verbosity,
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
