from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_tools_file_search_file_search import AssistantToolsFileSearchFileSearch

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AssistantToolsFileSearchFileSearch
    from ..models.assistant_tools_file_search_file_search import AssistantToolsFileSearchFileSearch  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class AssistantToolsFileSearch(ApiModel):
    type: Literal["file_search"] = "file_search"
    """ The type of tool being defined: `file_search` """

    file_search: AssistantToolsFileSearchFileSearch | None = ABSENT
    """ Overrides for the file search tool. """

    _sdk_name_: ClassVar[str] = "FileSearchTool"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("file_search", "file_search"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['file_search']",
        "file_search": "AssistantToolsFileSearchFileSearch | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("file_search",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "file_search",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.file_search
        if value_2 is None:
            if "file_search" in present:
                out["file_search"] = None
        else:
            out["file_search"] = to_json(value_2)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        type_ = d.pop("type", None)

        _raw_file_search = d.pop("file_search", UNSET)
        try:
            _file_search = _raw_file_search
            file_search: AssistantToolsFileSearchFileSearch | Unset
            if isinstance(_file_search, Unset):
                file_search = UNSET
            else:
                file_search = AssistantToolsFileSearchFileSearch.from_dict(_file_search)

        except LENIENT_ERRORS:
            file_search = _raw_file_search

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.file_search = None if isinstance(file_search, Unset) else file_search
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
