from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
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
    from ..models.function_tool_call import FunctionToolCall
    from ..models.function_tool_call_output import FunctionToolCallOutput
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.message import Message
    from ..models.reasoning_item import ReasoningItem
    from ..models.response_usage import ResponseUsage
    from ..models.sdk_image import SdkImage
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
        FunctionToolCall, \
        FunctionToolCallOutput, \
        ImageGenToolCall, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        MCPApprovalRequest, \
        MCPApprovalResponseResource, \
        MCPListTools, \
        MCPToolCall, \
        Message, \
        ReasoningItem, \
        ResponseUsage, \
        SdkImage, \
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
    from ..models.function_tool_call import FunctionToolCall  # noqa: PLC0415
    from ..models.function_tool_call_output import FunctionToolCallOutput  # noqa: PLC0415
    from ..models.image_gen_tool_call import ImageGenToolCall  # noqa: PLC0415
    from ..models.local_shell_tool_call import LocalShellToolCall  # noqa: PLC0415
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput  # noqa: PLC0415
    from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: PLC0415
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource  # noqa: PLC0415
    from ..models.mcp_list_tools import MCPListTools  # noqa: PLC0415
    from ..models.mcp_tool_call import MCPToolCall  # noqa: PLC0415
    from ..models.message import Message  # noqa: PLC0415
    from ..models.reasoning_item import ReasoningItem  # noqa: PLC0415
    from ..models.response_usage import ResponseUsage  # noqa: PLC0415
    from ..models.sdk_image import SdkImage  # noqa: PLC0415
    from ..models.tool_search_call import ToolSearchCall  # noqa: PLC0415
    from ..models.tool_search_output import ToolSearchOutput  # noqa: PLC0415
    from ..models.web_search_tool_call import WebSearchToolCall  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_output_item(
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
    | FunctionToolCall
    | FunctionToolCallOutput
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
                FunctionToolCall,
                ToolSearchCall,
                ToolSearchOutput,
                FunctionToolCallOutput,
                FileSearchToolCall,
                WebSearchToolCall,
                ImageGenToolCall,
                ComputerToolCall,
                ComputerToolCallOutputResource,
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
                "ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCall | FunctionToolCallOutput | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall",
                UnknownVariant(data),
            )
        return cast(
            "ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCall | FunctionToolCallOutput | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall",
            variant.from_dict(data),
        )
    return cast(
        "ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCall | FunctionToolCallOutput | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall",
        data,
    )


def _parse_image(data: object) -> None | SdkImage | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkImage._from_dict_(data)
    return cast("None | SdkImage | Unset", data)


@_attrs_define(repr=False)
class CompactResource(ApiModel):
    id: str
    """ The unique identifier for the compacted response. """

    output: list[
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
        | FunctionToolCall
        | FunctionToolCallOutput
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
    """ The compacted list of output items. """

    created_at: int
    """ Unix timestamp (in seconds) when the compacted conversation was created. """

    usage: ResponseUsage
    """ Represents token usage details including input tokens, output tokens,
    a breakdown of output tokens, and the total tokens used.
     """

    object: Literal["response.compaction"] = "response.compaction"
    """ The object type. Always `response.compaction`. """

    image: SdkImage | None = ABSENT
    """ Not in the pinned spec; the official SDK's `CompactedResponse` has it (the live API sends it). Reads None
    when absent. """

    _sdk_name_: ClassVar[str] = "CompactedResponse"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("object", "object"),
        ("output", "output"),
        ("usage", "usage"),
        ("image", "image"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['response.compaction']",
        "output": "list[ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCall | FunctionToolCallOutput | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall]",
        "created_at": "int",
        "usage": "ResponseUsage",
        "image": "None | SdkImage | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("response.compaction",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "output",
        "created_at",
        "usage",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "output",
            "created_at",
            "usage",
            "image",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.created_at
        if value_2 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_2
        value_3 = self.object
        if value_3 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_3
        value_4 = self.output
        if value_4 is None:
            if "output" in present:
                out["output"] = None
        elif value_4 or not isinstance(value_4, AbsentList) or "output" in present:
            out["output"] = to_json(value_4)
        value_5 = self.usage
        if value_5 is None:
            if "usage" in present:
                out["usage"] = None
        else:
            out["usage"] = to_json(value_5)
        value_6 = self.image
        if value_6 is None:
            if "image" in present:
                out["image"] = None
        else:
            out["image"] = to_json(value_6)
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
        parsed_obj_.id = get_("id")
        parsed_obj_.object = get_("object")
        _raw_output = get_("output", UNSET)
        try:
            output = []
            _output = _raw_output
            if not isinstance(_output, list):
                raise TypeError()
            for output_item_data in _output:
                try:
                    output_item = _parse_output_item(output_item_data)

                except LENIENT_ERRORS:
                    output_item = output_item_data
                output.append(output_item)

        except LENIENT_ERRORS:
            output = _raw_output
        parsed_obj_.output = AbsentList() if isinstance(output, Unset) else output
        parsed_obj_.created_at = get_("created_at")
        usage = get_("usage")
        if usage is not None:
            try:
                usage = (
                    ResponseUsage._from_dict_(usage)
                    if usage.__class__ is dict
                    else ResponseUsage.from_dict(usage)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.usage = usage
        _raw_image = get_("image", UNSET)
        if _raw_image is not None and _raw_image is not UNSET:
            try:
                image = _parse_image(_raw_image)

            except LENIENT_ERRORS:
                image = _raw_image
        else:
            image = _raw_image
        parsed_obj_.image = None if isinstance(image, Unset) else image
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
