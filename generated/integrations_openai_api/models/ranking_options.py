from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.ranker_version_type import RankerVersionType, check_ranker_version_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hybrid_search_options import HybridSearchOptions

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, HybridSearchOptions
    from ..models.hybrid_search_options import HybridSearchOptions  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="RankingOptions")


def _parse_ranker(data: object) -> None | RankerVersionType | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        ranker_type_0 = check_ranker_version_type(data)

        return ranker_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | RankerVersionType | Unset", data)


def _parse_score_threshold(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_hybrid_search(data: object) -> HybridSearchOptions | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return HybridSearchOptions.from_dict(data)
    return cast("HybridSearchOptions | None | Unset", data)


@_attrs_define
class RankingOptions:
    ranker: None | RankerVersionType | Unset = UNSET
    score_threshold: float | None | Unset = UNSET
    """ The score threshold for the file search, a number between 0 and 1. Numbers closer to 1 will attempt to
    return only the most relevant results, but may return fewer results. """
    hybrid_search: HybridSearchOptions | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "ranker",
            "score_threshold",
            "hybrid_search",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.ranker is not UNSET:
            field_dict["ranker"] = to_json(self.ranker)
        if self.score_threshold is not UNSET:
            field_dict["score_threshold"] = to_json(self.score_threshold)
        if self.hybrid_search is not UNSET:
            field_dict["hybrid_search"] = to_json(self.hybrid_search)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RankingOptions: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_ranker = d.pop("ranker", UNSET)
        try:
            ranker = _parse_ranker(_raw_ranker)

        except LENIENT_ERRORS:
            ranker = _raw_ranker

        _raw_score_threshold = d.pop("score_threshold", UNSET)
        try:
            score_threshold = _parse_score_threshold(_raw_score_threshold)

        except LENIENT_ERRORS:
            score_threshold = _raw_score_threshold

        _raw_hybrid_search = d.pop("hybrid_search", UNSET)
        try:
            hybrid_search = _parse_hybrid_search(_raw_hybrid_search)

        except LENIENT_ERRORS:
            hybrid_search = _raw_hybrid_search

        parsed_obj_ = cls(
            ranker=ranker,
            score_threshold=score_threshold,
            hybrid_search=hybrid_search,
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
