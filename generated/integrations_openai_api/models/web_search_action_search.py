from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_action_search_sources_item import WebSearchActionSearchSourcesItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, WebSearchActionSearchSourcesItem
    from ..models.web_search_action_search_sources_item import WebSearchActionSearchSourcesItem  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class WebSearchActionSearch(ApiModel):
    """Action type "search" - Performs a web search query."""

    type: Literal["search"] = "search"
    """ The action type.
     """

    query: str | None = ABSENT
    """ [DEPRECATED] The search query.
     """

    queries: list[str] | None = ABSENT
    """ The search queries.
     """

    sources: list[WebSearchActionSearchSourcesItem] | None = ABSENT
    """ The sources used in the search.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("queries", "queries"),
        ("query", "query"),
        ("type", "type"),
        ("sources", "sources"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['search']",
        "query": "None | str",
        "queries": "list[str] | Unset",
        "sources": "list[WebSearchActionSearchSourcesItem] | Unset",
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.queries
        if value_1 is None:
            if "queries" in present:
                out["queries"] = None
        else:
            out["queries"] = to_json(value_1)
        value_2 = self.query
        if value_2 is None:
            if "query" in present:
                out["query"] = None
        else:
            out["query"] = to_json(value_2)
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
        value_4 = self.sources
        if value_4 is None:
            if "sources" in present:
                out["sources"] = None
        else:
            out["sources"] = to_json(value_4)
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
        parsed_obj_.query = get_("query")
        _raw_queries = get_("queries", UNSET)
        try:
            queries = cast("list[str]", _raw_queries)

        except LENIENT_ERRORS:
            queries = _raw_queries
        parsed_obj_.queries = None if isinstance(queries, Unset) else queries
        _raw_sources = get_("sources", UNSET)
        try:
            _sources = _raw_sources
            sources: list[WebSearchActionSearchSourcesItem] | Unset = UNSET
            if _sources is not UNSET:
                if not isinstance(_sources, list):
                    raise TypeError()
                sources = []
                for sources_item_data in _sources:
                    try:
                        sources_item = (
                            WebSearchActionSearchSourcesItem._from_dict_(sources_item_data)
                            if sources_item_data.__class__ is dict
                            else WebSearchActionSearchSourcesItem.from_dict(sources_item_data)
                        )
                    except LENIENT_ERRORS:
                        sources_item = sources_item_data
                    sources.append(sources_item)

        except LENIENT_ERRORS:
            sources = _raw_sources
        parsed_obj_.sources = None if isinstance(sources, Unset) else sources
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
