from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..models.truncation_enum import TruncationEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool import ComputerTool
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.conversation_param_2 import ConversationParam2
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.custom_tool_param import CustomToolParam
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_search_tool import FileSearchTool
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool import FunctionTool
    from ..models.function_tool_call import FunctionToolCall
    from ..models.image_gen_tool import ImageGenTool
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.input_message import InputMessage
    from ..models.item_reference_param import ItemReferenceParam
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.local_shell_tool_param import LocalShellToolParam
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response import MCPApprovalResponse
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool import MCPTool
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.output_message import OutputMessage
    from ..models.reasoning import Reasoning
    from ..models.reasoning_item import ReasoningItem
    from ..models.response_text_param import ResponseTextParam
    from ..models.specific_apply_patch_param import SpecificApplyPatchParam
    from ..models.specific_function_shell_param import SpecificFunctionShellParam
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.tool_choice_custom import ToolChoiceCustom
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.tool_choice_types import ToolChoiceTypes
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool
    from ..models.web_search_tool_call import WebSearchToolCall

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ApplyPatchToolCallItemParam, \
        ApplyPatchToolCallOutputItemParam, \
        ApplyPatchToolParam, \
        CodeInterpreterTool, \
        CodeInterpreterToolCall, \
        CompactionSummaryItemParam, \
        CompactionTriggerItemParam, \
        ComputerCallOutputItemParam, \
        ComputerTool, \
        ComputerToolCall, \
        ComputerUsePreviewTool, \
        ConversationParam2, \
        CustomToolCall, \
        CustomToolCallOutput, \
        CustomToolParam, \
        EasyInputMessage, \
        FileSearchTool, \
        FileSearchToolCall, \
        FunctionCallOutputItemParam, \
        FunctionShellCallItemParam, \
        FunctionShellCallOutputItemParam, \
        FunctionShellToolParam, \
        FunctionTool, \
        FunctionToolCall, \
        ImageGenTool, \
        ImageGenToolCall, \
        InputMessage, \
        ItemReferenceParam, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        LocalShellToolParam, \
        MCPApprovalRequest, \
        MCPApprovalResponse, \
        MCPListTools, \
        MCPTool, \
        MCPToolCall, \
        NamespaceToolParam, \
        OutputMessage, \
        Reasoning, \
        ReasoningItem, \
        ResponseTextParam, \
        SpecificApplyPatchParam, \
        SpecificFunctionShellParam, \
        ToolChoiceAllowed, \
        ToolChoiceCustom, \
        ToolChoiceFunction, \
        ToolChoiceMCP, \
        ToolChoiceTypes, \
        ToolSearchCallItemParam, \
        ToolSearchOutputItemParam, \
        ToolSearchToolParam, \
        WebSearchPreviewTool, \
        WebSearchTool, \
        WebSearchToolCall
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam  # noqa: PLC0415
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam  # noqa: PLC0415
    from ..models.apply_patch_tool_param import ApplyPatchToolParam  # noqa: PLC0415
    from ..models.code_interpreter_tool import CodeInterpreterTool  # noqa: PLC0415
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall  # noqa: PLC0415
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam  # noqa: PLC0415
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam  # noqa: PLC0415
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam  # noqa: PLC0415
    from ..models.computer_tool import ComputerTool  # noqa: PLC0415
    from ..models.computer_tool_call import ComputerToolCall  # noqa: PLC0415
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool  # noqa: PLC0415
    from ..models.conversation_param_2 import ConversationParam2  # noqa: PLC0415
    from ..models.custom_tool_call import CustomToolCall  # noqa: PLC0415
    from ..models.custom_tool_call_output import CustomToolCallOutput  # noqa: PLC0415
    from ..models.custom_tool_param import CustomToolParam  # noqa: PLC0415
    from ..models.easy_input_message import EasyInputMessage  # noqa: PLC0415
    from ..models.file_search_tool import FileSearchTool  # noqa: PLC0415
    from ..models.file_search_tool_call import FileSearchToolCall  # noqa: PLC0415
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam  # noqa: PLC0415
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam  # noqa: PLC0415
    from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam  # noqa: PLC0415
    from ..models.function_shell_tool_param import FunctionShellToolParam  # noqa: PLC0415
    from ..models.function_tool import FunctionTool  # noqa: PLC0415
    from ..models.function_tool_call import FunctionToolCall  # noqa: PLC0415
    from ..models.image_gen_tool import ImageGenTool  # noqa: PLC0415
    from ..models.image_gen_tool_call import ImageGenToolCall  # noqa: PLC0415
    from ..models.input_message import InputMessage  # noqa: PLC0415
    from ..models.item_reference_param import ItemReferenceParam  # noqa: PLC0415
    from ..models.local_shell_tool_call import LocalShellToolCall  # noqa: PLC0415
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput  # noqa: PLC0415
    from ..models.local_shell_tool_param import LocalShellToolParam  # noqa: PLC0415
    from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: PLC0415
    from ..models.mcp_approval_response import MCPApprovalResponse  # noqa: PLC0415
    from ..models.mcp_list_tools import MCPListTools  # noqa: PLC0415
    from ..models.mcp_tool import MCPTool  # noqa: PLC0415
    from ..models.mcp_tool_call import MCPToolCall  # noqa: PLC0415
    from ..models.namespace_tool_param import NamespaceToolParam  # noqa: PLC0415
    from ..models.output_message import OutputMessage  # noqa: PLC0415
    from ..models.reasoning import Reasoning  # noqa: PLC0415
    from ..models.reasoning_item import ReasoningItem  # noqa: PLC0415
    from ..models.response_text_param import ResponseTextParam  # noqa: PLC0415
    from ..models.specific_apply_patch_param import SpecificApplyPatchParam  # noqa: PLC0415
    from ..models.specific_function_shell_param import SpecificFunctionShellParam  # noqa: PLC0415
    from ..models.tool_choice_allowed import ToolChoiceAllowed  # noqa: PLC0415
    from ..models.tool_choice_custom import ToolChoiceCustom  # noqa: PLC0415
    from ..models.tool_choice_function import ToolChoiceFunction  # noqa: PLC0415
    from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: PLC0415
    from ..models.tool_choice_types import ToolChoiceTypes  # noqa: PLC0415
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam  # noqa: PLC0415
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam  # noqa: PLC0415
    from ..models.tool_search_tool_param import ToolSearchToolParam  # noqa: PLC0415
    from ..models.web_search_preview_tool import WebSearchPreviewTool  # noqa: PLC0415
    from ..models.web_search_tool import WebSearchTool  # noqa: PLC0415
    from ..models.web_search_tool_call import WebSearchToolCall  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_input_(
    data: object,
) -> (
    list[
        ApplyPatchToolCallItemParam
        | ApplyPatchToolCallOutputItemParam
        | CodeInterpreterToolCall
        | CompactionSummaryItemParam
        | CompactionTriggerItemParam
        | ComputerCallOutputItemParam
        | ComputerToolCall
        | CustomToolCall
        | CustomToolCallOutput
        | EasyInputMessage
        | FileSearchToolCall
        | FunctionCallOutputItemParam
        | FunctionShellCallItemParam
        | FunctionShellCallOutputItemParam
        | FunctionToolCall
        | ImageGenToolCall
        | InputMessage
        | ItemReferenceParam
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | MCPApprovalRequest
        | MCPApprovalResponse
        | MCPListTools
        | MCPToolCall
        | OutputMessage
        | ReasoningItem
        | ToolSearchCallItemParam
        | ToolSearchOutputItemParam
        | WebSearchToolCall
    ]
    | None
    | str
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()

        def _parse_input_type_1_item(
            data: object,
        ) -> (
            ApplyPatchToolCallItemParam
            | ApplyPatchToolCallOutputItemParam
            | CodeInterpreterToolCall
            | CompactionSummaryItemParam
            | CompactionTriggerItemParam
            | ComputerCallOutputItemParam
            | ComputerToolCall
            | CustomToolCall
            | CustomToolCallOutput
            | EasyInputMessage
            | FileSearchToolCall
            | FunctionCallOutputItemParam
            | FunctionShellCallItemParam
            | FunctionShellCallOutputItemParam
            | FunctionToolCall
            | ImageGenToolCall
            | InputMessage
            | ItemReferenceParam
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | MCPApprovalRequest
            | MCPApprovalResponse
            | MCPListTools
            | MCPToolCall
            | OutputMessage
            | ReasoningItem
            | ToolSearchCallItemParam
            | ToolSearchOutputItemParam
            | WebSearchToolCall
        ):
            if isinstance(data, dict):
                variant = pick_variant(
                    data,
                    (
                        EasyInputMessage,
                        InputMessage,
                        OutputMessage,
                        FileSearchToolCall,
                        ComputerToolCall,
                        ComputerCallOutputItemParam,
                        WebSearchToolCall,
                        FunctionToolCall,
                        FunctionCallOutputItemParam,
                        ToolSearchCallItemParam,
                        ToolSearchOutputItemParam,
                        ReasoningItem,
                        CompactionSummaryItemParam,
                        ImageGenToolCall,
                        CodeInterpreterToolCall,
                        LocalShellToolCall,
                        LocalShellToolCallOutput,
                        FunctionShellCallItemParam,
                        FunctionShellCallOutputItemParam,
                        ApplyPatchToolCallItemParam,
                        ApplyPatchToolCallOutputItemParam,
                        MCPListTools,
                        MCPApprovalRequest,
                        MCPApprovalResponse,
                        MCPToolCall,
                        CustomToolCallOutput,
                        CustomToolCall,
                        CompactionTriggerItemParam,
                        ItemReferenceParam,
                    ),
                )
                if variant is None:
                    return cast(
                        "ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall | FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall | ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam | WebSearchToolCall",
                        UnknownVariant(data),
                    )
                return cast(
                    "ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall | FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall | ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam | WebSearchToolCall",
                    variant.from_dict(data),
                )
            return cast(
                "ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall | FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall | ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam | WebSearchToolCall",
                data,
            )

        input_type_1 = []
        _input_type_1 = data
        if not isinstance(_input_type_1, list):
            raise TypeError()
        for input_type_1_item_data in _input_type_1:
            try:
                input_type_1_item = _parse_input_type_1_item(input_type_1_item_data)

            except LENIENT_ERRORS:
                input_type_1_item = input_type_1_item_data
            input_type_1.append(input_type_1_item)

        return input_type_1
    except LENIENT_ERRORS:
        pass
    return cast(
        "list[ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall | FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall | ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam | WebSearchToolCall] | None | str | Unset",
        data,
    )


def _parse_tools(
    data: object,
) -> (
    list[
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
    | None
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()

        def _parse_tools_type_0_item(
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

        tools_type_0 = []
        _tools_type_0 = data
        if not isinstance(_tools_type_0, list):
            raise TypeError()
        for tools_type_0_item_data in _tools_type_0:
            try:
                tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

            except LENIENT_ERRORS:
                tools_type_0_item = tools_type_0_item_data
            tools_type_0.append(tools_type_0_item)

        return tools_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool] | None | Unset",
        data,
    )


def _parse_text(data: object) -> None | ResponseTextParam | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ResponseTextParam._from_dict_(data)
    return cast("None | ResponseTextParam | Unset", data)


def _parse_reasoning(data: object) -> None | Reasoning | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Reasoning._from_dict_(data)
    return cast("None | Reasoning | Unset", data)


def _parse_conversation(data: object) -> ConversationParam2 | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ConversationParam2._from_dict_(data)
    return cast("ConversationParam2 | None | str | Unset", data)


def _parse_tool_choice(
    data: object,
) -> (
    None
    | SpecificApplyPatchParam
    | SpecificFunctionShellParam
    | ToolChoiceAllowed
    | ToolChoiceCustom
    | ToolChoiceFunction
    | ToolChoiceMCP
    | ToolChoiceOptions
    | ToolChoiceTypes
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ToolChoiceAllowed,
                ToolChoiceTypes,
                ToolChoiceFunction,
                ToolChoiceMCP,
                ToolChoiceCustom,
                SpecificApplyPatchParam,
                SpecificFunctionShellParam,
            ),
        )
        if variant is None:
            return cast(
                "None | SpecificApplyPatchParam | SpecificFunctionShellParam | ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | ToolChoiceTypes | Unset",
                UnknownVariant(data),
            )
        return cast(
            "None | SpecificApplyPatchParam | SpecificFunctionShellParam | ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | ToolChoiceTypes | Unset",
            variant.from_dict(data),
        )
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_tool_choice_param_type_0 = check_tool_choice_options(data)

        return componentsschemas_tool_choice_param_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "None | SpecificApplyPatchParam | SpecificFunctionShellParam | ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | ToolChoiceTypes | Unset",
        data,
    )


