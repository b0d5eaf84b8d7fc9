from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import ABSENT, ApiModel
from ..models.vector_store_search_request_ranking_options_ranker import (
    VectorStoreSearchRequestRankingOptionsRanker,
    check_vector_store_search_request_ranking_options_ranker,
)
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class VectorStoreSearchRequestRankingOptions(ApiModel):
    """Ranking options for search."""

    ranker: str | VectorStoreSearchRequestRankingOptionsRanker | None = ABSENT
    """ Enable re-ranking; set to `none` to disable, which can help reduce latency.

    Server default: `"auto"`. """

    score_threshold: float | None = ABSENT
    """ Server default: `0`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ranker", "ranker"),
        ("score_threshold", "score_threshold"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "ranker": "VectorStoreSearchRequestRankingOptionsRanker | Unset",
        "score_threshold": "float | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.ranker
        if value_1 is None:
            if "ranker" in present:
                out["ranker"] = None
        else:
            out["ranker"] = value_1
        value_2 = self.score_threshold
        if value_2 is None:
            if "score_threshold" in present:
                out["score_threshold"] = None
        else:
            out["score_threshold"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
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

        score_threshold = as_float(d.pop("score_threshold", None))

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.ranker = None if isinstance(ranker, Unset) else ranker
        parsed_obj_.score_threshold = score_threshold
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
