from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseFormatJsonSchemaSchema
    from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema  # noqa: PLC0415

    _lazy_loaded = True


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
    """ The schema for the response format, described as a JSON Schema object.
    Learn how to build JSON schemas [here](https://json-schema.org/).
     """

    strict: bool | None = ABSENT

    _sdk_name_: ClassVar[str] = "JSONSchema"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("description", "description"),
        ("schema", "schema"),
        ("strict", "strict"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "name": "str",
        "description": "str | Unset",
        "schema": "ResponseFormatJsonSchemaSchema | Unset",
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
        value_3 = self.schema
        if value_3 is None:
            if "schema" in present:
                out["schema"] = None
        else:
            out["schema"] = to_json(value_3)
        value_4 = self.strict
        if value_4 is None:
            if "strict" in present:
                out["strict"] = None
        else:
            out["strict"] = to_json(value_4)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        name = d.pop("name", None)

        description = d.pop("description", None)

        _raw_schema = d.pop("schema", UNSET)
        try:
            _schema = _raw_schema
            schema: ResponseFormatJsonSchemaSchema | Unset
            if isinstance(_schema, Unset):
                schema = UNSET
            else:
                schema = ResponseFormatJsonSchemaSchema.from_dict(_schema)

        except LENIENT_ERRORS:
            schema = _raw_schema

        strict = d.pop("strict", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = name
        parsed_obj_.description = description
        parsed_obj_.schema = None if isinstance(schema, Unset) else schema
        parsed_obj_.strict = strict
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
