from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

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


@_attrs_define
class AssistantToolsFileSearchFileSearch:
    """Overrides for the file search tool."""

    max_num_results: int | None | Unset = UNSET
    """ The maximum number of results the file search tool should output. The default is 20 for `gpt-4*` models and
    5 for `gpt-3.5-turbo`. This number should be between 1 and 50 inclusive.

    Note that the file search tool may output fewer than `max_num_results` results. See the [file search tool
    documentation](/docs/assistants/tools/file-search#customizing-file-search-settings) for more information.
     """
    ranking_options: FileSearchRankingOptions | None | Unset = UNSET
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
            field_dict["max_num_results"] = to_json(self.max_num_results)
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
