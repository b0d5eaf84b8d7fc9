from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.apply_patch_tool_call import ApplyPatchToolCall
    from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_body import CompactionBody
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_tool_call import FunctionToolCall
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.output_message import OutputMessage
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
        CustomToolCallOutputResource, \
        FileSearchToolCall, \
        FunctionShellCall, \
        FunctionShellCallOutput, \
        FunctionToolCall, \
        FunctionToolCallOutputResource, \
        ImageGenToolCall, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        MCPApprovalRequest, \
        MCPApprovalResponseResource, \
        MCPListTools, \
        MCPToolCall, \
        OutputMessage, \
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
    from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource  # noqa: PLC0415
    from ..models.file_search_tool_call import FileSearchToolCall  # noqa: PLC0415
    from ..models.function_shell_call import FunctionShellCall  # noqa: PLC0415
    from ..models.function_shell_call_output import FunctionShellCallOutput  # noqa: PLC0415
    from ..models.function_tool_call import FunctionToolCall  # noqa: PLC0415
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource  # noqa: PLC0415
    from ..models.image_gen_tool_call import ImageGenToolCall  # noqa: PLC0415
    from ..models.local_shell_tool_call import LocalShellToolCall  # noqa: PLC0415
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput  # noqa: PLC0415
    from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: PLC0415
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource  # noqa: PLC0415
    from ..models.mcp_list_tools import MCPListTools  # noqa: PLC0415
    from ..models.mcp_tool_call import MCPToolCall  # noqa: PLC0415
    from ..models.output_message import OutputMessage  # noqa: PLC0415
    from ..models.reasoning_item import ReasoningItem  # noqa: PLC0415
    from ..models.tool_search_call import ToolSearchCall  # noqa: PLC0415
    from ..models.tool_search_output import ToolSearchOutput  # noqa: PLC0415
    from ..models.web_search_tool_call import WebSearchToolCall  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_item(
    data: object,
) -> (
    ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | CodeInterpreterToolCall
    | CompactionBody
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | CustomToolCall
    | CustomToolCallOutputResource
    | FileSearchToolCall
    | FunctionShellCall
    | FunctionShellCallOutput
    | FunctionToolCall
    | FunctionToolCallOutputResource
    | ImageGenToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPListTools
    | MCPToolCall
    | OutputMessage
    | ReasoningItem
    | ToolSearchCall
    | ToolSearchOutput
    | WebSearchToolCall
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                OutputMessage,
                FileSearchToolCall,
                FunctionToolCall,
                FunctionToolCallOutputResource,
                WebSearchToolCall,
                ComputerToolCall,
                ComputerToolCallOutputResource,
                ReasoningItem,
                ToolSearchCall,
                ToolSearchOutput,
                CompactionBody,
                ImageGenToolCall,
                CodeInterpreterToolCall,
                LocalShellToolCall,
                LocalShellToolCallOutput,
                FunctionShellCall,
                FunctionShellCallOutput,
                ApplyPatchToolCall,
                ApplyPatchToolCallOutput,
                MCPToolCall,
                MCPListTools,
                MCPApprovalRequest,
                MCPApprovalResponseResource,
                CustomToolCall,
                CustomToolCallOutputResource,
            ),
        )
        if variant is None:
            return cast(
                "ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutputResource | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCall | FunctionToolCallOutputResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | OutputMessage | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall",
                UnknownVariant(data),
            )
        return cast(
            "ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutputResource | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCall | FunctionToolCallOutputResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | OutputMessage | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall",
            variant.from_dict(data),
        )
    return cast(
        "ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutputResource | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCall | FunctionToolCallOutputResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | OutputMessage | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall",
        data,
    )


@_attrs_define(repr=False)
class ResponseOutputItemAddedEvent(ApiModel):
    """Emitted when a new output item is added."""

    output_index: int
    """ The index of the output item that was added.
     """

    sequence_number: int
    """ The sequence number of this event.
     """

    item: (
        ApplyPatchToolCall
        | ApplyPatchToolCallOutput
        | CodeInterpreterToolCall
        | CompactionBody
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | CustomToolCall
        | CustomToolCallOutputResource
        | FileSearchToolCall
        | FunctionShellCall
        | FunctionShellCallOutput
        | FunctionToolCall
        | FunctionToolCallOutputResource
        | ImageGenToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | MCPApprovalRequest
        | MCPApprovalResponseResource
        | MCPListTools
        | MCPToolCall
        | OutputMessage
        | ReasoningItem
        | ToolSearchCall
        | ToolSearchOutput
        | UnknownVariant
        | WebSearchToolCall
    )

    type: Literal["response.output_item.added"] = "response.output_item.added"
    """ The type of the event. Always `response.output_item.added`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("item", "item"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['response.output_item.added']",
        "output_index": "int",
        "sequence_number": "int",
        "item": "ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutputResource | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCall | FunctionToolCallOutputResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | OutputMessage | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.output_item.added",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "output_index",
        "sequence_number",
        "item",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "output_index",
            "sequence_number",
            "item",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.item
        if value_1 is None:
            if "item" in present:
                out["item"] = None
        else:
            out["item"] = to_json(value_1)
        value_2 = self.output_index
        if value_2 is None:
            if "output_index" in present:
                out["output_index"] = None
        else:
            out["output_index"] = value_2
        value_3 = self.sequence_number
        if value_3 is None:
            if "sequence_number" in present:
                out["sequence_number"] = None
        else:
            out["sequence_number"] = value_3
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
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
        parsed_obj_.type = get_("type")
        parsed_obj_.output_index = get_("output_index")
        parsed_obj_.sequence_number = get_("sequence_number")
        _raw_item = get_("item", None)
        try:
            item = _parse_item(_raw_item)

        except LENIENT_ERRORS:
            item = _raw_item
        parsed_obj_.item = item
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
