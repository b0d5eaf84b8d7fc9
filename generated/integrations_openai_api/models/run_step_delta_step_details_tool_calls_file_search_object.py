from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel

if TYPE_CHECKING:
    from ..models.run_step_delta_step_details_tool_calls_file_search_object_file_search import (
        RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch
    from ..models.run_step_delta_step_details_tool_calls_file_search_object_file_search import (
        RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,  # noqa: PLC0415
    )

    _lazy_loaded = True


@_attrs_define(repr=False)
class RunStepDeltaStepDetailsToolCallsFileSearchObject(ApiModel):
    index: int
    """ The index of the tool call in the tool calls array. """

    file_search: RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch
    """ For now, this is always going to be an empty object. """

    type: Literal["file_search"] = "file_search"
    """ The type of tool call. This is always going to be `file_search` for this type of tool call. """

    id: str | None = ABSENT
    """ The ID of the tool call object. """

    _sdk_name_: ClassVar[str] = "FileSearchToolCallDelta"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_search", "file_search"),
        ("index", "index"),
        ("type", "type"),
        ("id", "id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "index": "int",
        "type": "Literal['file_search']",
        "file_search": "RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch",
        "id": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("file_search",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "index",
        "type",
        "file_search",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "index",
            "type",
            "file_search",
            "id",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.file_search
        if value_1 is None:
            if "file_search" in present:
                out["file_search"] = None
        else:
            out["file_search"] = to_json(value_1)
        value_2 = self.index
        if value_2 is None:
            if "index" in present:
                out["index"] = None
        else:
            out["index"] = value_2
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
        value_4 = self.id
        if value_4 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        index = d.pop("index", None)

        type_ = d.pop("type", None)

        _raw_file_search = d.pop("file_search", None)
        try:
            file_search = RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch.from_dict(
                _raw_file_search
            )

        except LENIENT_ERRORS:
            file_search = _raw_file_search

        id = d.pop("id", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.index = index
        parsed_obj_.type = type_
        parsed_obj_.file_search = file_search
        parsed_obj_.id = id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
