from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comparison_filter import ComparisonFilter
    from ..models.compound_filter import CompoundFilter
    from ..models.ranking_options import RankingOptions

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ComparisonFilter, CompoundFilter, RankingOptions
    from ..models.comparison_filter import ComparisonFilter  # noqa: PLC0415
    from ..models.compound_filter import CompoundFilter  # noqa: PLC0415
    from ..models.ranking_options import RankingOptions  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_filters(data: object) -> ComparisonFilter | CompoundFilter | None | Unset:
    if data is None:
        return data
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
            return cast("ComparisonFilter | CompoundFilter | None | Unset", UnknownVariant(data))
        return cast("ComparisonFilter | CompoundFilter | None | Unset", variant.from_dict(data))
    return cast("ComparisonFilter | CompoundFilter | None | Unset", data)


@_attrs_define(repr=False)
class FileSearchTool(ApiModel):
    """A tool that searches for relevant content from uploaded files. Learn more about the [file search
    tool](https://platform.openai.com/docs/guides/tools-file-search).

    """

    vector_store_ids: list[str]
    """ The IDs of the vector stores to search. """

    type: Literal["file_search"] = "file_search"
    """ The type of the file search tool. Always `file_search`. """

    max_num_results: int | None = ABSENT
    """ The maximum number of results to return. This number should be between 1 and 50 inclusive. """

    ranking_options: RankingOptions | None = ABSENT

    filters: ComparisonFilter | CompoundFilter | UnknownVariant | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("vector_store_ids", "vector_store_ids"),
        ("filters", "filters"),
        ("max_num_results", "max_num_results"),
        ("ranking_options", "ranking_options"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['file_search']",
        "vector_store_ids": "list[str]",
        "max_num_results": "int | Unset",
        "ranking_options": "RankingOptions | Unset",
        "filters": "ComparisonFilter | CompoundFilter | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("file_search",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "vector_store_ids",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "vector_store_ids",
            "max_num_results",
            "ranking_options",
            "filters",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.vector_store_ids
        if value_2 is None:
            if "vector_store_ids" in present:
                out["vector_store_ids"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "vector_store_ids" in present:
            out["vector_store_ids"] = to_json(value_2)
        value_3 = self.filters
        if value_3 is None:
            if "filters" in present:
                out["filters"] = None
        else:
            out["filters"] = to_json(value_3)
        value_4 = self.max_num_results
        if value_4 is None:
            if "max_num_results" in present:
                out["max_num_results"] = None
        else:
            out["max_num_results"] = value_4
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
        parsed_obj_.type = get_("type")
        _raw_vector_store_ids = get_("vector_store_ids", UNSET)
        try:
            vector_store_ids = cast("list[str]", _raw_vector_store_ids)

        except LENIENT_ERRORS:
            vector_store_ids = _raw_vector_store_ids
        parsed_obj_.vector_store_ids = (
            AbsentList() if isinstance(vector_store_ids, Unset) else vector_store_ids
        )
        parsed_obj_.max_num_results = get_("max_num_results")
        ranking_options = get_("ranking_options")
        if ranking_options is not None:
            try:
                ranking_options = (
                    RankingOptions._from_dict_(ranking_options)
                    if ranking_options.__class__ is dict
                    else RankingOptions.from_dict(ranking_options)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.ranking_options = ranking_options
        _raw_filters = get_("filters", UNSET)
        if _raw_filters is not None and _raw_filters is not UNSET:
            try:
                filters = _parse_filters(_raw_filters)

            except LENIENT_ERRORS:
                filters = _raw_filters
        else:
            filters = _raw_filters
        parsed_obj_.filters = None if isinstance(filters, Unset) else filters
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
