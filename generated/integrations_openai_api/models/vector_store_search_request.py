from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


@_attrs_define(repr=False)
class VectorStoreSearchRequest(ApiModel):
    query: list[str] | str
    """ A query string for a search """

    rewrite_query: bool | None = ABSENT
    """ Whether to rewrite the natural language query for vector search.

    Server default: `false`. """

    max_num_results: int | None = ABSENT
    """ The maximum number of results to return. This number should be between 1 and 50 inclusive.

    Server default: `10`. """

    filters: ComparisonFilter | CompoundFilter | UnknownVariant | None = ABSENT
    """ A filter to apply based on file attributes. """

    ranking_options: VectorStoreSearchRequestRankingOptions | None = ABSENT
    """ Ranking options for search. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("query", "query"),
        ("rewrite_query", "rewrite_query"),
        ("max_num_results", "max_num_results"),
        ("filters", "filters"),
        ("ranking_options", "ranking_options"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "query": "list[str] | str",
        "rewrite_query": "bool | Unset",
        "max_num_results": "int | Unset",
        "filters": "ComparisonFilter | CompoundFilter | Unset",
        "ranking_options": "VectorStoreSearchRequestRankingOptions | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.query
        if value_1 is None:
            if "query" in present:
                out["query"] = None
        else:
            out["query"] = to_json(value_1)
        value_2 = self.rewrite_query
        if value_2 is None:
            if "rewrite_query" in present:
                out["rewrite_query"] = None
        else:
            out["rewrite_query"] = value_2
        value_3 = self.max_num_results
        if value_3 is None:
            if "max_num_results" in present:
                out["max_num_results"] = None
        else:
            out["max_num_results"] = value_3
        value_4 = self.filters
        if value_4 is None:
            if "filters" in present:
                out["filters"] = None
        else:
            out["filters"] = to_json(value_4)
        value_5 = self.ranking_options
        if value_5 is None:
            if "ranking_options" in present:
                out["ranking_options"] = None
        else:
            out["ranking_options"] = to_json(value_5)
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
        _raw_query = get_("query", None)
        try:
            query = _parse_query(_raw_query)

        except LENIENT_ERRORS:
            query = _raw_query
        parsed_obj_.query = query
        parsed_obj_.rewrite_query = get_("rewrite_query")
        parsed_obj_.max_num_results = get_("max_num_results")
        _raw_filters = get_("filters", UNSET)
        if _raw_filters is not UNSET:
            try:
                filters = _parse_filters(_raw_filters)

            except LENIENT_ERRORS:
                filters = _raw_filters
        else:
            filters = _raw_filters
        parsed_obj_.filters = None if isinstance(filters, Unset) else filters
        ranking_options = get_("ranking_options")
        if ranking_options is not None:
            try:
                ranking_options = (
                    VectorStoreSearchRequestRankingOptions._from_dict_(ranking_options)
                    if ranking_options.__class__ is dict
                    else VectorStoreSearchRequestRankingOptions.from_dict(ranking_options)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.ranking_options = ranking_options
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
