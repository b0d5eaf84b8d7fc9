from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.accessors import ResponseAccessors
from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, as_float, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.create_chat_completion_request_prompt_cache_retention import (
    CreateChatCompletionRequestPromptCacheRetention,
    check_create_chat_completion_request_prompt_cache_retention,
)
from ..models.create_response_truncation import (
    CreateResponseTruncation,
    check_create_response_truncation,
)
from ..models.model_ids_responses_responses_only_model import (
    ModelIdsResponsesResponsesOnlyModel,
    check_model_ids_responses_responses_only_model,
)
from ..models.model_ids_shared_enum import ModelIdsSharedEnum, check_model_ids_shared_enum
from ..models.response_status import ResponseStatus
from ..models.service_tier_2 import ServiceTier2, check_service_tier_2
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_tool_call import ApplyPatchToolCall
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_body import CompactionBody
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool import ComputerTool
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.conversation_2 import Conversation2
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource
    from ..models.custom_tool_param import CustomToolParam
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_search_tool import FileSearchTool
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool import FunctionTool
    from ..models.function_tool_call import FunctionToolCall
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource
    from ..models.image_gen_tool import ImageGenTool
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.input_message import InputMessage
    from ..models.item_reference_param import ItemReferenceParam
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.local_shell_tool_param import LocalShellToolParam
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response import MCPApprovalResponse
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool import MCPTool
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.metadata_2 import Metadata2
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.output_message import OutputMessage
    from ..models.prompt_2 import Prompt2
    from ..models.reasoning import Reasoning
    from ..models.reasoning_item import ReasoningItem
    from ..models.response_error_2 import ResponseError2
    from ..models.response_incomplete_details import ResponseIncompleteDetails
    from ..models.response_text_param import ResponseTextParam
    from ..models.response_usage import ResponseUsage
    from ..models.sdk_access_programs import SdkAccessPrograms
    from ..models.sdk_image import SdkImage
    from ..models.sdk_input_transformation import SdkInputTransformation
    from ..models.sdk_prompt_cache_diagnostics_cache_hit import SdkPromptCacheDiagnosticsCacheHit
    from ..models.sdk_prompt_cache_diagnostics_cache_miss import SdkPromptCacheDiagnosticsCacheMiss
    from ..models.sdk_prompt_cache_diagnostics_comparison_response_not_found import (
        SdkPromptCacheDiagnosticsComparisonResponseNotFound,
    )
    from ..models.sdk_prompt_cache_diagnostics_unavailable import (
        SdkPromptCacheDiagnosticsUnavailable,
    )
    from ..models.sdk_prompt_cache_options import SdkPromptCacheOptions
    from ..models.sdk_response_moderation import SdkResponseModeration
    from ..models.sdk_tool_usage import SdkToolUsage
    from ..models.specific_apply_patch_param import SpecificApplyPatchParam
    from ..models.specific_function_shell_param import SpecificFunctionShellParam
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.tool_choice_custom import ToolChoiceCustom
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.tool_choice_types import ToolChoiceTypes
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool
    from ..models.web_search_tool_call import WebSearchToolCall

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ApplyPatchToolCall, \
        ApplyPatchToolCallItemParam, \
        ApplyPatchToolCallOutput, \
        ApplyPatchToolCallOutputItemParam, \
        ApplyPatchToolParam, \
        CodeInterpreterTool, \
        CodeInterpreterToolCall, \
        CompactionBody, \
        CompactionSummaryItemParam, \
        CompactionTriggerItemParam, \
        ComputerCallOutputItemParam, \
        ComputerTool, \
        ComputerToolCall, \
        ComputerToolCallOutputResource, \
        ComputerUsePreviewTool, \
        Conversation2, \
        CustomToolCall, \
        CustomToolCallOutput, \
        CustomToolCallOutputResource, \
        CustomToolParam, \
        EasyInputMessage, \
        FileSearchTool, \
        FileSearchToolCall, \
        FunctionCallOutputItemParam, \
        FunctionShellCall, \
        FunctionShellCallItemParam, \
        FunctionShellCallOutput, \
        FunctionShellCallOutputItemParam, \
        FunctionShellToolParam, \
        FunctionTool, \
        FunctionToolCall, \
        FunctionToolCallOutputResource, \
        ImageGenTool, \
        ImageGenToolCall, \
        InputMessage, \
        ItemReferenceParam, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        LocalShellToolParam, \
        MCPApprovalRequest, \
        MCPApprovalResponse, \
        MCPApprovalResponseResource, \
        MCPListTools, \
        MCPTool, \
        MCPToolCall, \
        Metadata2, \
        NamespaceToolParam, \
        OutputMessage, \
        Prompt2, \
        Reasoning, \
        ReasoningItem, \
        ResponseError2, \
        ResponseIncompleteDetails, \
        ResponseTextParam, \
        ResponseUsage, \
        SdkAccessPrograms, \
        SdkImage, \
        SdkInputTransformation, \
        SdkPromptCacheDiagnosticsCacheHit, \
        SdkPromptCacheDiagnosticsCacheMiss, \
        SdkPromptCacheDiagnosticsComparisonResponseNotFound, \
        SdkPromptCacheDiagnosticsUnavailable, \
        SdkPromptCacheOptions, \
        SdkResponseModeration, \
        SdkToolUsage, \
        SpecificApplyPatchParam, \
        SpecificFunctionShellParam, \
        ToolChoiceAllowed, \
        ToolChoiceCustom, \
        ToolChoiceFunction, \
        ToolChoiceMCP, \
        ToolChoiceTypes, \
        ToolSearchCall, \
        ToolSearchCallItemParam, \
        ToolSearchOutput, \
        ToolSearchOutputItemParam, \
        ToolSearchToolParam, \
        WebSearchPreviewTool, \
        WebSearchTool, \
        WebSearchToolCall
    from ..models.apply_patch_tool_call import ApplyPatchToolCall  # noqa: PLC0415
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam  # noqa: PLC0415
    from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput  # noqa: PLC0415
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam  # noqa: PLC0415
    from ..models.apply_patch_tool_param import ApplyPatchToolParam  # noqa: PLC0415
    from ..models.code_interpreter_tool import CodeInterpreterTool  # noqa: PLC0415
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall  # noqa: PLC0415
    from ..models.compaction_body import CompactionBody  # noqa: PLC0415
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam  # noqa: PLC0415
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam  # noqa: PLC0415
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam  # noqa: PLC0415
    from ..models.computer_tool import ComputerTool  # noqa: PLC0415
    from ..models.computer_tool_call import ComputerToolCall  # noqa: PLC0415
    from ..models.computer_tool_call_output_resource import ComputerToolCallOutputResource  # noqa: PLC0415
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool  # noqa: PLC0415
    from ..models.conversation_2 import Conversation2  # noqa: PLC0415
    from ..models.custom_tool_call import CustomToolCall  # noqa: PLC0415
    from ..models.custom_tool_call_output import CustomToolCallOutput  # noqa: PLC0415
    from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource  # noqa: PLC0415
    from ..models.custom_tool_param import CustomToolParam  # noqa: PLC0415
    from ..models.easy_input_message import EasyInputMessage  # noqa: PLC0415
    from ..models.file_search_tool import FileSearchTool  # noqa: PLC0415
    from ..models.file_search_tool_call import FileSearchToolCall  # noqa: PLC0415
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam  # noqa: PLC0415
    from ..models.function_shell_call import FunctionShellCall  # noqa: PLC0415
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam  # noqa: PLC0415
    from ..models.function_shell_call_output import FunctionShellCallOutput  # noqa: PLC0415
    from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam  # noqa: PLC0415
    from ..models.function_shell_tool_param import FunctionShellToolParam  # noqa: PLC0415
    from ..models.function_tool import FunctionTool  # noqa: PLC0415
    from ..models.function_tool_call import FunctionToolCall  # noqa: PLC0415
    from ..models.function_tool_call_output_resource import FunctionToolCallOutputResource  # noqa: PLC0415
    from ..models.image_gen_tool import ImageGenTool  # noqa: PLC0415
    from ..models.image_gen_tool_call import ImageGenToolCall  # noqa: PLC0415
    from ..models.input_message import InputMessage  # noqa: PLC0415
    from ..models.item_reference_param import ItemReferenceParam  # noqa: PLC0415
    from ..models.local_shell_tool_call import LocalShellToolCall  # noqa: PLC0415
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput  # noqa: PLC0415
    from ..models.local_shell_tool_param import LocalShellToolParam  # noqa: PLC0415
    from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: PLC0415
    from ..models.mcp_approval_response import MCPApprovalResponse  # noqa: PLC0415
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource  # noqa: PLC0415
    from ..models.mcp_list_tools import MCPListTools  # noqa: PLC0415
    from ..models.mcp_tool import MCPTool  # noqa: PLC0415
    from ..models.mcp_tool_call import MCPToolCall  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415
    from ..models.namespace_tool_param import NamespaceToolParam  # noqa: PLC0415
    from ..models.output_message import OutputMessage  # noqa: PLC0415
    from ..models.prompt_2 import Prompt2  # noqa: PLC0415
    from ..models.reasoning import Reasoning  # noqa: PLC0415
    from ..models.reasoning_item import ReasoningItem  # noqa: PLC0415
    from ..models.response_error_2 import ResponseError2  # noqa: PLC0415
    from ..models.response_incomplete_details import ResponseIncompleteDetails  # noqa: PLC0415
    from ..models.response_text_param import ResponseTextParam  # noqa: PLC0415
    from ..models.response_usage import ResponseUsage  # noqa: PLC0415
    from ..models.sdk_access_programs import SdkAccessPrograms  # noqa: PLC0415
    from ..models.sdk_image import SdkImage  # noqa: PLC0415
    from ..models.sdk_input_transformation import SdkInputTransformation  # noqa: PLC0415
    from ..models.sdk_prompt_cache_diagnostics_cache_hit import SdkPromptCacheDiagnosticsCacheHit  # noqa: PLC0415
    from ..models.sdk_prompt_cache_diagnostics_cache_miss import SdkPromptCacheDiagnosticsCacheMiss  # noqa: PLC0415
    from ..models.sdk_prompt_cache_diagnostics_comparison_response_not_found import (
        SdkPromptCacheDiagnosticsComparisonResponseNotFound,  # noqa: PLC0415
    )
    from ..models.sdk_prompt_cache_diagnostics_unavailable import (
        SdkPromptCacheDiagnosticsUnavailable,  # noqa: PLC0415
    )
    from ..models.sdk_prompt_cache_options import SdkPromptCacheOptions  # noqa: PLC0415
    from ..models.sdk_response_moderation import SdkResponseModeration  # noqa: PLC0415
    from ..models.sdk_tool_usage import SdkToolUsage  # noqa: PLC0415
    from ..models.specific_apply_patch_param import SpecificApplyPatchParam  # noqa: PLC0415
    from ..models.specific_function_shell_param import SpecificFunctionShellParam  # noqa: PLC0415
    from ..models.tool_choice_allowed import ToolChoiceAllowed  # noqa: PLC0415
    from ..models.tool_choice_custom import ToolChoiceCustom  # noqa: PLC0415
    from ..models.tool_choice_function import ToolChoiceFunction  # noqa: PLC0415
    from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: PLC0415
    from ..models.tool_choice_types import ToolChoiceTypes  # noqa: PLC0415
    from ..models.tool_search_call import ToolSearchCall  # noqa: PLC0415
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam  # noqa: PLC0415
    from ..models.tool_search_output import ToolSearchOutput  # noqa: PLC0415
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam  # noqa: PLC0415
    from ..models.tool_search_tool_param import ToolSearchToolParam  # noqa: PLC0415
    from ..models.web_search_preview_tool import WebSearchPreviewTool  # noqa: PLC0415
    from ..models.web_search_tool import WebSearchTool  # noqa: PLC0415
    from ..models.web_search_tool_call import WebSearchToolCall  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_metadata(data: object) -> Metadata2 | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None", data)


