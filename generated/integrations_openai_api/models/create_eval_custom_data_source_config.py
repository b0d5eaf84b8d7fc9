from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

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
    from ..models.create_eval_custom_data_source_config_item_schema import (
        CreateEvalCustomDataSourceConfigItemSchema,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, CreateEvalCustomDataSourceConfigItemSchema
    from ..models.create_eval_custom_data_source_config_item_schema import (
        CreateEvalCustomDataSourceConfigItemSchema,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class CreateEvalCustomDataSourceConfig(ApiModel):
    """A CustomDataSourceConfig object that defines the schema for the data source used for the evaluation runs.
    This schema is used to define the shape of the data that will be:
    - Used to define your testing criteria and
    - What data is required when creating a run

    """

    item_schema: CreateEvalCustomDataSourceConfigItemSchema
    """ The json schema for each row in the data source. """

    type: Literal["custom"] = "custom"
    """ The type of data source. Always `custom`. """

    include_sample_schema: bool | None = ABSENT
    """ Whether the eval should expect you to populate the sample namespace (ie, by generating responses off of your
    data source)

    Server default: `false`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("item_schema", "item_schema"),
        ("include_sample_schema", "include_sample_schema"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['custom']",
        "item_schema": "CreateEvalCustomDataSourceConfigItemSchema",
        "include_sample_schema": "bool | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("custom",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "item_schema",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "item_schema",
            "include_sample_schema",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.item_schema
        if value_2 is None:
            if "item_schema" in present:
                out["item_schema"] = None
        else:
            out["item_schema"] = to_json(value_2)
        value_3 = self.include_sample_schema
        if value_3 is None:
            if "include_sample_schema" in present:
                out["include_sample_schema"] = None
        else:
            out["include_sample_schema"] = value_3
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
        item_schema = get_("item_schema")
        if item_schema is not None:
            try:
                item_schema = (
                    CreateEvalCustomDataSourceConfigItemSchema._from_dict_(item_schema)
                    if item_schema.__class__ is dict
                    else CreateEvalCustomDataSourceConfigItemSchema.from_dict(item_schema)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.item_schema = item_schema
        parsed_obj_.include_sample_schema = get_("include_sample_schema")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
