from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.response_format_json_schema_json_schema import ResponseFormatJsonSchemaJsonSchema

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseFormatJsonSchemaJsonSchema
    from ..models.response_format_json_schema_json_schema import ResponseFormatJsonSchemaJsonSchema  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        json_schema = get_("json_schema")
        if json_schema is not None:
            try:
                json_schema = (
                    ResponseFormatJsonSchemaJsonSchema._from_dict_(json_schema)
                    if json_schema.__class__ is dict
                    else ResponseFormatJsonSchemaJsonSchema.from_dict(json_schema)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.json_schema = json_schema
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
