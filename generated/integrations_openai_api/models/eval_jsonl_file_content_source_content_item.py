from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eval_jsonl_file_content_source_content_item_item import (
        EvalJsonlFileContentSourceContentItemItem,
    )
    from ..models.eval_jsonl_file_content_source_content_item_sample import (
        EvalJsonlFileContentSourceContentItemSample,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        EvalJsonlFileContentSourceContentItemItem, \
        EvalJsonlFileContentSourceContentItemSample
    from ..models.eval_jsonl_file_content_source_content_item_item import (
        EvalJsonlFileContentSourceContentItemItem,  # noqa: PLC0415
    )
    from ..models.eval_jsonl_file_content_source_content_item_sample import (
        EvalJsonlFileContentSourceContentItemSample,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="EvalJsonlFileContentSourceContentItem")


def _parse_sample(data: object) -> EvalJsonlFileContentSourceContentItemSample | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return EvalJsonlFileContentSourceContentItemSample.from_dict(data)
    return cast("EvalJsonlFileContentSourceContentItemSample | None | Unset", data)


@_attrs_define
class EvalJsonlFileContentSourceContentItem:
    item: EvalJsonlFileContentSourceContentItemItem
    sample: EvalJsonlFileContentSourceContentItemSample | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("item",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "item",
            "sample",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.item, Unset):
            field_dict["item"] = to_json(self.item)
        if self.sample is not UNSET:
            field_dict["sample"] = to_json(self.sample)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"EvalJsonlFileContentSourceContentItem: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_item = d.pop("item", UNSET)
        try:
            item = EvalJsonlFileContentSourceContentItemItem.from_dict(_raw_item)

        except LENIENT_ERRORS:
            item = _raw_item

        _raw_sample = d.pop("sample", UNSET)
        try:
            sample = _parse_sample(_raw_sample)

        except LENIENT_ERRORS:
            sample = _raw_sample

        parsed_obj_ = cls(
            item=item,
            sample=sample,
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