def _parse_model(data: object) -> ModelIdsResponsesResponsesOnlyModel | ModelIdsSharedEnum | str:
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_model_ids_shared_type_1 = check_model_ids_shared_enum(data)

        return componentsschemas_model_ids_shared_type_1
    except LENIENT_ERRORS:
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_model_ids_responses_type_1 = (
            check_model_ids_responses_responses_only_model(data)
        )

        return componentsschemas_model_ids_responses_type_1
    except LENIENT_ERRORS:
        pass
    return cast("ModelIdsResponsesResponsesOnlyModel | ModelIdsSharedEnum | str", data)


def _parse_componentsschemas_tools_array_item(
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


def _parse_tool_choice(
    data: object,
) -> (
    SpecificApplyPatchParam
    | SpecificFunctionShellParam
    | ToolChoiceAllowed
    | ToolChoiceCustom
    | ToolChoiceFunction
    | ToolChoiceMCP
    | ToolChoiceOptions
    | ToolChoiceTypes
):
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
                "SpecificApplyPatchParam | SpecificFunctionShellParam | ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | ToolChoiceTypes",
                UnknownVariant(data),
            )
        return cast(
            "SpecificApplyPatchParam | SpecificFunctionShellParam | ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | ToolChoiceTypes",
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
        "SpecificApplyPatchParam | SpecificFunctionShellParam | ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | ToolChoiceTypes",
        data,
    )


