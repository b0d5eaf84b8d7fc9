from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


@_attrs_define(repr=False)
class ConversationItemList(ApiModel):
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
        | UnknownVariant
        | WebSearchToolCall
    ]
    """ A list of conversation items. """

    has_more: bool
    """ Whether there are more items available. """

    first_id: str
    """ The ID of the first item in the list. """

    last_id: str
    """ The ID of the last item in the list. """

    object: Literal["list"] = "list"
    """ The type of object returned, must be `list`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("first_id", "first_id"),
        ("has_more", "has_more"),
        ("last_id", "last_id"),
        ("object", "object"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['list']",
        "data": "list[ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall]",
        "has_more": "bool",
        "first_id": "str",
        "last_id": "str",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.data
        if value_1 is None:
            if "data" in present:
                out["data"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "data" in present:
            out["data"] = to_json(value_1)
        value_2 = self.first_id
        if value_2 is None:
            if "first_id" in present:
                out["first_id"] = None
        else:
            out["first_id"] = value_2
        value_3 = self.has_more
        if value_3 is None:
            if "has_more" in present:
                out["has_more"] = None
        else:
            out["has_more"] = value_3
        value_4 = self.last_id
        if value_4 is None:
            if "last_id" in present:
                out["last_id"] = None
        else:
            out["last_id"] = value_4
        value_5 = self.object
        if value_5 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_5
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
        parsed_obj_.object = get_("object")
        _raw_data = get_("data", UNSET)
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
        parsed_obj_.data = AbsentList() if isinstance(data, Unset) else data
        parsed_obj_.has_more = get_("has_more")
        parsed_obj_.first_id = get_("first_id")
        parsed_obj_.last_id = get_("last_id")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
