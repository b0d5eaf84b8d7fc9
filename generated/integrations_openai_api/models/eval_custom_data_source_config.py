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
    from ..models.eval_custom_data_source_config_schema import EvalCustomDataSourceConfigSchema

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EvalCustomDataSourceConfigSchema
    from ..models.eval_custom_data_source_config_schema import EvalCustomDataSourceConfigSchema  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class EvalCustomDataSourceConfig(ApiModel):
    """A CustomDataSourceConfig which specifies the schema of your `item` and optionally `sample` namespaces.
    The response schema defines the shape of the data that will be:
    - Used to define your testing criteria and
    - What data is required when creating a run

    """

    schema: EvalCustomDataSourceConfigSchema
    """ The json schema for the run data source items.
    Learn how to build JSON schemas [here](https://json-schema.org/).
     """

    type: Literal["custom"] = "custom"
    """ The type of data source. Always `custom`. """

    _sdk_attrs_: ClassVar[dict[str, str]] = {"schema": "schema_"}

    @property
    def schema_(self) -> EvalCustomDataSourceConfigSchema:
        """`schema` under the official SDK's name."""
        return self.schema

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("schema", "schema"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['custom']",
        "schema": "EvalCustomDataSourceConfigSchema",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("custom",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "schema",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "schema",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.schema
        if value_1 is None:
            if "schema" in present:
                out["schema"] = None
        else:
            out["schema"] = to_json(value_1)
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
        schema = get_("schema")
        if schema is not None:
            try:
                schema = (
                    EvalCustomDataSourceConfigSchema._from_dict_(schema)
                    if schema.__class__ is dict
                    else EvalCustomDataSourceConfigSchema.from_dict(schema)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.schema = schema
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
