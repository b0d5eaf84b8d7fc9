from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_assistant_request_tool_resources_code_interpreter import (
        CreateAssistantRequestToolResourcesCodeInterpreter,
    )
    from ..models.modify_thread_request_tool_resources_file_search import (
        ModifyThreadRequestToolResourcesFileSearch,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CreateAssistantRequestToolResourcesCodeInterpreter, \
        ModifyThreadRequestToolResourcesFileSearch
    from ..models.create_assistant_request_tool_resources_code_interpreter import (
        CreateAssistantRequestToolResourcesCodeInterpreter,  # noqa: PLC0415
    )
    from ..models.modify_thread_request_tool_resources_file_search import (
        ModifyThreadRequestToolResourcesFileSearch,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="ModifyThreadRequestToolResources")


def _parse_code_interpreter(
    data: object,
) -> CreateAssistantRequestToolResourcesCodeInterpreter | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return CreateAssistantRequestToolResourcesCodeInterpreter.from_dict(data)
    return cast("CreateAssistantRequestToolResourcesCodeInterpreter | None | Unset", data)


def _parse_file_search(data: object) -> ModifyThreadRequestToolResourcesFileSearch | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ModifyThreadRequestToolResourcesFileSearch.from_dict(data)
    return cast("ModifyThreadRequestToolResourcesFileSearch | None | Unset", data)


@_attrs_define
class ModifyThreadRequestToolResources:
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to
    the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool
    requires a list of vector store IDs.

    """

    code_interpreter: CreateAssistantRequestToolResourcesCodeInterpreter | None | Unset = UNSET
    file_search: ModifyThreadRequestToolResourcesFileSearch | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "code_interpreter",
            "file_search",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.code_interpreter is not UNSET:
            field_dict["code_interpreter"] = to_json(self.code_interpreter)
        if self.file_search is not UNSET:
            field_dict["file_search"] = to_json(self.file_search)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ModifyThreadRequestToolResources: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_code_interpreter = d.pop("code_interpreter", UNSET)
        try:
            code_interpreter = _parse_code_interpreter(_raw_code_interpreter)

        except LENIENT_ERRORS:
            code_interpreter = _raw_code_interpreter

        _raw_file_search = d.pop("file_search", UNSET)
        try:
            file_search = _parse_file_search(_raw_file_search)

        except LENIENT_ERRORS:
            file_search = _raw_file_search

        parsed_obj_ = cls(
            code_interpreter=code_interpreter,
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
