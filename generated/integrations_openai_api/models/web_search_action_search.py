from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_action_search_sources_item import WebSearchActionSearchSourcesItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, WebSearchActionSearchSourcesItem
    from ..models.web_search_action_search_sources_item import WebSearchActionSearchSourcesItem  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="WebSearchActionSearch")


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


@_attrs_define
class WebSearchActionSearch:
    """Action type "search" - Performs a web search query."""

    query: None | str
    """ [DEPRECATED] The search query.
     """
    type_: Literal["search"] = "search"
    """ The action type.
     """
    queries: list[str] | None | Unset = UNSET
    """ The search queries.
     """
    sources: list[WebSearchActionSearchSourcesItem] | None | Unset = UNSET
    """ The sources used in the search.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.query, Unset):
            field_dict["query"] = to_json(self.query)
        if self.queries is not UNSET:
            field_dict["queries"] = to_json(self.queries)
        if self.sources is not UNSET:
            field_dict["sources"] = to_json(self.sources)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"WebSearchActionSearch: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['search']", _raw_type_)
            if type_ != "search":
                raise ValueError(f"type must match const 'search', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_query = d.pop("query", UNSET)
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

        parsed_obj_ = cls(
            type_=type_,
            query=query,
            queries=queries,
            sources=sources,
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
