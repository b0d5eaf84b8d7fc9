from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_action_search_sources_item import WebSearchActionSearchSourcesItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, WebSearchActionSearchSourcesItem
    from ..models.web_search_action_search_sources_item import WebSearchActionSearchSourcesItem  # noqa: PLC0415

    _lazy_loaded = True


def _parse_query(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_queries(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        queries_type_0 = cast("list[str]", data)

        return queries_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


def _parse_sources(data: object) -> list[WebSearchActionSearchSourcesItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        sources_type_0 = []
        _sources_type_0 = data
        if not isinstance(_sources_type_0, list):
            raise TypeError()
        for sources_type_0_item_data in _sources_type_0:
            try:
                sources_type_0_item = WebSearchActionSearchSourcesItem.from_dict(
                    sources_type_0_item_data
                )

            except LENIENT_ERRORS:
                sources_type_0_item = sources_type_0_item_data
            sources_type_0.append(sources_type_0_item)

        return sources_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[WebSearchActionSearchSourcesItem] | None | Unset", data)


@_attrs_define(repr=False)
class WebSearchActionSearch(ApiModel):
    """Action type "search" - Performs a web search query."""

    query: str | None
    """ [DEPRECATED] The search query.
     """

    type: Literal["search"] = "search"
    """ The action type.
     """

    queries: list[str] | None = ABSENT
    """ The search queries.
     """

    sources: list[WebSearchActionSearchSourcesItem] | None = ABSENT
    """ The sources used in the search.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("query", "query"),
        ("queries", "queries"),
        ("sources", "sources"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['search']",
        "query": "None | str",
        "queries": "list[str] | None | Unset",
        "sources": "list[WebSearchActionSearchSourcesItem] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("search",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "query",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "query",
            "queries",
            "sources",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["search"]', _raw_type_)
            if type_ != "search":
                raise ValueError(f"type must match const 'search', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_query = d.pop("query", None)
        try:
            query = _parse_query(_raw_query)

        except LENIENT_ERRORS:
            query = _raw_query

        _raw_queries = d.pop("queries", UNSET)
        try:
            queries = _parse_queries(_raw_queries)

        except LENIENT_ERRORS:
            queries = _raw_queries

        _raw_sources = d.pop("sources", UNSET)
        try:
            sources = _parse_sources(_raw_sources)

        except LENIENT_ERRORS:
            sources = _raw_sources

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.query = query
        parsed_obj_.queries = None if isinstance(queries, Unset) else queries
        parsed_obj_.sources = None if isinstance(sources, Unset) else sources
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
