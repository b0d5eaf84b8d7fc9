from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format_json_schema_json_schema import ResponseFormatJsonSchemaJsonSchema

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseFormatJsonSchemaJsonSchema
    from ..models.response_format_json_schema_json_schema import ResponseFormatJsonSchemaJsonSchema  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ResponseFormatJsonSchema")


@_attrs_define
class ResponseFormatJsonSchema:
    """JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured Outputs](/docs/guides/structured-outputs).

    """

    json_schema: ResponseFormatJsonSchemaJsonSchema
    """ Structured Outputs configuration options, including a JSON Schema.
     """
    type_: Literal["json_schema"] = "json_schema"
    """ The type of response format being defined. Always `json_schema`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("json_schema",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "json_schema",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "json_schema",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.json_schema, Unset):
            field_dict["json_schema"] = to_json(self.json_schema)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ResponseFormatJsonSchema: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['json_schema']", _raw_type_)
            if type_ != "json_schema":
                raise ValueError(f"type must match const 'json_schema', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_json_schema = d.pop("json_schema", UNSET)
        try:
            json_schema = ResponseFormatJsonSchemaJsonSchema.from_dict(_raw_json_schema)

        except LENIENT_ERRORS:
            json_schema = _raw_json_schema

        parsed_obj_ = cls(
            type_=type_,
            json_schema=json_schema,
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
