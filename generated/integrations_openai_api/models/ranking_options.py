from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
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


@_attrs_define(repr=False)
class RankingOptions(ApiModel):
    ranker: RankerVersionType | str | None = ABSENT

    score_threshold: float | None = ABSENT
    """ The score threshold for the file search, a number between 0 and 1. Numbers closer to 1 will attempt to
    return only the most relevant results, but may return fewer results. """

    hybrid_search: HybridSearchOptions | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ranker", "ranker"),
        ("score_threshold", "score_threshold"),
        ("hybrid_search", "hybrid_search"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "ranker": "None | RankerVersionType | Unset",
        "score_threshold": "float | None | Unset",
        "hybrid_search": "HybridSearchOptions | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "ranker",
            "score_threshold",
            "hybrid_search",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.ranker = None if isinstance(ranker, Unset) else ranker
        parsed_obj_.score_threshold = (
            None if isinstance(score_threshold, Unset) else score_threshold
        )
        parsed_obj_.hybrid_search = None if isinstance(hybrid_search, Unset) else hybrid_search
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
