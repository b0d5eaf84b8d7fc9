from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.file_search_ranker import FileSearchRanker

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.score_threshold = as_float(get_("score_threshold"))
        parsed_obj_.ranker = get_("ranker")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
