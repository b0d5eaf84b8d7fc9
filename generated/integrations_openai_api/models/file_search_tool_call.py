from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.file_search_tool_call_status import (
    FileSearchToolCallStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_search_tool_call_results_item import FileSearchToolCallResultsItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, FileSearchToolCallResultsItem
    from ..models.file_search_tool_call_results_item import FileSearchToolCallResultsItem  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
                results_type_0_item = (
                    FileSearchToolCallResultsItem._from_dict_(results_type_0_item_data)
                    if results_type_0_item_data.__class__ is dict
                    else FileSearchToolCallResultsItem.from_dict(results_type_0_item_data)
                )
            except LENIENT_ERRORS:
                results_type_0_item = results_type_0_item_data
            results_type_0.append(results_type_0_item)

        return results_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[FileSearchToolCallResultsItem] | None | Unset", data)


@_attrs_define(repr=False)
class FileSearchToolCall(ApiModel):
    """The results of a file search tool call. See the
    [file search guide](https://platform.openai.com/docs/guides/tools-file-search) for more information.

    """

    id: str
    """ The unique ID of the file search tool call.
     """

    status: FileSearchToolCallStatus | str
    """ The status of the file search tool call. One of `in_progress`,
    `searching`, `incomplete` or `failed`,
     """

    queries: list[str]
    """ The queries used to search for files.
     """

    type: Literal["file_search_call"] = "file_search_call"
    """ The type of the file search tool call. Always `file_search_call`.
     """

    results: list[FileSearchToolCallResultsItem] | None = ABSENT

    _sdk_name_: ClassVar[str] = "ResponseFileSearchToolCall"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("queries", "queries"),
        ("status", "status"),
        ("type", "type"),
        ("results", "results"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "type": "Literal['file_search_call']",
        "status": "FileSearchToolCallStatus",
        "queries": "list[str]",
        "results": "list[FileSearchToolCallResultsItem] | None | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.queries
        if value_2 is None:
            if "queries" in present:
                out["queries"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "queries" in present:
            out["queries"] = to_json(value_2)
        value_3 = self.status
        if value_3 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_3
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        value_5 = self.results
        if value_5 is None:
            if "results" in present:
                out["results"] = None
        else:
            out["results"] = to_json(value_5)
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
        parsed_obj_.id = get_("id")
        parsed_obj_.type = get_("type")
        parsed_obj_.status = get_("status")
        _raw_queries = get_("queries", UNSET)
        try:
            queries = cast("list[str]", _raw_queries)

        except LENIENT_ERRORS:
            queries = _raw_queries
        parsed_obj_.queries = AbsentList() if isinstance(queries, Unset) else queries
        _raw_results = get_("results", UNSET)
        if _raw_results is not None and _raw_results is not UNSET:
            try:
                results = _parse_results(_raw_results)

            except LENIENT_ERRORS:
                results = _raw_results
        else:
            results = _raw_results
        parsed_obj_.results = None if isinstance(results, Unset) else results
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
