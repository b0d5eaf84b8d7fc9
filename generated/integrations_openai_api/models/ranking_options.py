from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.ranker_version_type import RankerVersionType

if TYPE_CHECKING:
    from ..models.hybrid_search_options import HybridSearchOptions

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, HybridSearchOptions
    from ..models.hybrid_search_options import HybridSearchOptions  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.ranker = get_("ranker")
        parsed_obj_.score_threshold = as_float(get_("score_threshold"))
        hybrid_search = get_("hybrid_search")
        if hybrid_search is not None:
            try:
                hybrid_search = (
                    HybridSearchOptions._from_dict_(hybrid_search)
                    if hybrid_search.__class__ is dict
                    else HybridSearchOptions.from_dict(hybrid_search)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.hybrid_search = hybrid_search
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