@_attrs_define(repr=False)
class TokenCountsBody(ApiModel):
    model: str | None = ABSENT

    input: (
        list[
            ApplyPatchToolCallItemParam
            | ApplyPatchToolCallOutputItemParam
            | CodeInterpreterToolCall
            | CompactionSummaryItemParam
            | CompactionTriggerItemParam
            | ComputerCallOutputItemParam
            | ComputerToolCall
            | CustomToolCall
            | CustomToolCallOutput
            | EasyInputMessage
            | FileSearchToolCall
            | FunctionCallOutputItemParam
            | FunctionShellCallItemParam
            | FunctionShellCallOutputItemParam
            | FunctionToolCall
            | ImageGenToolCall
            | InputMessage
            | ItemReferenceParam
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | MCPApprovalRequest
            | MCPApprovalResponse
            | MCPListTools
            | MCPToolCall
            | OutputMessage
            | ReasoningItem
            | ToolSearchCallItemParam
            | ToolSearchOutputItemParam
            | UnknownVariant
            | WebSearchToolCall
        ]
        | str
        | None
    ) = ABSENT

    previous_response_id: str | None = ABSENT

    tools: (
        list[
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
            | UnknownVariant
            | WebSearchPreviewTool
            | WebSearchTool
        ]
        | None
    ) = ABSENT

    text: ResponseTextParam | None = ABSENT

    reasoning: Reasoning | None = ABSENT

    truncation: str | TruncationEnum | None = ABSENT

    instructions: str | None = ABSENT

    conversation: ConversationParam2 | str | None = ABSENT

    tool_choice: (
        SpecificApplyPatchParam
        | SpecificFunctionShellParam
        | str
        | ToolChoiceAllowed
        | ToolChoiceCustom
        | ToolChoiceFunction
        | ToolChoiceMCP
        | ToolChoiceOptions
        | ToolChoiceTypes
        | UnknownVariant
        | None
    ) = ABSENT

    parallel_tool_calls: bool | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("input", "input"),
        ("previous_response_id", "previous_response_id"),
        ("tools", "tools"),
        ("text", "text"),
        ("reasoning", "reasoning"),
        ("truncation", "truncation"),
        ("instructions", "instructions"),
        ("conversation", "conversation"),
        ("tool_choice", "tool_choice"),
        ("parallel_tool_calls", "parallel_tool_calls"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "model": "None | str | Unset",
        "input": "list[ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall | FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall | ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam | WebSearchToolCall] | None | str | Unset",
        "previous_response_id": "None | str | Unset",
        "tools": "list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool] | None | Unset",
        "text": "None | ResponseTextParam | Unset",
        "reasoning": "None | Reasoning | Unset",
        "truncation": "TruncationEnum | Unset",
        "instructions": "None | str | Unset",
        "conversation": "ConversationParam2 | None | str | Unset",
        "tool_choice": "None | SpecificApplyPatchParam | SpecificFunctionShellParam | ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | ToolChoiceTypes | Unset",
        "parallel_tool_calls": "bool | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "truncation": (
            "auto",
            "disabled",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "input",
            "previous_response_id",
            "tools",
            "text",
            "reasoning",
            "truncation",
            "instructions",
            "conversation",
            "tool_choice",
            "parallel_tool_calls",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.model
        if value_1 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_1)
        value_2 = self.input
        if value_2 is None:
            if "input" in present:
                out["input"] = None
        else:
            out["input"] = to_json(value_2)
        value_3 = self.previous_response_id
        if value_3 is None:
            if "previous_response_id" in present:
                out["previous_response_id"] = None
        else:
            out["previous_response_id"] = to_json(value_3)
        value_4 = self.tools
        if value_4 is None:
            if "tools" in present:
                out["tools"] = None
        else:
            out["tools"] = to_json(value_4)
        value_5 = self.text
        if value_5 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = to_json(value_5)
        value_6 = self.reasoning
        if value_6 is None:
            if "reasoning" in present:
                out["reasoning"] = None
        else:
            out["reasoning"] = to_json(value_6)
        value_7 = self.truncation
        if value_7 is None:
            if "truncation" in present:
                out["truncation"] = None
        else:
            out["truncation"] = value_7
        value_8 = self.instructions
        if value_8 is None:
            if "instructions" in present:
                out["instructions"] = None
        else:
            out["instructions"] = to_json(value_8)
        value_9 = self.conversation
        if value_9 is None:
            if "conversation" in present:
                out["conversation"] = None
        else:
            out["conversation"] = to_json(value_9)
        value_10 = self.tool_choice
        if value_10 is None:
            if "tool_choice" in present:
                out["tool_choice"] = None
        else:
            out["tool_choice"] = to_json(value_10)
        value_11 = self.parallel_tool_calls
        if value_11 is None:
            if "parallel_tool_calls" in present:
                out["parallel_tool_calls"] = None
        else:
            out["parallel_tool_calls"] = to_json(value_11)
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
        parsed_obj_.model = get_("model")
        _raw_input_ = get_("input", UNSET)
        if _raw_input_ is not None and _raw_input_ is not UNSET:
            try:
                input_ = _parse_input_(_raw_input_)

            except LENIENT_ERRORS:
                input_ = _raw_input_
        else:
            input_ = _raw_input_
        parsed_obj_.input = None if isinstance(input_, Unset) else input_
        parsed_obj_.previous_response_id = get_("previous_response_id")
        _raw_tools = get_("tools", UNSET)
        if _raw_tools is not None and _raw_tools is not UNSET:
            try:
                tools = _parse_tools(_raw_tools)

            except LENIENT_ERRORS:
                tools = _raw_tools
        else:
            tools = _raw_tools
        parsed_obj_.tools = None if isinstance(tools, Unset) else tools
        _raw_text = get_("text", UNSET)
        if _raw_text is not None and _raw_text is not UNSET:
            try:
                text = _parse_text(_raw_text)

            except LENIENT_ERRORS:
                text = _raw_text
        else:
            text = _raw_text
        parsed_obj_.text = None if isinstance(text, Unset) else text
        _raw_reasoning = get_("reasoning", UNSET)
        if _raw_reasoning is not None and _raw_reasoning is not UNSET:
            try:
                reasoning = _parse_reasoning(_raw_reasoning)

            except LENIENT_ERRORS:
                reasoning = _raw_reasoning
        else:
            reasoning = _raw_reasoning
        parsed_obj_.reasoning = None if isinstance(reasoning, Unset) else reasoning
        parsed_obj_.truncation = get_("truncation")
        parsed_obj_.instructions = get_("instructions")
        _raw_conversation = get_("conversation", UNSET)
        if _raw_conversation is not None and _raw_conversation is not UNSET:
            try:
                conversation = _parse_conversation(_raw_conversation)

            except LENIENT_ERRORS:
                conversation = _raw_conversation
        else:
            conversation = _raw_conversation
        parsed_obj_.conversation = None if isinstance(conversation, Unset) else conversation
        _raw_tool_choice = get_("tool_choice", UNSET)
        if _raw_tool_choice is not None and _raw_tool_choice is not UNSET:
            try:
                tool_choice = _parse_tool_choice(_raw_tool_choice)

            except LENIENT_ERRORS:
                tool_choice = _raw_tool_choice
        else:
            tool_choice = _raw_tool_choice
        parsed_obj_.tool_choice = None if isinstance(tool_choice, Unset) else tool_choice
        parsed_obj_.parallel_tool_calls = get_("parallel_tool_calls")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
