from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_search_ranking_options import FileSearchRankingOptions

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FileSearchRankingOptions
    from ..models.file_search_ranking_options import FileSearchRankingOptions  # noqa: PLC0415

    _lazy_loaded = True


def _parse_max_num_results(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_ranking_options(data: object) -> FileSearchRankingOptions | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return FileSearchRankingOptions.from_dict(data)
    return cast("FileSearchRankingOptions | None | Unset", data)


@_attrs_define(repr=False)
class AssistantToolsFileSearchFileSearch(ApiModel):
    """Overrides for the file search tool."""

    max_num_results: int | None = ABSENT
    """ The maximum number of results the file search tool should output. The default is 20 for `gpt-4*` models and
    5 for `gpt-3.5-turbo`. This number should be between 1 and 50 inclusive.

    Note that the file search tool may output fewer than `max_num_results` results. See the [file search tool
    documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
     """

    ranking_options: FileSearchRankingOptions | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("max_num_results", "max_num_results"),
        ("ranking_options", "ranking_options"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "max_num_results": "int | None | Unset",
        "ranking_options": "FileSearchRankingOptions | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "max_num_results",
            "ranking_options",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_max_num_results = d.pop("max_num_results", UNSET)
        try:
            max_num_results = _parse_max_num_results(_raw_max_num_results)

        except LENIENT_ERRORS:
            max_num_results = _raw_max_num_results

        _raw_ranking_options = d.pop("ranking_options", UNSET)
        try:
            ranking_options = _parse_ranking_options(_raw_ranking_options)

        except LENIENT_ERRORS:
            ranking_options = _raw_ranking_options

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.max_num_results = (
            None if isinstance(max_num_results, Unset) else max_num_results
        )
        parsed_obj_.ranking_options = (
            None if isinstance(ranking_options, Unset) else ranking_options
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
