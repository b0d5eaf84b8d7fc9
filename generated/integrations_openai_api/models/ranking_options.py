from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

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


@_attrs_define
class RankingOptions:
    ranker: RankerVersionType | Unset = UNSET
    score_threshold: float | Unset = UNSET
    """ The score threshold for the file search, a number between 0 and 1. Numbers closer to 1 will attempt to
    return only the most relevant results, but may return fewer results. """
    hybrid_search: HybridSearchOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "ranker": (
            "auto",
            "default-2024-11-15",
        ),
    }
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
            field_dict["ranker"] = self.ranker
        if self.score_threshold is not UNSET:
            field_dict["score_threshold"] = self.score_threshold
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
            _ranker = _raw_ranker
            ranker: RankerVersionType | Unset
            if isinstance(_ranker, Unset):
                ranker = UNSET
            else:
                ranker = check_ranker_version_type(_ranker)

        except LENIENT_ERRORS:
            ranker = _raw_ranker

        score_threshold = d.pop("score_threshold", UNSET)

        _raw_hybrid_search = d.pop("hybrid_search", UNSET)
        try:
            _hybrid_search = _raw_hybrid_search
            hybrid_search: HybridSearchOptions | Unset
            if isinstance(_hybrid_search, Unset):
                hybrid_search = UNSET
            else:
                hybrid_search = HybridSearchOptions.from_dict(_hybrid_search)

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
