from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_tools_file_search_file_search import AssistantToolsFileSearchFileSearch

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AssistantToolsFileSearchFileSearch
    from ..models.assistant_tools_file_search_file_search import AssistantToolsFileSearchFileSearch  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="AssistantToolsFileSearch")


def _parse_file_search(data: object) -> AssistantToolsFileSearchFileSearch | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AssistantToolsFileSearchFileSearch.from_dict(data)
    return cast("AssistantToolsFileSearchFileSearch | None | Unset", data)


@_attrs_define
class AssistantToolsFileSearch:
    type_: Literal["file_search"] = "file_search"
    """ The type of tool being defined: `file_search` """
    file_search: AssistantToolsFileSearchFileSearch | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.file_search is not UNSET:
            field_dict["file_search"] = to_json(self.file_search)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AssistantToolsFileSearch: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['file_search']", _raw_type_)
            if type_ != "file_search":
                raise ValueError(f"type must match const 'file_search', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_file_search = d.pop("file_search", UNSET)
        try:
            file_search = _parse_file_search(_raw_file_search)

        except LENIENT_ERRORS:
            file_search = _raw_file_search

        parsed_obj_ = cls(
            type_=type_,
            file_search=file_search,
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
