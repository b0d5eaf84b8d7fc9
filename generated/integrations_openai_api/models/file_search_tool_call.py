from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.file_search_tool_call_status import (
    FileSearchToolCallStatus,
    check_file_search_tool_call_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_search_tool_call_results_item import FileSearchToolCallResultsItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FileSearchToolCallResultsItem
    from ..models.file_search_tool_call_results_item import FileSearchToolCallResultsItem  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="FileSearchToolCall")


def _parse_results(data: object) -> list[FileSearchToolCallResultsItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        results_type_0 = []
        _results_type_0 = data
        if not isinstance(_results_type_0, list):
            raise TypeError()
        for results_type_0_item_data in _results_type_0:
            try:
                results_type_0_item = FileSearchToolCallResultsItem.from_dict(
                    results_type_0_item_data
                )

            except LENIENT_ERRORS:
                results_type_0_item = results_type_0_item_data
            results_type_0.append(results_type_0_item)

        return results_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[FileSearchToolCallResultsItem] | None | Unset", data)


@_attrs_define
class FileSearchToolCall:
    """The results of a file search tool call. See the
    [file search guide](/docs/guides/tools-file-search) for more information.

    """

    id: str
    """ The unique ID of the file search tool call.
     """
    status: FileSearchToolCallStatus
    """ The status of the file search tool call. One of `in_progress`,
    `searching`, `incomplete` or `failed`,
     """
    queries: list[str]
    """ The queries used to search for files.
     """
    type_: Literal["file_search_call"] = "file_search_call"
    """ The type of the file search tool call. Always `file_search_call`.
     """
    results: list[FileSearchToolCallResultsItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("file_search_call",),
        "status": (
            "completed",
            "failed",
            "in_progress",
            "incomplete",
            "searching",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "type",
        "status",
        "queries",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "type",
            "status",
            "queries",
            "results",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.queries, Unset):
            field_dict["queries"] = to_json(self.queries)
        if self.results is not UNSET:
            field_dict["results"] = to_json(self.results)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FileSearchToolCall: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['file_search_call']", _raw_type_)
            if type_ != "file_search_call":
                raise ValueError(f"type must match const 'file_search_call', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_file_search_tool_call_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_queries = d.pop("queries", UNSET)
        try:
            queries = cast("list[str]", _raw_queries)

        except LENIENT_ERRORS:
            queries = _raw_queries

        _raw_results = d.pop("results", UNSET)
        try:
            results = _parse_results(_raw_results)

        except LENIENT_ERRORS:
            results = _raw_results

        parsed_obj_ = cls(
            id=id,
            type_=type_,
            status=status,
            queries=queries,
            results=results,
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
