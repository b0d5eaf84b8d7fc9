from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseFormatJsonSchemaSchema
    from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ResponseFormatJsonSchemaJsonSchema")


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_schema(data: object) -> None | ResponseFormatJsonSchemaSchema | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ResponseFormatJsonSchemaSchema.from_dict(data)
    return cast("None | ResponseFormatJsonSchemaSchema | Unset", data)


def _parse_strict(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


@_attrs_define
class ResponseFormatJsonSchemaJsonSchema:
    """Structured Outputs configuration options, including a JSON Schema."""

    name: str
    """ The name of the response format. Must be a-z, A-Z, 0-9, or contain
    underscores and dashes, with a maximum length of 64.
     """
    description: None | str | Unset = UNSET
    """ A description of what the response format is for, used by the model to
    determine how to respond in the format.
     """
    schema: None | ResponseFormatJsonSchemaSchema | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("name",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "description",
            "schema",
            "strict",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if self.description is not UNSET:
            field_dict["description"] = to_json(self.description)
        if self.schema is not UNSET:
            field_dict["schema"] = to_json(self.schema)
        if self.strict is not UNSET:
            field_dict["strict"] = to_json(self.strict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ResponseFormatJsonSchemaJsonSchema: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _raw_description = d.pop("description", UNSET)
        try:
            description = _parse_description(_raw_description)

        except LENIENT_ERRORS:
            description = _raw_description

        _raw_schema = d.pop("schema", UNSET)
        try:
            schema = _parse_schema(_raw_schema)

        except LENIENT_ERRORS:
            schema = _raw_schema

        _raw_strict = d.pop("strict", UNSET)
        try:
            strict = _parse_strict(_raw_strict)

        except LENIENT_ERRORS:
            strict = _raw_strict

        parsed_obj_ = cls(
            name=name,
            description=description,
            schema=schema,
            strict=strict,
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
