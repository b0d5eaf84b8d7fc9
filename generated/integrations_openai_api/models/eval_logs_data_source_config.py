from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_custom_data_source_config_schema import EvalCustomDataSourceConfigSchema
    from ..models.metadata_2 import Metadata2

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, EvalCustomDataSourceConfigSchema, Metadata2
    from ..models.eval_custom_data_source_config_schema import EvalCustomDataSourceConfigSchema  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define(repr=False)
class EvalLogsDataSourceConfig(ApiModel):
    """A LogsDataSourceConfig which specifies the metadata property of your logs query.
    This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.
    The schema returned by this data source config is used to defined what variables are available in your evals.
    `item` and `sample` are both defined when using this data source config.

    """

    schema: EvalCustomDataSourceConfigSchema
    """ The json schema for the run data source items.
    Learn how to build JSON schemas [here](https://json-schema.org/).
     """

    type: Literal["logs"] = "logs"
    """ The type of data source. Always `logs`. """

    metadata: Metadata2 | None = ABSENT

    _sdk_name_: ClassVar[str] = "DataSourceConfigLogs"
    _sdk_attrs_: ClassVar[dict[str, str]] = {"schema": "schema_"}

    @property
    def schema_(self) -> EvalCustomDataSourceConfigSchema:
        """`schema` under the official SDK's name."""
        return self.schema

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("schema", "schema"),
        ("type", "type"),
        ("metadata", "metadata"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['logs']",
        "schema": "EvalCustomDataSourceConfigSchema",
        "metadata": "Metadata2 | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("logs",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "schema",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "schema",
            "metadata",
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
        value_3 = self.metadata
        if value_3 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_3)
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
        _raw_metadata = get_("metadata", UNSET)
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
