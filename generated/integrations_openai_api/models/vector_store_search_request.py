from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comparison_filter import ComparisonFilter
    from ..models.compound_filter import CompoundFilter
    from ..models.vector_store_search_request_ranking_options import (
        VectorStoreSearchRequestRankingOptions,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ComparisonFilter, CompoundFilter, VectorStoreSearchRequestRankingOptions
    from ..models.comparison_filter import ComparisonFilter  # noqa: PLC0415
    from ..models.compound_filter import CompoundFilter  # noqa: PLC0415
    from ..models.vector_store_search_request_ranking_options import (
        VectorStoreSearchRequestRankingOptions,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="VectorStoreSearchRequest")


def _parse_query(data: object) -> list[str] | str:
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        query_type_1 = cast("list[str]", data)

        return query_type_1
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | str", data)


def _parse_filters(data: object) -> ComparisonFilter | CompoundFilter | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ComparisonFilter,
                CompoundFilter,
            ),
        )
        if variant is None:
            return cast("ComparisonFilter | CompoundFilter | Unset", UnknownVariant(data))
        return cast("ComparisonFilter | CompoundFilter | Unset", variant.from_dict(data))
    return cast("ComparisonFilter | CompoundFilter | Unset", data)


@_attrs_define
class VectorStoreSearchRequest:
    query: list[str] | str
    """ A query string for a search """
    rewrite_query: bool | Unset = UNSET
    """ Whether to rewrite the natural language query for vector search.

    Server default: `false`. """
    max_num_results: int | Unset = UNSET
    """ The maximum number of results to return. This number should be between 1 and 50 inclusive.

    Server default: `10`. """
    filters: ComparisonFilter | CompoundFilter | Unset = UNSET
    """ A filter to apply based on file attributes. """
    ranking_options: VectorStoreSearchRequestRankingOptions | Unset = UNSET
    """ Ranking options for search. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("query",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "query",
            "rewrite_query",
            "max_num_results",
            "filters",
            "ranking_options",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.query, Unset):
            field_dict["query"] = to_json(self.query)
        if self.rewrite_query is not UNSET:
            field_dict["rewrite_query"] = self.rewrite_query
        if self.max_num_results is not UNSET:
            field_dict["max_num_results"] = self.max_num_results
        if self.filters is not UNSET:
            field_dict["filters"] = to_json(self.filters)
        if self.ranking_options is not UNSET:
            field_dict["ranking_options"] = to_json(self.ranking_options)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"VectorStoreSearchRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_query = d.pop("query", UNSET)
        try:
            query = _parse_query(_raw_query)

        except LENIENT_ERRORS:
            query = _raw_query

        rewrite_query = d.pop("rewrite_query", UNSET)

        max_num_results = d.pop("max_num_results", UNSET)

        _raw_filters = d.pop("filters", UNSET)
        try:
            filters = _parse_filters(_raw_filters)

        except LENIENT_ERRORS:
            filters = _raw_filters

        _raw_ranking_options = d.pop("ranking_options", UNSET)
        try:
            _ranking_options = _raw_ranking_options
            ranking_options: VectorStoreSearchRequestRankingOptions | Unset
            if isinstance(_ranking_options, Unset):
                ranking_options = UNSET
            else:
                ranking_options = VectorStoreSearchRequestRankingOptions.from_dict(_ranking_options)

        except LENIENT_ERRORS:
            ranking_options = _raw_ranking_options

        parsed_obj_ = cls(
            query=query,
            rewrite_query=rewrite_query,
            max_num_results=max_num_results,
            filters=filters,
            ranking_options=ranking_options,
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
