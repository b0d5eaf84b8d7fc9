from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.file_search_ranker import FileSearchRanker, check_file_search_ranker
from ..types import UNSET, Unset


def _parse_ranker(data: object) -> FileSearchRanker | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        ranker_type_0 = check_file_search_ranker(data)

        return ranker_type_0
    except LENIENT_ERRORS:
        pass
    return cast("FileSearchRanker | None | Unset", data)


@_attrs_define(repr=False)
class FileSearchRankingOptions(ApiModel):
    """The ranking options for the file search. If not specified, the file search tool will use the `auto` ranker and a
    score_threshold of 0.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for
    more information.

    """

    score_threshold: float
    """ The score threshold for the file search. All values must be a floating point number between 0 and 1. """

    ranker: FileSearchRanker | str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("score_threshold", "score_threshold"),
        ("ranker", "ranker"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "score_threshold": "float",
        "ranker": "FileSearchRanker | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("score_threshold",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "score_threshold",
            "ranker",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        score_threshold = d.pop("score_threshold", None)

        _raw_ranker = d.pop("ranker", UNSET)
        try:
            ranker = _parse_ranker(_raw_ranker)

        except LENIENT_ERRORS:
            ranker = _raw_ranker

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.score_threshold = score_threshold
        parsed_obj_.ranker = None if isinstance(ranker, Unset) else ranker
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
