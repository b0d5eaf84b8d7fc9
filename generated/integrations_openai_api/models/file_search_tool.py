from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
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


T = TypeVar("T", bound="FileSearchTool")


def _parse_max_num_results(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_ranking_options(data: object) -> None | RankingOptions | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RankingOptions.from_dict(data)
    return cast("None | RankingOptions | Unset", data)


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


@_attrs_define
class FileSearchTool:
    """A tool that searches for relevant content from uploaded files. Learn more about the [file search
    tool](https://platform.openai.com/docs/guides/tools-file-search).

    """

    vector_store_ids: list[str]
    """ The IDs of the vector stores to search. """
    type_: Literal["file_search"] = "file_search"
    """ The type of the file search tool. Always `file_search`. """
    max_num_results: int | None | Unset = UNSET
    """ The maximum number of results to return. This number should be between 1 and 50 inclusive. """
    ranking_options: None | RankingOptions | Unset = UNSET
    filters: ComparisonFilter | CompoundFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.vector_store_ids, Unset):
            field_dict["vector_store_ids"] = to_json(self.vector_store_ids)
        if self.max_num_results is not UNSET:
            field_dict["max_num_results"] = to_json(self.max_num_results)
        if self.ranking_options is not UNSET:
            field_dict["ranking_options"] = to_json(self.ranking_options)
        if self.filters is not UNSET:
            field_dict["filters"] = to_json(self.filters)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FileSearchTool: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['file_search']", _raw_type_)
            if type_ != "file_search":
                raise ValueError(f"type must match const 'file_search', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_vector_store_ids = d.pop("vector_store_ids", UNSET)
        try:
            vector_store_ids = cast("list[str]", _raw_vector_store_ids)

        except LENIENT_ERRORS:
            vector_store_ids = _raw_vector_store_ids

        _raw_max_num_results = d.pop("max_num_results", UNSET)
        try:
            max_num_results = _parse_max_num_results(_raw_max_num_results)

        except LENIENT_ERRORS:
            max_num_results = _raw_max_num_results

        _raw_ranking_options = d.pop("ranking_options", UNSET)
        try:
            ranking_options = _parse_ranking_options(_raw_ranking_options)

        except LENIENT_ERRORS:
            ranking_options = _raw_ranking_options

        _raw_filters = d.pop("filters", UNSET)
        try:
            filters = _parse_filters(_raw_filters)

        except LENIENT_ERRORS:
            filters = _raw_filters

        parsed_obj_ = cls(
            type_=type_,
            vector_store_ids=vector_store_ids,
            max_num_results=max_num_results,
            ranking_options=ranking_options,
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
