from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class ModifyThreadRequestToolResources(ApiModel):
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to
    the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool
    requires a list of vector store IDs.

    """

    code_interpreter: CreateAssistantRequestToolResourcesCodeInterpreter | None = ABSENT

    file_search: ModifyThreadRequestToolResourcesFileSearch | None = ABSENT

    _sdk_name_: ClassVar[str] = "ToolResources"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code_interpreter", "code_interpreter"),
        ("file_search", "file_search"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "code_interpreter": "CreateAssistantRequestToolResourcesCodeInterpreter | Unset",
        "file_search": "ModifyThreadRequestToolResourcesFileSearch | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "code_interpreter",
            "file_search",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.code_interpreter
        if value_1 is None:
            if "code_interpreter" in present:
                out["code_interpreter"] = None
        else:
            out["code_interpreter"] = to_json(value_1)
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
        _raw_code_interpreter = d.pop("code_interpreter", UNSET)
        try:
            _code_interpreter = _raw_code_interpreter
            code_interpreter: CreateAssistantRequestToolResourcesCodeInterpreter | Unset
            if isinstance(_code_interpreter, Unset):
                code_interpreter = UNSET
            else:
                code_interpreter = CreateAssistantRequestToolResourcesCodeInterpreter.from_dict(
                    _code_interpreter
                )

        except LENIENT_ERRORS:
            code_interpreter = _raw_code_interpreter

        _raw_file_search = d.pop("file_search", UNSET)
        try:
            _file_search = _raw_file_search
            file_search: ModifyThreadRequestToolResourcesFileSearch | Unset
            if isinstance(_file_search, Unset):
                file_search = UNSET
            else:
                file_search = ModifyThreadRequestToolResourcesFileSearch.from_dict(_file_search)

        except LENIENT_ERRORS:
            file_search = _raw_file_search

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.code_interpreter = (
            None if isinstance(code_interpreter, Unset) else code_interpreter
        )
        parsed_obj_.file_search = None if isinstance(file_search, Unset) else file_search
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
