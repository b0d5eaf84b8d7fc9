from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..models.ranker_version_type import RankerVersionType, check_ranker_version_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hybrid_search_options import HybridSearchOptions

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, HybridSearchOptions
    from ..models.hybrid_search_options import HybridSearchOptions  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class RankingOptions(ApiModel):
    ranker: RankerVersionType | str | None = ABSENT

    score_threshold: float | None = ABSENT
    """ The score threshold for the file search, a number between 0 and 1. Numbers closer to 1 will attempt to
    return only the most relevant results, but may return fewer results. """

    hybrid_search: HybridSearchOptions | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("hybrid_search", "hybrid_search"),
        ("ranker", "ranker"),
        ("score_threshold", "score_threshold"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "ranker": "RankerVersionType | Unset",
        "score_threshold": "float | Unset",
        "hybrid_search": "HybridSearchOptions | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.hybrid_search
        if value_1 is None:
            if "hybrid_search" in present:
                out["hybrid_search"] = None
        else:
            out["hybrid_search"] = to_json(value_1)
        value_2 = self.ranker
        if value_2 is None:
            if "ranker" in present:
                out["ranker"] = None
        else:
            out["ranker"] = value_2
        value_3 = self.score_threshold
        if value_3 is None:
            if "score_threshold" in present:
                out["score_threshold"] = None
        else:
            out["score_threshold"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
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

        score_threshold = d.pop("score_threshold", None)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.ranker = None if isinstance(ranker, Unset) else ranker
        parsed_obj_.score_threshold = score_threshold
        parsed_obj_.hybrid_search = None if isinstance(hybrid_search, Unset) else hybrid_search
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
