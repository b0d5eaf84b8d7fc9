from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.function_call_output_status_enum import (
    FunctionCallOutputStatusEnum,
    check_function_call_output_status_enum,
)
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
    check_tool_search_execution_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.computer_tool import ComputerTool
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.custom_tool_param import CustomToolParam
    from ..models.file_search_tool import FileSearchTool
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool import FunctionTool
    from ..models.image_gen_tool import ImageGenTool
    from ..models.local_shell_tool_param import LocalShellToolParam
    from ..models.mcp_tool import MCPTool
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ApplyPatchToolParam, \
        CodeInterpreterTool, \
        ComputerTool, \
        ComputerUsePreviewTool, \
        CustomToolParam, \
        FileSearchTool, \
        FunctionShellToolParam, \
        FunctionTool, \
        ImageGenTool, \
        LocalShellToolParam, \
        MCPTool, \
        NamespaceToolParam, \
        ToolSearchToolParam, \
        WebSearchPreviewTool, \
        WebSearchTool
    from ..models.apply_patch_tool_param import ApplyPatchToolParam  # noqa: PLC0415
    from ..models.code_interpreter_tool import CodeInterpreterTool  # noqa: PLC0415
    from ..models.computer_tool import ComputerTool  # noqa: PLC0415
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool  # noqa: PLC0415
    from ..models.custom_tool_param import CustomToolParam  # noqa: PLC0415
    from ..models.file_search_tool import FileSearchTool  # noqa: PLC0415
    from ..models.function_shell_tool_param import FunctionShellToolParam  # noqa: PLC0415
    from ..models.function_tool import FunctionTool  # noqa: PLC0415
    from ..models.image_gen_tool import ImageGenTool  # noqa: PLC0415
    from ..models.local_shell_tool_param import LocalShellToolParam  # noqa: PLC0415
    from ..models.mcp_tool import MCPTool  # noqa: PLC0415
    from ..models.namespace_tool_param import NamespaceToolParam  # noqa: PLC0415
    from ..models.tool_search_tool_param import ToolSearchToolParam  # noqa: PLC0415
    from ..models.web_search_preview_tool import WebSearchPreviewTool  # noqa: PLC0415
    from ..models.web_search_tool import WebSearchTool  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ToolSearchOutput")


def _parse_call_id(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_tools_item(
    data: object,
) -> (
    ApplyPatchToolParam
    | CodeInterpreterTool
    | ComputerTool
    | ComputerUsePreviewTool
    | CustomToolParam
    | FileSearchTool
    | FunctionShellToolParam
    | FunctionTool
    | ImageGenTool
    | LocalShellToolParam
    | MCPTool
    | NamespaceToolParam
    | ToolSearchToolParam
    | WebSearchPreviewTool
    | WebSearchTool
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                FunctionTool,
                FileSearchTool,
                ComputerTool,
                ComputerUsePreviewTool,
                WebSearchTool,
                MCPTool,
                CodeInterpreterTool,
                ImageGenTool,
                LocalShellToolParam,
                FunctionShellToolParam,
                CustomToolParam,
                NamespaceToolParam,
                ToolSearchToolParam,
                WebSearchPreviewTool,
                ApplyPatchToolParam,
            ),
        )
        if variant is None:
            return cast(
                "ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool",
                UnknownVariant(data),
            )
        return cast(
            "ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool",
            variant.from_dict(data),
        )
    return cast(
        "ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool",
        data,
    )


def _parse_created_by(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class ToolSearchOutput:
    id: str
    """ The unique ID of the tool search output item. """
    call_id: None | str
    execution: ToolSearchExecutionType
    tools: list[
        ApplyPatchToolParam
        | CodeInterpreterTool
        | ComputerTool
        | ComputerUsePreviewTool
        | CustomToolParam
        | FileSearchTool
        | FunctionShellToolParam
        | FunctionTool
        | ImageGenTool
        | LocalShellToolParam
        | MCPTool
        | NamespaceToolParam
        | ToolSearchToolParam
        | WebSearchPreviewTool
        | WebSearchTool
    ]
    """ The loaded tool definitions returned by tool search. """
    status: FunctionCallOutputStatusEnum
    type_: Literal["tool_search_output"] = "tool_search_output"
    """ The type of the item. Always `tool_search_output`. """
    created_by: None | str | Unset = UNSET
    """ The identifier of the actor that created the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("tool_search_output",),
        "execution": (
            "client",
            "server",
        ),
        "status": (
            "completed",
            "in_progress",
            "incomplete",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "call_id",
        "execution",
        "tools",
        "status",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "call_id",
            "execution",
            "tools",
            "status",
            "created_by",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.call_id, Unset):
            field_dict["call_id"] = to_json(self.call_id)
        if not isinstance(self.execution, Unset):
            field_dict["execution"] = self.execution
        if not isinstance(self.tools, Unset):
            field_dict["tools"] = to_json(self.tools)
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if self.created_by is not UNSET:
            field_dict["created_by"] = to_json(self.created_by)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ToolSearchOutput: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['tool_search_output']", _raw_type_)
            if type_ != "tool_search_output":
                raise ValueError(f"type must match const 'tool_search_output', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", UNSET)

        _raw_call_id = d.pop("call_id", UNSET)
        try:
            call_id = _parse_call_id(_raw_call_id)

        except LENIENT_ERRORS:
            call_id = _raw_call_id

        _raw_execution = d.pop("execution", UNSET)
        try:
            execution = check_tool_search_execution_type(_raw_execution)

        except LENIENT_ERRORS:
            execution = _raw_execution

        _raw_tools = d.pop("tools", UNSET)
        try:
            tools = []
            _tools = _raw_tools
            if not isinstance(_tools, list):
                raise TypeError()
            for tools_item_data in _tools:
                try:
                    tools_item = _parse_tools_item(tools_item_data)

                except LENIENT_ERRORS:
                    tools_item = tools_item_data
                tools.append(tools_item)

        except LENIENT_ERRORS:
            tools = _raw_tools

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_function_call_output_status_enum(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_created_by = d.pop("created_by", UNSET)
        try:
            created_by = _parse_created_by(_raw_created_by)

        except LENIENT_ERRORS:
            created_by = _raw_created_by

        parsed_obj_ = cls(
            type_=type_,
            id=id,
            call_id=call_id,
            execution=execution,
            tools=tools,
            status=status,
            created_by=created_by,
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
