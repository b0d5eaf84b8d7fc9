from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.file_search_ranking_options import FileSearchRankingOptions

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FileSearchRankingOptions
    from ..models.file_search_ranking_options import FileSearchRankingOptions  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class AssistantToolsFileSearchFileSearch(ApiModel):
    """Overrides for the file search tool."""

    max_num_results: int | None = ABSENT
    """ The maximum number of results the file search tool should output. The default is 20 for `gpt-4*` models and
    5 for `gpt-3.5-turbo`. This number should be between 1 and 50 inclusive.

    Note that the file search tool may output fewer than `max_num_results` results. See the [file search tool
    documentation](https://platform.openai.com/docs/assistants/tools/file-search#customizing-file-search-settings)
    for more information.
     """

    ranking_options: FileSearchRankingOptions | None = ABSENT
    """ The ranking options for the file search. If not specified, the file search tool will use the `auto` ranker
    and a score_threshold of 0.

    See the [file search tool documentation](https://platform.openai.com/docs/assistants/tools/file-
    search#customizing-file-search-settings) for more information.
     """

    _sdk_name_: ClassVar[str] = "FileSearch"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("max_num_results", "max_num_results"),
        ("ranking_options", "ranking_options"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "max_num_results": "int | Unset",
        "ranking_options": "FileSearchRankingOptions | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "max_num_results",
            "ranking_options",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.max_num_results
        if value_1 is None:
            if "max_num_results" in present:
                out["max_num_results"] = None
        else:
            out["max_num_results"] = value_1
        value_2 = self.ranking_options
        if value_2 is None:
            if "ranking_options" in present:
                out["ranking_options"] = None
        else:
            out["ranking_options"] = to_json(value_2)
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
        parsed_obj_.max_num_results = get_("max_num_results")
        ranking_options = get_("ranking_options")
        if ranking_options is not None:
            try:
                ranking_options = (
                    FileSearchRankingOptions._from_dict_(ranking_options)
                    if ranking_options.__class__ is dict
                    else FileSearchRankingOptions.from_dict(ranking_options)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.ranking_options = ranking_options
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
