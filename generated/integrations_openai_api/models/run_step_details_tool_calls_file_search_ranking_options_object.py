from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import as_float, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.file_search_ranker import FileSearchRanker

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RunStepDetailsToolCallsFileSearchRankingOptionsObject(ApiModel):
    """The ranking options for the file search."""

    ranker: FileSearchRanker | str
    """ The ranker to use for the file search. If not specified will use the `auto` ranker. """

    score_threshold: float
    """ The score threshold for the file search. All values must be a floating point number between 0 and 1. """

    _sdk_name_: ClassVar[str] = "FileSearchRankingOptions"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ranker", "ranker"),
        ("score_threshold", "score_threshold"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "ranker": "FileSearchRanker",
        "score_threshold": "float",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "ranker": (
            "auto",
            "default_2024_08_21",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "ranker",
        "score_threshold",
    )
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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.ranker = get_("ranker")
        parsed_obj_.score_threshold = as_float(get_("score_threshold"))
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
