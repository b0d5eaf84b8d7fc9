from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseFormatJsonSchemaSchema
    from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema  # noqa: PLC0415

    _lazy_loaded = True


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


@_attrs_define(repr=False)
class ResponseFormatJsonSchemaJsonSchema(ApiModel):
    """Structured Outputs configuration options, including a JSON Schema."""

    name: str
    """ The name of the response format. Must be a-z, A-Z, 0-9, or contain
    underscores and dashes, with a maximum length of 64.
     """

    description: str | None = ABSENT
    """ A description of what the response format is for, used by the model to
    determine how to respond in the format.
     """

    schema: ResponseFormatJsonSchemaSchema | None = ABSENT

    strict: bool | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("description", "description"),
        ("schema", "schema"),
        ("strict", "strict"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str",
        "description": "None | str | Unset",
        "schema": "None | ResponseFormatJsonSchemaSchema | Unset",
        "strict": "bool | None | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = d.pop("name", None)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = name
        parsed_obj_.description = None if isinstance(description, Unset) else description
        parsed_obj_.schema = None if isinstance(schema, Unset) else schema
        parsed_obj_.strict = None if isinstance(strict, Unset) else strict
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
