from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_search_ranking_options import FileSearchRankingOptions

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FileSearchRankingOptions
    from ..models.file_search_ranking_options import FileSearchRankingOptions  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="AssistantToolsFileSearchFileSearch")


@_attrs_define
class AssistantToolsFileSearchFileSearch:
    """Overrides for the file search tool."""

    max_num_results: int | Unset = UNSET
    """ The maximum number of results the file search tool should output. The default is 20 for `gpt-4*` models and
    5 for `gpt-3.5-turbo`. This number should be between 1 and 50 inclusive.

    Note that the file search tool may output fewer than `max_num_results` results. See the [file search tool
    documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
     """
    ranking_options: FileSearchRankingOptions | Unset = UNSET
    """ The ranking options for the file search. If not specified, the file search tool will use the `auto` ranker
    and a score_threshold of 0.

    See the [file search tool documentation](/docs/assistants/tools/file-search#customizing-file-search-settings)
    for more information.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "max_num_results",
            "ranking_options",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.max_num_results is not UNSET:
            field_dict["max_num_results"] = self.max_num_results
        if self.ranking_options is not UNSET:
            field_dict["ranking_options"] = to_json(self.ranking_options)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AssistantToolsFileSearchFileSearch: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        max_num_results = d.pop("max_num_results", UNSET)

        _raw_ranking_options = d.pop("ranking_options", UNSET)
        try:
            _ranking_options = _raw_ranking_options
            ranking_options: FileSearchRankingOptions | Unset
            if isinstance(_ranking_options, Unset):
                ranking_options = UNSET
            else:
                ranking_options = FileSearchRankingOptions.from_dict(_ranking_options)

        except LENIENT_ERRORS:
            ranking_options = _raw_ranking_options

        parsed_obj_ = cls(
            max_num_results=max_num_results,
            ranking_options=ranking_options,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
