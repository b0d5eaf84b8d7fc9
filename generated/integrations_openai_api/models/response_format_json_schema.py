from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.response_format_json_schema_json_schema import ResponseFormatJsonSchemaJsonSchema

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseFormatJsonSchemaJsonSchema
    from ..models.response_format_json_schema_json_schema import ResponseFormatJsonSchemaJsonSchema  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class ResponseFormatJsonSchema(ApiModel):
    """JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs).

    """

    json_schema: ResponseFormatJsonSchemaJsonSchema
    """ Structured Outputs configuration options, including a JSON Schema.
     """

    type: Literal["json_schema"] = "json_schema"
    """ The type of response format being defined. Always `json_schema`. """

    _sdk_name_: ClassVar[str] = "ResponseFormatJSONSchema"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("json_schema", "json_schema"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['json_schema']",
        "json_schema": "ResponseFormatJsonSchemaJsonSchema",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.json_schema
        if value_1 is None:
            if "json_schema" in present:
                out["json_schema"] = None
        else:
            out["json_schema"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = d.pop("type", None)

        _raw_json_schema = d.pop("json_schema", None)
        try:
            json_schema = ResponseFormatJsonSchemaJsonSchema.from_dict(_raw_json_schema)

        except LENIENT_ERRORS:
            json_schema = _raw_json_schema

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.json_schema = json_schema
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