def _parse_error(data: object) -> None | ResponseError2:
    if data is None:
        return data
    if isinstance(data, dict):
        return ResponseError2._from_dict_(data)
    return cast("None | ResponseError2", data)


def _parse_incomplete_details(data: object) -> None | ResponseIncompleteDetails:
    if data is None:
        return data
    if isinstance(data, dict):
        return ResponseIncompleteDetails._from_dict_(data)
    return cast("None | ResponseIncompleteDetails", data)


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


def _parse_instructions(
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
):
    if data is None:
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()

        def _parse_instructions_type_1_item(
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

        instructions_type_1 = []
        _instructions_type_1 = data
        if not isinstance(_instructions_type_1, list):
            raise TypeError()
        for instructions_type_1_item_data in _instructions_type_1:
            try:
                instructions_type_1_item = _parse_instructions_type_1_item(
                    instructions_type_1_item_data
                )

            except LENIENT_ERRORS:
                instructions_type_1_item = instructions_type_1_item_data
            instructions_type_1.append(instructions_type_1_item)

        return instructions_type_1
    except LENIENT_ERRORS:
        pass
    return cast(
        "list[ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall | FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall | ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam | WebSearchToolCall] | None | str",
        data,
    )


def _parse_service_tier(data: object) -> None | ServiceTier2 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_service_tier_type_0 = check_service_tier_2(data)

        return componentsschemas_service_tier_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ServiceTier2 | Unset", data)


def _parse_prompt_cache_retention(
    data: object,
) -> CreateChatCompletionRequestPromptCacheRetention | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        prompt_cache_retention_type_0 = check_create_chat_completion_request_prompt_cache_retention(
            data
        )

        return prompt_cache_retention_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateChatCompletionRequestPromptCacheRetention | None | Unset", data)


def _parse_reasoning(data: object) -> None | Reasoning | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Reasoning._from_dict_(data)
    return cast("None | Reasoning | Unset", data)


def _parse_prompt(data: object) -> None | Prompt2 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Prompt2._from_dict_(data)
    return cast("None | Prompt2 | Unset", data)


def _parse_truncation(data: object) -> CreateResponseTruncation | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        truncation_type_0 = check_create_response_truncation(data)

        return truncation_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateResponseTruncation | None | Unset", data)


def _parse_conversation(data: object) -> Conversation2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Conversation2._from_dict_(data)
    return cast("Conversation2 | None | Unset", data)


def _parse_access_programs(data: object) -> None | SdkAccessPrograms | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkAccessPrograms._from_dict_(data)
    return cast("None | SdkAccessPrograms | Unset", data)


def _parse_image(data: object) -> None | SdkImage | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkImage._from_dict_(data)
    return cast("None | SdkImage | Unset", data)


def _parse_input_transformations(data: object) -> list[SdkInputTransformation] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        input_transformations_type_0 = []
        _input_transformations_type_0 = data
        if not isinstance(_input_transformations_type_0, list):
            raise TypeError()
        for input_transformations_type_0_item_data in _input_transformations_type_0:
            try:
                input_transformations_type_0_item = (
                    SdkInputTransformation._from_dict_(input_transformations_type_0_item_data)
                    if input_transformations_type_0_item_data.__class__ is dict
                    else SdkInputTransformation.from_dict(input_transformations_type_0_item_data)
                )
            except LENIENT_ERRORS:
                input_transformations_type_0_item = input_transformations_type_0_item_data
            input_transformations_type_0.append(input_transformations_type_0_item)

        return input_transformations_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[SdkInputTransformation] | None | Unset", data)


def _parse_moderation(data: object) -> None | SdkResponseModeration | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkResponseModeration._from_dict_(data)
    return cast("None | SdkResponseModeration | Unset", data)


def _parse_prompt_cache_diagnostics(
    data: object,
) -> (
    None
    | SdkPromptCacheDiagnosticsCacheHit
    | SdkPromptCacheDiagnosticsCacheMiss
    | SdkPromptCacheDiagnosticsComparisonResponseNotFound
    | SdkPromptCacheDiagnosticsUnavailable
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
                SdkPromptCacheDiagnosticsCacheMiss,
                SdkPromptCacheDiagnosticsCacheHit,
                SdkPromptCacheDiagnosticsComparisonResponseNotFound,
                SdkPromptCacheDiagnosticsUnavailable,
            ),
        )
        if variant is None:
            return cast(
                "None | SdkPromptCacheDiagnosticsCacheHit | SdkPromptCacheDiagnosticsCacheMiss | SdkPromptCacheDiagnosticsComparisonResponseNotFound | SdkPromptCacheDiagnosticsUnavailable | Unset",
                UnknownVariant(data),
            )
        return cast(
            "None | SdkPromptCacheDiagnosticsCacheHit | SdkPromptCacheDiagnosticsCacheMiss | SdkPromptCacheDiagnosticsComparisonResponseNotFound | SdkPromptCacheDiagnosticsUnavailable | Unset",
            variant.from_dict(data),
        )
    return cast(
        "None | SdkPromptCacheDiagnosticsCacheHit | SdkPromptCacheDiagnosticsCacheMiss | SdkPromptCacheDiagnosticsComparisonResponseNotFound | SdkPromptCacheDiagnosticsUnavailable | Unset",
        data,
    )


