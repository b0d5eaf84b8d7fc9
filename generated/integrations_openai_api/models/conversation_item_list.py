from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_tool_call import ApplyPatchToolCall
    from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_body import CompactionBody
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource
    from ..models.function_tool_call_resource import FunctionToolCallResource
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.message import Message
    from ..models.reasoning_item import ReasoningItem
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.web_search_tool_call import WebSearchToolCall

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ApplyPatchToolCall, \
        ApplyPatchToolCallOutput, \
        CodeInterpreterToolCall, \
        CompactionBody, \
        ComputerToolCall, \
        ComputerToolCallOutputResource, \
        CustomToolCall, \
        CustomToolCallOutput, \
        FileSearchToolCall, \
        FunctionShellCall, \
        FunctionShellCallOutput, \
        FunctionToolCallOutputResource, \
        FunctionToolCallResource, \
        ImageGenToolCall, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        MCPApprovalRequest, \
        MCPApprovalResponseResource, \
        MCPListTools, \
        MCPToolCall, \
        Message, \
        ReasoningItem, \
        ToolSearchCall, \
        ToolSearchOutput, \
        WebSearchToolCall
    from ..models.apply_patch_tool_call import ApplyPatchToolCall  # noqa: PLC0415
    from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput  # noqa: PLC0415
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall  # noqa: PLC0415
    from ..models.compaction_body import CompactionBody  # noqa: PLC0415
    from ..models.computer_tool_call import ComputerToolCall  # noqa: PLC0415
    from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource  # noqa: PLC0415
    from ..models.custom_tool_call import CustomToolCall  # noqa: PLC0415
    from ..models.custom_tool_call_output import CustomToolCallOutput  # noqa: PLC0415
    from ..models.file_search_tool_call import FileSearchToolCall  # noqa: PLC0415
    from ..models.function_shell_call import FunctionShellCall  # noqa: PLC0415
    from ..models.function_shell_call_output import FunctionShellCallOutput  # noqa: PLC0415
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource  # noqa: PLC0415
    from ..models.function_tool_call_resource import FunctionToolCallResource  # noqa: PLC0415
    from ..models.image_gen_tool_call import ImageGenToolCall  # noqa: PLC0415
    from ..models.local_shell_tool_call import LocalShellToolCall  # noqa: PLC0415
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput  # noqa: PLC0415
    from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: PLC0415
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource  # noqa: PLC0415
    from ..models.mcp_list_tools import MCPListTools  # noqa: PLC0415
    from ..models.mcp_tool_call import MCPToolCall  # noqa: PLC0415
    from ..models.message import Message  # noqa: PLC0415
    from ..models.reasoning_item import ReasoningItem  # noqa: PLC0415
    from ..models.tool_search_call import ToolSearchCall  # noqa: PLC0415
    from ..models.tool_search_output import ToolSearchOutput  # noqa: PLC0415
    from ..models.web_search_tool_call import WebSearchToolCall  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ConversationItemList")


def _parse_data_item(
    data: object,
) -> (
    ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | CodeInterpreterToolCall
    | CompactionBody
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | CustomToolCall
    | CustomToolCallOutput
    | FileSearchToolCall
    | FunctionShellCall
    | FunctionShellCallOutput
    | FunctionToolCallOutputResource
    | FunctionToolCallResource
    | ImageGenToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPListTools
    | MCPToolCall
    | Message
    | ReasoningItem
    | ToolSearchCall
    | ToolSearchOutput
    | WebSearchToolCall
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                Message,
                FunctionToolCallResource,
                FunctionToolCallOutputResource,
                FileSearchToolCall,
                WebSearchToolCall,
                ImageGenToolCall,
                ComputerToolCall,
                ComputerToolCallOutputResource,
                ToolSearchCall,
                ToolSearchOutput,
                ReasoningItem,
                CompactionBody,
                CodeInterpreterToolCall,
                LocalShellToolCall,
                LocalShellToolCallOutput,
                FunctionShellCall,
                FunctionShellCallOutput,
                ApplyPatchToolCall,
                ApplyPatchToolCallOutput,
                MCPListTools,
                MCPApprovalRequest,
                MCPApprovalResponseResource,
                MCPToolCall,
                CustomToolCall,
                CustomToolCallOutput,
            ),
        )
        if variant is None:
            return cast(
                "ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall",
                UnknownVariant(data),
            )
        return cast(
            "ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall",
            variant.from_dict(data),
        )
    return cast(
        "ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall",
        data,
    )


@_attrs_define
class ConversationItemList:
    """A list of Conversation items."""

    data: list[
        ApplyPatchToolCall
        | ApplyPatchToolCallOutput
        | CodeInterpreterToolCall
        | CompactionBody
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | CustomToolCall
        | CustomToolCallOutput
        | FileSearchToolCall
        | FunctionShellCall
        | FunctionShellCallOutput
        | FunctionToolCallOutputResource
        | FunctionToolCallResource
        | ImageGenToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | MCPApprovalRequest
        | MCPApprovalResponseResource
        | MCPListTools
        | MCPToolCall
        | Message
        | ReasoningItem
        | ToolSearchCall
        | ToolSearchOutput
        | WebSearchToolCall
    ]
    """ A list of conversation items. """
    has_more: bool
    """ Whether there are more items available. """
    first_id: str
    """ The ID of the first item in the list. """
    last_id: str
    """ The ID of the last item in the list. """
    object_: Literal["list"] = "list"
    """ The type of object returned, must be `list`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("list",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "data",
        "has_more",
        "first_id",
        "last_id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "data",
            "has_more",
            "first_id",
            "last_id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.data, Unset):
            field_dict["data"] = to_json(self.data)
        if not isinstance(self.has_more, Unset):
            field_dict["has_more"] = self.has_more
        if not isinstance(self.first_id, Unset):
            field_dict["first_id"] = self.first_id
        if not isinstance(self.last_id, Unset):
            field_dict["last_id"] = self.last_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ConversationItemList: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['list']", _raw_object_)
            if object_ != "list":
                raise ValueError(f"object must match const 'list', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_data = d.pop("data", UNSET)
        try:
            data = []
            _data = _raw_data
            if not isinstance(_data, list):
                raise TypeError()
            for data_item_data in _data:
                try:
                    data_item = _parse_data_item(data_item_data)

                except LENIENT_ERRORS:
                    data_item = data_item_data
                data.append(data_item)

        except LENIENT_ERRORS:
            data = _raw_data

        has_more = d.pop("has_more", UNSET)

        first_id = d.pop("first_id", UNSET)

        last_id = d.pop("last_id", UNSET)

        parsed_obj_ = cls(
            object_=object_,
            data=data,
            has_more=has_more,
            first_id=first_id,
            last_id=last_id,
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
