from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="EvalLogsDataSourceConfig")


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None | Unset", data)


@_attrs_define
class EvalLogsDataSourceConfig:
    """A LogsDataSourceConfig which specifies the metadata property of your logs query.
    This is usually metadata like `usecase=chatbot` or `prompt-version=v2`, etc.
    The schema returned by this data source config is used to defined what variables are available in your evals.
    `item` and `sample` are both defined when using this data source config.

    """

    schema: EvalCustomDataSourceConfigSchema
    """ The json schema for the run data source items.
    Learn how to build JSON schemas [here](https://json-schema.org/).
     """
    type_: Literal["logs"] = "logs"
    """ The type of data source. Always `logs`. """
    metadata: Metadata2 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.schema, Unset):
            field_dict["schema"] = to_json(self.schema)
        if self.metadata is not UNSET:
            field_dict["metadata"] = to_json(self.metadata)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"EvalLogsDataSourceConfig: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['logs']", _raw_type_)
            if type_ != "logs":
                raise ValueError(f"type must match const 'logs', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_schema = d.pop("schema", UNSET)
        try:
            schema = EvalCustomDataSourceConfigSchema.from_dict(_raw_schema)

        except LENIENT_ERRORS:
            schema = _raw_schema

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        parsed_obj_ = cls(
            type_=type_,
            schema=schema,
            metadata=metadata,
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
