from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ResponseFormatJsonSchemaSchema
    from ..models.response_format_json_schema_schema import ResponseFormatJsonSchemaSchema  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
    _sdk_attrs_: ClassVar[dict[str, str]] = {"schema": "schema_"}

    @property
    def schema_(self) -> ResponseFormatJsonSchemaSchema | None:
        """`schema` under the official SDK's name."""
        return self.schema

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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.name = get_("name")
        parsed_obj_.description = get_("description")
        schema = get_("schema")
        if schema is not None:
            try:
                schema = (
                    ResponseFormatJsonSchemaSchema._from_dict_(schema)
                    if schema.__class__ is dict
                    else ResponseFormatJsonSchemaSchema.from_dict(schema)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.schema = schema
        parsed_obj_.strict = get_("strict")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
