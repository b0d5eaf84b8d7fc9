from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_tools_file_search_file_search import AssistantToolsFileSearchFileSearch

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AssistantToolsFileSearchFileSearch
    from ..models.assistant_tools_file_search_file_search import AssistantToolsFileSearchFileSearch  # noqa: PLC0415

    _lazy_loaded = True


def _parse_file_search(data: object) -> AssistantToolsFileSearchFileSearch | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AssistantToolsFileSearchFileSearch.from_dict(data)
    return cast("AssistantToolsFileSearchFileSearch | None | Unset", data)


@_attrs_define(repr=False)
class AssistantToolsFileSearch(ApiModel):
    type: Literal["file_search"] = "file_search"
    """ The type of tool being defined: `file_search` """

    file_search: AssistantToolsFileSearchFileSearch | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("file_search", "file_search"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['file_search']",
        "file_search": "AssistantToolsFileSearchFileSearch | None | Unset",
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["file_search"]', _raw_type_)
            if type_ != "file_search":
                raise ValueError(f"type must match const 'file_search', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_file_search = d.pop("file_search", UNSET)
        try:
            file_search = _parse_file_search(_raw_file_search)

        except LENIENT_ERRORS:
            file_search = _raw_file_search

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.file_search = None if isinstance(file_search, Unset) else file_search
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
