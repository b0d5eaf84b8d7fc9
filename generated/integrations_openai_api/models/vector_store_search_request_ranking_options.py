from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.vector_store_search_request_ranking_options_ranker import (
    VectorStoreSearchRequestRankingOptionsRanker,
    check_vector_store_search_request_ranking_options_ranker,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="VectorStoreSearchRequestRankingOptions")


@_attrs_define
class VectorStoreSearchRequestRankingOptions:
    """Ranking options for search."""

    ranker: VectorStoreSearchRequestRankingOptionsRanker | Unset = UNSET
    """ Enable re-ranking; set to `none` to disable, which can help reduce latency.

    Server default: `"auto"`. """
    score_threshold: float | Unset = UNSET
    """ Server default: `0`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "ranker": (
            "auto",
            "default-2024-11-15",
            "none",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "ranker",
            "score_threshold",
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
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"VectorStoreSearchRequestRankingOptions: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_ranker = d.pop("ranker", UNSET)
        try:
            _ranker = _raw_ranker
            ranker: VectorStoreSearchRequestRankingOptionsRanker | Unset
            if isinstance(_ranker, Unset):
                ranker = UNSET
            else:
                ranker = check_vector_store_search_request_ranking_options_ranker(_ranker)

        except LENIENT_ERRORS:
            ranker = _raw_ranker

        score_threshold = d.pop("score_threshold", UNSET)

        parsed_obj_ = cls(
            ranker=ranker,
            score_threshold=score_threshold,
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
