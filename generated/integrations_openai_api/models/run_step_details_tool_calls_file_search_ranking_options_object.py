from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel
from ..models.file_search_ranker import FileSearchRanker, check_file_search_ranker


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
        _raw_ranker = d.pop("ranker", None)
        try:
            ranker = check_file_search_ranker(_raw_ranker)

        except LENIENT_ERRORS:
            ranker = _raw_ranker

        score_threshold = d.pop("score_threshold", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.ranker = ranker
        parsed_obj_.score_threshold = score_threshold
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
