from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="CreateEvalCustomDataSourceConfig")


@_attrs_define
class CreateEvalCustomDataSourceConfig:
    """A CustomDataSourceConfig object that defines the schema for the data source used for the evaluation runs.
    This schema is used to define the shape of the data that will be:
    - Used to define your testing criteria and
    - What data is required when creating a run

    """

    item_schema: CreateEvalCustomDataSourceConfigItemSchema
    """ The json schema for each row in the data source. """
    type_: Literal["custom"] = "custom"
    """ The type of data source. Always `custom`. """
    include_sample_schema: bool | Unset = UNSET
    """ Whether the eval should expect you to populate the sample namespace (ie, by generating responses off of your
    data source)

    Server default: `false`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.item_schema, Unset):
            field_dict["item_schema"] = to_json(self.item_schema)
        if self.include_sample_schema is not UNSET:
            field_dict["include_sample_schema"] = self.include_sample_schema
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateEvalCustomDataSourceConfig: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['custom']", _raw_type_)
            if type_ != "custom":
                raise ValueError(f"type must match const 'custom', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_item_schema = d.pop("item_schema", UNSET)
        try:
            item_schema = CreateEvalCustomDataSourceConfigItemSchema.from_dict(_raw_item_schema)

        except LENIENT_ERRORS:
            item_schema = _raw_item_schema

        include_sample_schema = d.pop("include_sample_schema", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            item_schema=item_schema,
            include_sample_schema=include_sample_schema,
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