def _parse_prompt_cache_options(data: object) -> None | SdkPromptCacheOptions | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkPromptCacheOptions._from_dict_(data)
    return cast("None | SdkPromptCacheOptions | Unset", data)


def _parse_tool_usage(data: object) -> None | SdkToolUsage | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkToolUsage._from_dict_(data)
    return cast("None | SdkToolUsage | Unset", data)


@_attrs_define(repr=False)
class ResponseObject(ResponseAccessors, ApiModel):
    model: ModelIdsResponsesResponsesOnlyModel | ModelIdsSharedEnum | str

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
        | UnknownVariant
        | WebSearchPreviewTool
        | WebSearchTool
    ]
    """ An array of tools the model may call while generating a response. You
    can specify which tool to use by setting the `tool_choice` parameter.

    We support the following categories of tools:
    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web search](https://platform.openai.com/docs/guides/tools-web-search)
      or [file search](https://platform.openai.com/docs/guides/tools-file-search). Learn more about
      [built-in tools](https://platform.openai.com/docs/guides/tools).
    - **MCP Tools**: Integrations with third-party systems via custom MCP servers
      or predefined connectors such as Google Drive and SharePoint. Learn more about
      [MCP Tools](https://platform.openai.com/docs/guides/tools-connectors-mcp).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code with strongly typed arguments
      and outputs. Learn more about
      [function calling](https://platform.openai.com/docs/guides/function-calling). You can also use
      custom tools to call your own code.
     """

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
    )
    """ How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call.
     """

    id: str
    """ Unique identifier for this Response.
     """

    created_at: float
    """ Unix timestamp (in seconds) of when this Response was created.
     """

    output: list[
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
    ]
    """ An array of content items generated by the model.

    - The length and order of items in the `output` array is dependent
      on the model's response.
    - Rather than accessing the first item in the `output` array and
      assuming it's an `assistant` message with the content generated by
      the model, you might consider using the `output_text` property where
      supported in SDKs.
     """

    parallel_tool_calls: bool
    """ Whether to allow the model to run tool calls in parallel.

    Server default: `true`. """

    metadata: Metadata2 | None = ABSENT

    temperature: float | None = ABSENT

    top_p: float | None = ABSENT

    object: Literal["response"] = "response"
    """ The object type of this resource - always set to `response`.
     """

    error: ResponseError2 | None = ABSENT

    incomplete_details: ResponseIncompleteDetails | None = ABSENT

    instructions: (
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

    top_logprobs: int | None = ABSENT

    user: str | None = ABSENT
    """ This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead
    to maintain caching optimizations.
    A stable identifier for your end-users.
    Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse.
    [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers).
     """

    safety_identifier: str | None = ABSENT
    """ A stable identifier used to help detect users of your application that may be violating OpenAI's usage
    policies.
    The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We
    recommend hashing their username or email address, in order to avoid sending us any identifying information.
    [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers).
     """

    prompt_cache_key: str | None = ABSENT
    """ Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user`
    field. [Learn more](https://platform.openai.com/docs/guides/prompt-caching).
     """

    service_tier: ServiceTier2 | str | None = ABSENT

    prompt_cache_retention: CreateChatCompletionRequestPromptCacheRetention | str | None = ABSENT

    previous_response_id: str | None = ABSENT

    reasoning: Reasoning | None = ABSENT

    background: bool | None = ABSENT

    max_tool_calls: int | None = ABSENT

    text: ResponseTextParam | None = ABSENT
    """ Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
    - [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs)
     """

    prompt: Prompt2 | None = ABSENT

    truncation: CreateResponseTruncation | str | None = ABSENT

    status: ResponseStatus | str | None = ABSENT
    """ The status of the response generation. One of `completed`, `failed`,
    `in_progress`, `cancelled`, `queued`, or `incomplete`.
     """

    completed_at: float | None = ABSENT

    usage: ResponseUsage | None = ABSENT
    """ Represents token usage details including input tokens, output tokens,
    a breakdown of output tokens, and the total tokens used.
     """

    conversation: Conversation2 | None = ABSENT

    max_output_tokens: int | None = ABSENT

    access_programs: SdkAccessPrograms | None = ABSENT
    """ Not in the pinned spec; the official SDK's `Response` has it (the live API sends it). Reads None when
    absent. """

    image: SdkImage | None = ABSENT
    """ Not in the pinned spec; the official SDK's `Response` has it (the live API sends it). Reads None when
    absent. """

    input_transformations: list[SdkInputTransformation] | None = ABSENT
    """ Not in the pinned spec; the official SDK's `Response` has it (the live API sends it). Reads None when
    absent. """

    moderation: SdkResponseModeration | None = ABSENT
    """ Not in the pinned spec; the official SDK's `Response` has it (the live API sends it). Reads None when
    absent. """

    prompt_cache_diagnostics: (
        SdkPromptCacheDiagnosticsCacheHit
        | SdkPromptCacheDiagnosticsCacheMiss
        | SdkPromptCacheDiagnosticsComparisonResponseNotFound
        | SdkPromptCacheDiagnosticsUnavailable
        | UnknownVariant
        | None
    ) = ABSENT
    """ Not in the pinned spec; the official SDK's `Response` has it (the live API sends it). Reads None when
    absent. """

    prompt_cache_options: SdkPromptCacheOptions | None = ABSENT
    """ Not in the pinned spec; the official SDK's `Response` has it (the live API sends it). Reads None when
    absent. """

    tool_usage: SdkToolUsage | None = ABSENT
    """ Not in the pinned spec; the official SDK's `Response` has it (the live API sends it). Reads None when
    absent. """

    _sdk_name_: ClassVar[str] = "Response"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("access_programs", "access_programs"),
        ("created_at", "created_at"),
        ("error", "error"),
        ("incomplete_details", "incomplete_details"),
        ("instructions", "instructions"),
        ("metadata", "metadata"),
        ("model", "model"),
        ("object", "object"),
        ("output", "output"),
        ("parallel_tool_calls", "parallel_tool_calls"),
        ("temperature", "temperature"),
        ("tool_choice", "tool_choice"),
        ("tools", "tools"),
        ("top_p", "top_p"),
        ("background", "background"),
        ("completed_at", "completed_at"),
        ("conversation", "conversation"),
        ("image", "image"),
        ("input_transformations", "input_transformations"),
        ("max_output_tokens", "max_output_tokens"),
        ("max_tool_calls", "max_tool_calls"),
        ("moderation", "moderation"),
        ("previous_response_id", "previous_response_id"),
        ("prompt", "prompt"),
        ("prompt_cache_diagnostics", "prompt_cache_diagnostics"),
        ("prompt_cache_key", "prompt_cache_key"),
        ("prompt_cache_options", "prompt_cache_options"),
        ("prompt_cache_retention", "prompt_cache_retention"),
        ("reasoning", "reasoning"),
        ("safety_identifier", "safety_identifier"),
        ("service_tier", "service_tier"),
        ("status", "status"),
        ("text", "text"),
        ("tool_usage", "tool_usage"),
        ("top_logprobs", "top_logprobs"),
        ("truncation", "truncation"),
        ("usage", "usage"),
        ("user", "user"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "metadata": "Metadata2 | None",
        "temperature": "float | None",
        "top_p": "float | None",
        "model": "ModelIdsResponsesResponsesOnlyModel | ModelIdsSharedEnum | str",
        "tools": "list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool]",
        "tool_choice": "SpecificApplyPatchParam | SpecificFunctionShellParam | ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | ToolChoiceTypes",
        "id": "str",
        "object": "Literal['response']",
        "created_at": "float",
        "error": "None | ResponseError2",
        "incomplete_details": "None | ResponseIncompleteDetails",
        "output": "list[ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutputResource | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCall | FunctionToolCallOutputResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | OutputMessage | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall]",
        "instructions": "list[ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall | FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall | ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam | WebSearchToolCall] | None | str",
        "parallel_tool_calls": "bool",
        "top_logprobs": "int | None | Unset",
        "user": "str | Unset",
        "safety_identifier": "str | Unset",
        "prompt_cache_key": "str | Unset",
        "service_tier": "None | ServiceTier2 | Unset",
        "prompt_cache_retention": "CreateChatCompletionRequestPromptCacheRetention | None | Unset",
        "previous_response_id": "None | str | Unset",
        "reasoning": "None | Reasoning | Unset",
        "background": "bool | None | Unset",
        "max_tool_calls": "int | None | Unset",
        "text": "ResponseTextParam | Unset",
        "prompt": "None | Prompt2 | Unset",
        "truncation": "CreateResponseTruncation | None | Unset",
        "status": "ResponseStatus | Unset",
        "completed_at": "float | None | Unset",
        "usage": "ResponseUsage | Unset",
        "conversation": "Conversation2 | None | Unset",
        "max_output_tokens": "int | None | Unset",
        "access_programs": "None | SdkAccessPrograms | Unset",
        "image": "None | SdkImage | Unset",
        "input_transformations": "list[SdkInputTransformation] | None | Unset",
        "moderation": "None | SdkResponseModeration | Unset",
        "prompt_cache_diagnostics": "None | SdkPromptCacheDiagnosticsCacheHit | SdkPromptCacheDiagnosticsCacheMiss | SdkPromptCacheDiagnosticsComparisonResponseNotFound | SdkPromptCacheDiagnosticsUnavailable | Unset",
        "prompt_cache_options": "None | SdkPromptCacheOptions | Unset",
        "tool_usage": "None | SdkToolUsage | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("response",),
        "status": (
            "cancelled",
            "completed",
            "failed",
            "in_progress",
            "incomplete",
            "queued",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "metadata",
        "temperature",
        "top_p",
        "model",
        "tools",
        "tool_choice",
        "id",
        "object",
        "created_at",
        "error",
        "incomplete_details",
        "output",
        "instructions",
        "parallel_tool_calls",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "metadata",
            "temperature",
            "top_p",
            "model",
            "tools",
            "tool_choice",
            "id",
            "object",
            "created_at",
            "error",
            "incomplete_details",
            "output",
            "instructions",
            "parallel_tool_calls",
            "top_logprobs",
            "user",
            "safety_identifier",
            "prompt_cache_key",
            "service_tier",
            "prompt_cache_retention",
            "previous_response_id",
            "reasoning",
            "background",
            "max_tool_calls",
            "text",
            "prompt",
            "truncation",
            "status",
            "completed_at",
            "usage",
            "conversation",
            "max_output_tokens",
            "access_programs",
            "image",
            "input_transformations",
            "moderation",
            "prompt_cache_diagnostics",
            "prompt_cache_options",
            "tool_usage",
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
        value_2 = self.access_programs
        if value_2 is None:
            if "access_programs" in present:
                out["access_programs"] = None
        else:
            out["access_programs"] = to_json(value_2)
        value_3 = self.created_at
        if value_3 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_3
        value_4 = self.error
        if value_4 is None:
            if "error" in present:
                out["error"] = None
        else:
            out["error"] = to_json(value_4)
        value_5 = self.incomplete_details
        if value_5 is None:
            if "incomplete_details" in present:
                out["incomplete_details"] = None
        else:
            out["incomplete_details"] = to_json(value_5)
        value_6 = self.instructions
        if value_6 is None:
            if "instructions" in present:
                out["instructions"] = None
        else:
            out["instructions"] = to_json(value_6)
        value_7 = self.metadata
        if value_7 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_7)
        value_8 = self.model
        if value_8 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_8)
        value_9 = self.object
        if value_9 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_9
        value_10 = self.output
        if value_10 is None:
            if "output" in present:
                out["output"] = None
        elif value_10 or not isinstance(value_10, AbsentList) or "output" in present:
            out["output"] = to_json(value_10)
        value_11 = self.parallel_tool_calls
        if value_11 is None:
            if "parallel_tool_calls" in present:
                out["parallel_tool_calls"] = None
        else:
            out["parallel_tool_calls"] = value_11
        value_12 = self.temperature
        if value_12 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = to_json(value_12)
        value_13 = self.tool_choice
        if value_13 is None:
            if "tool_choice" in present:
                out["tool_choice"] = None
        else:
            out["tool_choice"] = to_json(value_13)
        value_14 = self.tools
        if value_14 is None:
            if "tools" in present:
                out["tools"] = None
        elif value_14 or not isinstance(value_14, AbsentList) or "tools" in present:
            out["tools"] = to_json(value_14)
        value_15 = self.top_p
        if value_15 is None:
            if "top_p" in present:
                out["top_p"] = None
        else:
            out["top_p"] = to_json(value_15)
        value_16 = self.background
        if value_16 is None:
            if "background" in present:
                out["background"] = None
        else:
            out["background"] = to_json(value_16)
        value_17 = self.completed_at
        if value_17 is None:
            if "completed_at" in present:
                out["completed_at"] = None
        else:
            out["completed_at"] = to_json(value_17)
        value_18 = self.conversation
        if value_18 is None:
            if "conversation" in present:
                out["conversation"] = None
        else:
            out["conversation"] = to_json(value_18)
        value_19 = self.image
        if value_19 is None:
            if "image" in present:
                out["image"] = None
        else:
            out["image"] = to_json(value_19)
        value_20 = self.input_transformations
        if value_20 is None:
            if "input_transformations" in present:
                out["input_transformations"] = None
        else:
            out["input_transformations"] = to_json(value_20)
        value_21 = self.max_output_tokens
        if value_21 is None:
            if "max_output_tokens" in present:
                out["max_output_tokens"] = None
        else:
            out["max_output_tokens"] = to_json(value_21)
        value_22 = self.max_tool_calls
        if value_22 is None:
            if "max_tool_calls" in present:
                out["max_tool_calls"] = None
        else:
            out["max_tool_calls"] = to_json(value_22)
        value_23 = self.moderation
        if value_23 is None:
            if "moderation" in present:
                out["moderation"] = None
        else:
            out["moderation"] = to_json(value_23)
        value_24 = self.previous_response_id
        if value_24 is None:
            if "previous_response_id" in present:
                out["previous_response_id"] = None
        else:
            out["previous_response_id"] = to_json(value_24)
        value_25 = self.prompt
        if value_25 is None:
            if "prompt" in present:
                out["prompt"] = None
        else:
            out["prompt"] = to_json(value_25)
        value_26 = self.prompt_cache_diagnostics
        if value_26 is None:
            if "prompt_cache_diagnostics" in present:
                out["prompt_cache_diagnostics"] = None
        else:
            out["prompt_cache_diagnostics"] = to_json(value_26)
        value_27 = self.prompt_cache_key
        if value_27 is None:
            if "prompt_cache_key" in present:
                out["prompt_cache_key"] = None
        else:
            out["prompt_cache_key"] = value_27
        value_28 = self.prompt_cache_options
        if value_28 is None:
            if "prompt_cache_options" in present:
                out["prompt_cache_options"] = None
        else:
            out["prompt_cache_options"] = to_json(value_28)
        value_29 = self.prompt_cache_retention
        if value_29 is None:
            if "prompt_cache_retention" in present:
                out["prompt_cache_retention"] = None
        else:
            out["prompt_cache_retention"] = to_json(value_29)
        value_30 = self.reasoning
        if value_30 is None:
            if "reasoning" in present:
                out["reasoning"] = None
        else:
            out["reasoning"] = to_json(value_30)
        value_31 = self.safety_identifier
        if value_31 is None:
            if "safety_identifier" in present:
                out["safety_identifier"] = None
        else:
            out["safety_identifier"] = value_31
        value_32 = self.service_tier
        if value_32 is None:
            if "service_tier" in present:
                out["service_tier"] = None
        else:
            out["service_tier"] = to_json(value_32)
        value_33 = self.status
        if value_33 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_33
        value_34 = self.text
        if value_34 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = to_json(value_34)
        value_35 = self.tool_usage
        if value_35 is None:
            if "tool_usage" in present:
                out["tool_usage"] = None
        else:
            out["tool_usage"] = to_json(value_35)
        value_36 = self.top_logprobs
        if value_36 is None:
            if "top_logprobs" in present:
                out["top_logprobs"] = None
        else:
            out["top_logprobs"] = to_json(value_36)
        value_37 = self.truncation
        if value_37 is None:
            if "truncation" in present:
                out["truncation"] = None
        else:
            out["truncation"] = to_json(value_37)
        value_38 = self.usage
        if value_38 is None:
            if "usage" in present:
                out["usage"] = None
        else:
            out["usage"] = to_json(value_38)
        value_39 = self.user
        if value_39 is None:
            if "user" in present:
                out["user"] = None
        else:
            out["user"] = value_39
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
        _raw_metadata = get_("metadata", None)
        if _raw_metadata is not None:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = metadata
        parsed_obj_.temperature = as_float(get_("temperature"))
        parsed_obj_.top_p = as_float(get_("top_p"))
        _raw_model = get_("model", None)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model
        parsed_obj_.model = model
        _raw_tools = get_("tools", UNSET)
        try:
            tools = []
            _tools = _raw_tools
            if not isinstance(_tools, list):
                raise TypeError()
            for componentsschemas_tools_array_item_data in _tools:
                try:
                    componentsschemas_tools_array_item = _parse_componentsschemas_tools_array_item(
                        componentsschemas_tools_array_item_data
                    )

                except LENIENT_ERRORS:
                    componentsschemas_tools_array_item = componentsschemas_tools_array_item_data
                tools.append(componentsschemas_tools_array_item)

        except LENIENT_ERRORS:
            tools = _raw_tools
        parsed_obj_.tools = AbsentList() if isinstance(tools, Unset) else tools
        _raw_tool_choice = get_("tool_choice", None)
        try:
            tool_choice = _parse_tool_choice(_raw_tool_choice)

        except LENIENT_ERRORS:
            tool_choice = _raw_tool_choice
        parsed_obj_.tool_choice = tool_choice
        parsed_obj_.id = get_("id")
        parsed_obj_.object = get_("object")
        parsed_obj_.created_at = as_float(get_("created_at"))
        _raw_error = get_("error", None)
        if _raw_error is not None:
            try:
                error = _parse_error(_raw_error)

            except LENIENT_ERRORS:
                error = _raw_error
        else:
            error = _raw_error
        parsed_obj_.error = error
        _raw_incomplete_details = get_("incomplete_details", None)
        if _raw_incomplete_details is not None:
            try:
                incomplete_details = _parse_incomplete_details(_raw_incomplete_details)

            except LENIENT_ERRORS:
                incomplete_details = _raw_incomplete_details
        else:
            incomplete_details = _raw_incomplete_details
        parsed_obj_.incomplete_details = incomplete_details
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
        _raw_instructions = get_("instructions", None)
        if _raw_instructions is not None:
            try:
                instructions = _parse_instructions(_raw_instructions)

            except LENIENT_ERRORS:
                instructions = _raw_instructions
        else:
            instructions = _raw_instructions
        parsed_obj_.instructions = instructions
        parsed_obj_.parallel_tool_calls = get_("parallel_tool_calls")
        parsed_obj_.top_logprobs = get_("top_logprobs")
        parsed_obj_.user = get_("user")
        parsed_obj_.safety_identifier = get_("safety_identifier")
        parsed_obj_.prompt_cache_key = get_("prompt_cache_key")
        _raw_service_tier = get_("service_tier", UNSET)
        if _raw_service_tier is not None and _raw_service_tier is not UNSET:
            try:
                service_tier = _parse_service_tier(_raw_service_tier)

            except LENIENT_ERRORS:
                service_tier = _raw_service_tier
        else:
            service_tier = _raw_service_tier
        parsed_obj_.service_tier = None if isinstance(service_tier, Unset) else service_tier
        _raw_prompt_cache_retention = get_("prompt_cache_retention", UNSET)
        if _raw_prompt_cache_retention is not None and _raw_prompt_cache_retention is not UNSET:
            try:
                prompt_cache_retention = _parse_prompt_cache_retention(_raw_prompt_cache_retention)

            except LENIENT_ERRORS:
                prompt_cache_retention = _raw_prompt_cache_retention
        else:
            prompt_cache_retention = _raw_prompt_cache_retention
        parsed_obj_.prompt_cache_retention = (
            None if isinstance(prompt_cache_retention, Unset) else prompt_cache_retention
        )
        parsed_obj_.previous_response_id = get_("previous_response_id")
        _raw_reasoning = get_("reasoning", UNSET)
        if _raw_reasoning is not None and _raw_reasoning is not UNSET:
            try:
                reasoning = _parse_reasoning(_raw_reasoning)

            except LENIENT_ERRORS:
                reasoning = _raw_reasoning
        else:
            reasoning = _raw_reasoning
        parsed_obj_.reasoning = None if isinstance(reasoning, Unset) else reasoning
        parsed_obj_.background = get_("background")
        parsed_obj_.max_tool_calls = get_("max_tool_calls")
        text = get_("text")
        if text is not None:
            try:
                text = (
                    ResponseTextParam._from_dict_(text)
                    if text.__class__ is dict
                    else ResponseTextParam.from_dict(text)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.text = text
        _raw_prompt = get_("prompt", UNSET)
        if _raw_prompt is not None and _raw_prompt is not UNSET:
            try:
                prompt = _parse_prompt(_raw_prompt)

            except LENIENT_ERRORS:
                prompt = _raw_prompt
        else:
            prompt = _raw_prompt
        parsed_obj_.prompt = None if isinstance(prompt, Unset) else prompt
        _raw_truncation = get_("truncation", UNSET)
        if _raw_truncation is not None and _raw_truncation is not UNSET:
            try:
                truncation = _parse_truncation(_raw_truncation)

            except LENIENT_ERRORS:
                truncation = _raw_truncation
        else:
            truncation = _raw_truncation
        parsed_obj_.truncation = None if isinstance(truncation, Unset) else truncation
        parsed_obj_.status = get_("status")
        parsed_obj_.completed_at = as_float(get_("completed_at"))
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
        _raw_conversation = get_("conversation", UNSET)
        if _raw_conversation is not None and _raw_conversation is not UNSET:
            try:
                conversation = _parse_conversation(_raw_conversation)

            except LENIENT_ERRORS:
                conversation = _raw_conversation
        else:
            conversation = _raw_conversation
        parsed_obj_.conversation = None if isinstance(conversation, Unset) else conversation
        parsed_obj_.max_output_tokens = get_("max_output_tokens")
        _raw_access_programs = get_("access_programs", UNSET)
        if _raw_access_programs is not None and _raw_access_programs is not UNSET:
            try:
                access_programs = _parse_access_programs(_raw_access_programs)

            except LENIENT_ERRORS:
                access_programs = _raw_access_programs
        else:
            access_programs = _raw_access_programs
        parsed_obj_.access_programs = (
            None if isinstance(access_programs, Unset) else access_programs
        )
        _raw_image = get_("image", UNSET)
        if _raw_image is not None and _raw_image is not UNSET:
            try:
                image = _parse_image(_raw_image)

            except LENIENT_ERRORS:
                image = _raw_image
        else:
            image = _raw_image
        parsed_obj_.image = None if isinstance(image, Unset) else image
        _raw_input_transformations = get_("input_transformations", UNSET)
        if _raw_input_transformations is not None and _raw_input_transformations is not UNSET:
            try:
                input_transformations = _parse_input_transformations(_raw_input_transformations)

            except LENIENT_ERRORS:
                input_transformations = _raw_input_transformations
        else:
            input_transformations = _raw_input_transformations
        parsed_obj_.input_transformations = (
            None if isinstance(input_transformations, Unset) else input_transformations
        )
        _raw_moderation = get_("moderation", UNSET)
        if _raw_moderation is not None and _raw_moderation is not UNSET:
            try:
                moderation = _parse_moderation(_raw_moderation)

            except LENIENT_ERRORS:
                moderation = _raw_moderation
        else:
            moderation = _raw_moderation
        parsed_obj_.moderation = None if isinstance(moderation, Unset) else moderation
        _raw_prompt_cache_diagnostics = get_("prompt_cache_diagnostics", UNSET)
        if _raw_prompt_cache_diagnostics is not None and _raw_prompt_cache_diagnostics is not UNSET:
            try:
                prompt_cache_diagnostics = _parse_prompt_cache_diagnostics(
                    _raw_prompt_cache_diagnostics
                )

            except LENIENT_ERRORS:
                prompt_cache_diagnostics = _raw_prompt_cache_diagnostics
        else:
            prompt_cache_diagnostics = _raw_prompt_cache_diagnostics
        parsed_obj_.prompt_cache_diagnostics = (
            None if isinstance(prompt_cache_diagnostics, Unset) else prompt_cache_diagnostics
        )
        _raw_prompt_cache_options = get_("prompt_cache_options", UNSET)
        if _raw_prompt_cache_options is not None and _raw_prompt_cache_options is not UNSET:
            try:
                prompt_cache_options = _parse_prompt_cache_options(_raw_prompt_cache_options)

            except LENIENT_ERRORS:
                prompt_cache_options = _raw_prompt_cache_options
        else:
            prompt_cache_options = _raw_prompt_cache_options
        parsed_obj_.prompt_cache_options = (
            None if isinstance(prompt_cache_options, Unset) else prompt_cache_options
        )
        _raw_tool_usage = get_("tool_usage", UNSET)
        if _raw_tool_usage is not None and _raw_tool_usage is not UNSET:
            try:
                tool_usage = _parse_tool_usage(_raw_tool_usage)

            except LENIENT_ERRORS:
                tool_usage = _raw_tool_usage
        else:
            tool_usage = _raw_tool_usage
        parsed_obj_.tool_usage = None if isinstance(tool_usage, Unset) else tool_usage
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
