from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_errors_data_item import BatchErrorsDataItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, BatchErrorsDataItem
    from ..models.batch_errors_data_item import BatchErrorsDataItem  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="BatchErrors")


def _parse_object_(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_data(data: object) -> list[BatchErrorsDataItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        data_type_0 = []
        _data_type_0 = data
        if not isinstance(_data_type_0, list):
            raise TypeError()
        for data_type_0_item_data in _data_type_0:
            try:
                data_type_0_item = BatchErrorsDataItem.from_dict(data_type_0_item_data)

            except LENIENT_ERRORS:
                data_type_0_item = data_type_0_item_data
            data_type_0.append(data_type_0_item)

        return data_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[BatchErrorsDataItem] | None | Unset", data)


@_attrs_define
class BatchErrors:
    object_: None | str | Unset = UNSET
    """ The object type, which is always `list`. """
    data: list[BatchErrorsDataItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "data",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.object_ is not UNSET:
            field_dict["object"] = to_json(self.object_)
        if self.data is not UNSET:
            field_dict["data"] = to_json(self.data)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"BatchErrors: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = _parse_object_(_raw_object_)

        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_data = d.pop("data", UNSET)
        try:
            data = _parse_data(_raw_data)

        except LENIENT_ERRORS:
            data = _raw_data

        parsed_obj_ = cls(
            object_=object_,
            data=data,
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
