from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.compound_filter_type import CompoundFilterType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comparison_filter import ComparisonFilter

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ComparisonFilter
    from ..models.comparison_filter import ComparisonFilter  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


@_attrs_define(repr=False)
class CompoundFilter(ApiModel):
    """Combine multiple filters using `and` or `or`."""

    type: CompoundFilterType
    """ Type of operation: `and` or `or`. """

    filters: list[ComparisonFilter | CompoundFilter | UnknownVariant]
    """ Array of filters to combine. Items can be `ComparisonFilter` or `CompoundFilter`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("filters", "filters"),
        ("type", "type"),
    )
    _recursive_: ClassVar[bool] = True
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "CompoundFilterType",
        "filters": "list[ComparisonFilter | CompoundFilter]",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.filters
        if value_1 is None:
            if "filters" in present:
                out["filters"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "filters" in present:
            out["filters"] = to_json(value_1)
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
        _raw_filters = get_("filters", UNSET)
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
        parsed_obj_.filters = AbsentList() if isinstance(filters, Unset) else filters
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
