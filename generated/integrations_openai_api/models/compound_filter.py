from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.compound_filter_type import CompoundFilterType, check_compound_filter_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comparison_filter import ComparisonFilter

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ComparisonFilter
    from ..models.comparison_filter import ComparisonFilter  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CompoundFilter")


def _parse_filters_item(data: object) -> ComparisonFilter | CompoundFilter:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ComparisonFilter,
                CompoundFilter,
            ),
        )
        if variant is None:
            return cast("ComparisonFilter | CompoundFilter", UnknownVariant(data))
        return cast("ComparisonFilter | CompoundFilter", variant.from_dict(data))
    return cast("ComparisonFilter | CompoundFilter", data)


@_attrs_define
class CompoundFilter:
    """Combine multiple filters using `and` or `or`."""

    type_: CompoundFilterType
    """ Type of operation: `and` or `or`. """
    filters: list[ComparisonFilter | CompoundFilter]
    """ Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "and",
            "or",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "filters",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "filters",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.filters, Unset):
            field_dict["filters"] = to_json(self.filters)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CompoundFilter: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = check_compound_filter_type(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_filters = d.pop("filters", UNSET)
        try:
            filters = []
            _filters = _raw_filters
            if not isinstance(_filters, list):
                raise TypeError()
            for filters_item_data in _filters:
                try:
                    filters_item = _parse_filters_item(filters_item_data)

                except LENIENT_ERRORS:
                    filters_item = filters_item_data
                filters.append(filters_item)

        except LENIENT_ERRORS:
            filters = _raw_filters

        parsed_obj_ = cls(
            type_=type_,
            filters=filters,
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
