from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import ABSENT, ApiModel
from ..models.file_search_ranker import FileSearchRanker, check_file_search_ranker
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class FileSearchRankingOptions(ApiModel):
    """The ranking options for the file search. If not specified, the file search tool will use the `auto` ranker and a
    score_threshold of 0.

    See the [file search tool documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-
    file-search-settings) for more information.

    """

    score_threshold: float
    """ The score threshold for the file search. All values must be a floating point number between 0 and 1. """

    ranker: FileSearchRanker | str | None = ABSENT
    """ The ranker to use for the file search. If not specified will use the `auto` ranker. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("score_threshold", "score_threshold"),
        ("ranker", "ranker"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "score_threshold": "float",
        "ranker": "FileSearchRanker | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "ranker": (
            "auto",
            "default_2024_08_21",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("score_threshold",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "score_threshold",
            "ranker",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.score_threshold
        if value_1 is None:
            if "score_threshold" in present:
                out["score_threshold"] = None
        else:
            out["score_threshold"] = value_1
        value_2 = self.ranker
        if value_2 is None:
            if "ranker" in present:
                out["ranker"] = None
        else:
            out["ranker"] = value_2
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        score_threshold = as_float(d.pop("score_threshold", None))

        _raw_ranker = d.pop("ranker", UNSET)
        try:
            _ranker = _raw_ranker
            ranker: FileSearchRanker | Unset
            if isinstance(_ranker, Unset):
                ranker = UNSET
            else:
                ranker = check_file_search_ranker(_ranker)

        except LENIENT_ERRORS:
            ranker = _raw_ranker

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.score_threshold = score_threshold
        parsed_obj_.ranker = None if isinstance(ranker, Unset) else ranker
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
