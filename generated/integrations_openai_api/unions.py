"""Parse entry points for the root discriminated unions of the spec.

`parse_<union>(data)` dispatches on the discriminator with one dict lookup and imports
only the class it needs; a value this client does not know yet gives an `UnknownVariant`
holding the raw fields. The `<Union>` names are type aliases for type checkers only.
Written by scripts/codegen/dispatch.py; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from ._runtime.dispatch import LazyUnion
from ._runtime.lenient import UnknownVariant

if TYPE_CHECKING:
    from .models.apply_patch_create_file_operation_param import ApplyPatchCreateFileOperationParam
    from .models.apply_patch_delete_file_operation_param import ApplyPatchDeleteFileOperationParam
    from .models.apply_patch_tool_call import ApplyPatchToolCall
    from .models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from .models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from .models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
    from .models.apply_patch_tool_param import ApplyPatchToolParam
    from .models.apply_patch_update_file_operation_param import ApplyPatchUpdateFileOperationParam
    from .models.assistant_message_item import AssistantMessageItem
    from .models.auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam
    from .models.chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,
    )
    from .models.chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage,
    )
    from .models.chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage,
    )
    from .models.chat_completion_request_message_content_part_audio import (
        ChatCompletionRequestMessageContentPartAudio,
    )
    from .models.chat_completion_request_message_content_part_file import (
        ChatCompletionRequestMessageContentPartFile,
    )
    from .models.chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,
    )
    from .models.chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal,
    )
    from .models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )
    from .models.chat_completion_request_system_message import ChatCompletionRequestSystemMessage
    from .models.chat_completion_request_tool_message import ChatCompletionRequestToolMessage
    from .models.chat_completion_request_user_message import ChatCompletionRequestUserMessage
    from .models.click_param import ClickParam
    from .models.client_tool_call_item import ClientToolCallItem
    from .models.code_interpreter_tool import CodeInterpreterTool
    from .models.code_interpreter_tool_call import CodeInterpreterToolCall
    from .models.compaction_body import CompactionBody
    from .models.compaction_summary_item_param import CompactionSummaryItemParam
    from .models.compaction_trigger_item_param import CompactionTriggerItemParam
    from .models.computer_call_output_item_param import ComputerCallOutputItemParam
    from .models.computer_tool import ComputerTool
    from .models.computer_tool_call import ComputerToolCall
    from .models.computer_tool_call_output_resource import ComputerToolCallOutputResource
    from .models.computer_use_preview_tool import ComputerUsePreviewTool
    from .models.container_file_citation_body import ContainerFileCitationBody
    from .models.custom_tool_call import CustomToolCall
    from .models.custom_tool_call_output import CustomToolCallOutput
    from .models.custom_tool_call_output_resource import CustomToolCallOutputResource
    from .models.custom_tool_call_resource import CustomToolCallResource
    from .models.custom_tool_param import CustomToolParam
    from .models.done_event import DoneEvent
    from .models.double_click_action import DoubleClickAction
    from .models.drag_param import DragParam
    from .models.easy_input_message import EasyInputMessage
    from .models.error_event import ErrorEvent
    from .models.file_citation_body import FileCitationBody
    from .models.file_path import FilePath
    from .models.file_search_tool import FileSearchTool
    from .models.file_search_tool_call import FileSearchToolCall
    from .models.function_call_output_item_param import FunctionCallOutputItemParam
    from .models.function_shell_call import FunctionShellCall
    from .models.function_shell_call_item_param import FunctionShellCallItemParam
    from .models.function_shell_call_output import FunctionShellCallOutput
    from .models.function_shell_call_output_exit_outcome_param import (
        FunctionShellCallOutputExitOutcomeParam,
    )
    from .models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam
    from .models.function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParam,
    )
    from .models.function_shell_tool_param import FunctionShellToolParam
    from .models.function_tool import FunctionTool
    from .models.function_tool_call import FunctionToolCall
    from .models.function_tool_call_output import FunctionToolCallOutput
    from .models.function_tool_call_output_resource import FunctionToolCallOutputResource
    from .models.function_tool_call_resource import FunctionToolCallResource
    from .models.image_edit_completed_event import ImageEditCompletedEvent
    from .models.image_edit_partial_image_event import ImageEditPartialImageEvent
    from .models.image_gen_completed_event import ImageGenCompletedEvent
    from .models.image_gen_partial_image_event import ImageGenPartialImageEvent
    from .models.image_gen_tool import ImageGenTool
    from .models.image_gen_tool_call import ImageGenToolCall
    from .models.input_file_content import InputFileContent
    from .models.input_image_content import InputImageContent
    from .models.input_message import InputMessage
    from .models.input_message_resource import InputMessageResource
    from .models.input_text_content import InputTextContent
    from .models.item_reference_param import ItemReferenceParam
    from .models.key_press_action import KeyPressAction
    from .models.local_shell_tool_call import LocalShellToolCall
    from .models.local_shell_tool_call_output import LocalShellToolCallOutput
    from .models.local_shell_tool_param import LocalShellToolParam
    from .models.mcp_approval_request import MCPApprovalRequest
    from .models.mcp_approval_response import MCPApprovalResponse
    from .models.mcp_approval_response_resource import MCPApprovalResponseResource
    from .models.mcp_list_tools import MCPListTools
    from .models.mcp_tool import MCPTool
    from .models.mcp_tool_call import MCPToolCall
    from .models.message import Message
    from .models.message_stream_event_thread_message_completed import (
        MessageStreamEventThreadMessageCompleted,
    )
    from .models.message_stream_event_thread_message_created import (
        MessageStreamEventThreadMessageCreated,
    )
    from .models.message_stream_event_thread_message_delta import (
        MessageStreamEventThreadMessageDelta,
    )
    from .models.message_stream_event_thread_message_in_progress import (
        MessageStreamEventThreadMessageInProgress,
    )
    from .models.message_stream_event_thread_message_incomplete import (
        MessageStreamEventThreadMessageIncomplete,
    )
    from .models.move_param import MoveParam
    from .models.namespace_tool_param import NamespaceToolParam
    from .models.output_message import OutputMessage
    from .models.output_text_content import OutputTextContent
    from .models.realtime_audio_formats_pcm_audio_format import RealtimeAudioFormatsPCMAudioFormat
    from .models.realtime_audio_formats_pcma_audio_format import RealtimeAudioFormatsPCMAAudioFormat
    from .models.realtime_audio_formats_pcmu_audio_format import RealtimeAudioFormatsPCMUAudioFormat
    from .models.realtime_client_event_conversation_item_create import (
        RealtimeClientEventConversationItemCreate,
    )
    from .models.realtime_client_event_conversation_item_delete import (
        RealtimeClientEventConversationItemDelete,
    )
    from .models.realtime_client_event_conversation_item_retrieve import (
        RealtimeClientEventConversationItemRetrieve,
    )
    from .models.realtime_client_event_conversation_item_truncate import (
        RealtimeClientEventConversationItemTruncate,
    )
    from .models.realtime_client_event_input_audio_buffer_append import (
        RealtimeClientEventInputAudioBufferAppend,
    )
    from .models.realtime_client_event_input_audio_buffer_clear import (
        RealtimeClientEventInputAudioBufferClear,
    )
    from .models.realtime_client_event_input_audio_buffer_commit import (
        RealtimeClientEventInputAudioBufferCommit,
    )
    from .models.realtime_client_event_output_audio_buffer_clear import (
        RealtimeClientEventOutputAudioBufferClear,
    )
    from .models.realtime_client_event_response_cancel import RealtimeClientEventResponseCancel
    from .models.realtime_client_event_response_create import RealtimeClientEventResponseCreate
    from .models.realtime_client_event_session_update import RealtimeClientEventSessionUpdate
    from .models.realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall,
    )
    from .models.realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,
    )
    from .models.realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant,
    )
    from .models.realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem,
    )
    from .models.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser
    from .models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest
    from .models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse
    from .models.realtime_mcp_list_tools import RealtimeMCPListTools
    from .models.realtime_mcp_tool_call import RealtimeMCPToolCall
    from .models.realtime_server_event_conversation_created import (
        RealtimeServerEventConversationCreated,
    )
    from .models.realtime_server_event_conversation_item_added import (
        RealtimeServerEventConversationItemAdded,
    )
    from .models.realtime_server_event_conversation_item_created import (
        RealtimeServerEventConversationItemCreated,
    )
    from .models.realtime_server_event_conversation_item_deleted import (
        RealtimeServerEventConversationItemDeleted,
    )
    from .models.realtime_server_event_conversation_item_done import (
        RealtimeServerEventConversationItemDone,
    )
    from .models.realtime_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .models.realtime_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .models.realtime_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
    )
    from .models.realtime_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .models.realtime_server_event_conversation_item_retrieved import (
        RealtimeServerEventConversationItemRetrieved,
    )
    from .models.realtime_server_event_conversation_item_truncated import (
        RealtimeServerEventConversationItemTruncated,
    )
    from .models.realtime_server_event_error import RealtimeServerEventError
    from .models.realtime_server_event_input_audio_buffer_cleared import (
        RealtimeServerEventInputAudioBufferCleared,
    )
    from .models.realtime_server_event_input_audio_buffer_committed import (
        RealtimeServerEventInputAudioBufferCommitted,
    )
    from .models.realtime_server_event_input_audio_buffer_dtmf_event_received import (
        RealtimeServerEventInputAudioBufferDtmfEventReceived,
    )
    from .models.realtime_server_event_input_audio_buffer_speech_started import (
        RealtimeServerEventInputAudioBufferSpeechStarted,
    )
    from .models.realtime_server_event_input_audio_buffer_speech_stopped import (
        RealtimeServerEventInputAudioBufferSpeechStopped,
    )
    from .models.realtime_server_event_input_audio_buffer_timeout_triggered import (
        RealtimeServerEventInputAudioBufferTimeoutTriggered,
    )
    from .models.realtime_server_event_mcp_list_tools_completed import (
        RealtimeServerEventMCPListToolsCompleted,
    )
    from .models.realtime_server_event_mcp_list_tools_failed import (
        RealtimeServerEventMCPListToolsFailed,
    )
    from .models.realtime_server_event_mcp_list_tools_in_progress import (
        RealtimeServerEventMCPListToolsInProgress,
    )
    from .models.realtime_server_event_output_audio_buffer_cleared import (
        RealtimeServerEventOutputAudioBufferCleared,
    )
    from .models.realtime_server_event_output_audio_buffer_started import (
        RealtimeServerEventOutputAudioBufferStarted,
    )
    from .models.realtime_server_event_output_audio_buffer_stopped import (
        RealtimeServerEventOutputAudioBufferStopped,
    )
    from .models.realtime_server_event_rate_limits_updated import (
        RealtimeServerEventRateLimitsUpdated,
    )
    from .models.realtime_server_event_response_audio_delta import (
        RealtimeServerEventResponseAudioDelta,
    )
    from .models.realtime_server_event_response_audio_done import (
        RealtimeServerEventResponseAudioDone,
    )
    from .models.realtime_server_event_response_audio_transcript_delta import (
        RealtimeServerEventResponseAudioTranscriptDelta,
    )
    from .models.realtime_server_event_response_audio_transcript_done import (
        RealtimeServerEventResponseAudioTranscriptDone,
    )
    from .models.realtime_server_event_response_content_part_added import (
        RealtimeServerEventResponseContentPartAdded,
    )
    from .models.realtime_server_event_response_content_part_done import (
        RealtimeServerEventResponseContentPartDone,
    )
    from .models.realtime_server_event_response_created import RealtimeServerEventResponseCreated
    from .models.realtime_server_event_response_done import RealtimeServerEventResponseDone
    from .models.realtime_server_event_response_function_call_arguments_delta import (
        RealtimeServerEventResponseFunctionCallArgumentsDelta,
    )
    from .models.realtime_server_event_response_function_call_arguments_done import (
        RealtimeServerEventResponseFunctionCallArgumentsDone,
    )
    from .models.realtime_server_event_response_mcp_call_arguments_delta import (
        RealtimeServerEventResponseMCPCallArgumentsDelta,
    )
    from .models.realtime_server_event_response_mcp_call_arguments_done import (
        RealtimeServerEventResponseMCPCallArgumentsDone,
    )
    from .models.realtime_server_event_response_mcp_call_completed import (
        RealtimeServerEventResponseMCPCallCompleted,
    )
    from .models.realtime_server_event_response_mcp_call_failed import (
        RealtimeServerEventResponseMCPCallFailed,
    )
    from .models.realtime_server_event_response_mcp_call_in_progress import (
        RealtimeServerEventResponseMCPCallInProgress,
    )
    from .models.realtime_server_event_response_output_item_added import (
        RealtimeServerEventResponseOutputItemAdded,
    )
    from .models.realtime_server_event_response_output_item_done import (
        RealtimeServerEventResponseOutputItemDone,
    )
    from .models.realtime_server_event_response_text_delta import (
        RealtimeServerEventResponseTextDelta,
    )
    from .models.realtime_server_event_response_text_done import RealtimeServerEventResponseTextDone
    from .models.realtime_server_event_session_created import RealtimeServerEventSessionCreated
    from .models.realtime_server_event_session_updated import RealtimeServerEventSessionUpdated
    from .models.realtime_translation_client_event_input_audio_buffer_append import (
        RealtimeTranslationClientEventInputAudioBufferAppend,
    )
    from .models.realtime_translation_client_event_session_close import (
        RealtimeTranslationClientEventSessionClose,
    )
    from .models.realtime_translation_client_event_session_update import (
        RealtimeTranslationClientEventSessionUpdate,
    )
    from .models.realtime_translation_server_event_session_closed import (
        RealtimeTranslationServerEventSessionClosed,
    )
    from .models.realtime_translation_server_event_session_created import (
        RealtimeTranslationServerEventSessionCreated,
    )
    from .models.realtime_translation_server_event_session_input_transcript_delta import (
        RealtimeTranslationServerEventSessionInputTranscriptDelta,
    )
    from .models.realtime_translation_server_event_session_output_audio_delta import (
        RealtimeTranslationServerEventSessionOutputAudioDelta,
    )
    from .models.realtime_translation_server_event_session_output_transcript_delta import (
        RealtimeTranslationServerEventSessionOutputTranscriptDelta,
    )
    from .models.realtime_translation_server_event_session_updated import (
        RealtimeTranslationServerEventSessionUpdated,
    )
    from .models.reasoning_item import ReasoningItem
    from .models.reasoning_text_content import ReasoningTextContent
    from .models.refusal_content import RefusalContent
    from .models.response_audio_delta_event import ResponseAudioDeltaEvent
    from .models.response_audio_done_event import ResponseAudioDoneEvent
    from .models.response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
    from .models.response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
    from .models.response_code_interpreter_call_code_delta_event import (
        ResponseCodeInterpreterCallCodeDeltaEvent,
    )
    from .models.response_code_interpreter_call_code_done_event import (
        ResponseCodeInterpreterCallCodeDoneEvent,
    )
    from .models.response_code_interpreter_call_completed_event import (
        ResponseCodeInterpreterCallCompletedEvent,
    )
    from .models.response_code_interpreter_call_in_progress_event import (
        ResponseCodeInterpreterCallInProgressEvent,
    )
    from .models.response_code_interpreter_call_interpreting_event import (
        ResponseCodeInterpreterCallInterpretingEvent,
    )
    from .models.response_completed_event import ResponseCompletedEvent
    from .models.response_content_part_added_event import ResponseContentPartAddedEvent
    from .models.response_content_part_done_event import ResponseContentPartDoneEvent
    from .models.response_created_event import ResponseCreatedEvent
    from .models.response_custom_tool_call_input_delta_event import (
        ResponseCustomToolCallInputDeltaEvent,
    )
    from .models.response_custom_tool_call_input_done_event import (
        ResponseCustomToolCallInputDoneEvent,
    )
    from .models.response_error_event import ResponseErrorEvent
    from .models.response_failed_event import ResponseFailedEvent
    from .models.response_file_search_call_completed_event import (
        ResponseFileSearchCallCompletedEvent,
    )
    from .models.response_file_search_call_in_progress_event import (
        ResponseFileSearchCallInProgressEvent,
    )
    from .models.response_file_search_call_searching_event import (
        ResponseFileSearchCallSearchingEvent,
    )
    from .models.response_format_json_object import ResponseFormatJsonObject
    from .models.response_format_text import ResponseFormatText
    from .models.response_function_call_arguments_delta_event import (
        ResponseFunctionCallArgumentsDeltaEvent,
    )
    from .models.response_function_call_arguments_done_event import (
        ResponseFunctionCallArgumentsDoneEvent,
    )
    from .models.response_image_gen_call_completed_event import ResponseImageGenCallCompletedEvent
    from .models.response_image_gen_call_generating_event import ResponseImageGenCallGeneratingEvent
    from .models.response_image_gen_call_in_progress_event import (
        ResponseImageGenCallInProgressEvent,
    )
    from .models.response_image_gen_call_partial_image_event import (
        ResponseImageGenCallPartialImageEvent,
    )
    from .models.response_in_progress_event import ResponseInProgressEvent
    from .models.response_incomplete_event import ResponseIncompleteEvent
    from .models.response_mcp_call_arguments_delta_event import ResponseMCPCallArgumentsDeltaEvent
    from .models.response_mcp_call_arguments_done_event import ResponseMCPCallArgumentsDoneEvent
    from .models.response_mcp_call_completed_event import ResponseMCPCallCompletedEvent
    from .models.response_mcp_call_failed_event import ResponseMCPCallFailedEvent
    from .models.response_mcp_call_in_progress_event import ResponseMCPCallInProgressEvent
    from .models.response_mcp_list_tools_completed_event import ResponseMCPListToolsCompletedEvent
    from .models.response_mcp_list_tools_failed_event import ResponseMCPListToolsFailedEvent
    from .models.response_mcp_list_tools_in_progress_event import (
        ResponseMCPListToolsInProgressEvent,
    )
    from .models.response_output_item_added_event import ResponseOutputItemAddedEvent
    from .models.response_output_item_done_event import ResponseOutputItemDoneEvent
    from .models.response_output_text_annotation_added_event import (
        ResponseOutputTextAnnotationAddedEvent,
    )
    from .models.response_queued_event import ResponseQueuedEvent
    from .models.response_reasoning_summary_part_added_event import (
        ResponseReasoningSummaryPartAddedEvent,
    )
    from .models.response_reasoning_summary_part_done_event import (
        ResponseReasoningSummaryPartDoneEvent,
    )
    from .models.response_reasoning_summary_text_delta_event import (
        ResponseReasoningSummaryTextDeltaEvent,
    )
    from .models.response_reasoning_summary_text_done_event import (
        ResponseReasoningSummaryTextDoneEvent,
    )
    from .models.response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
    from .models.response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
    from .models.response_refusal_delta_event import ResponseRefusalDeltaEvent
    from .models.response_refusal_done_event import ResponseRefusalDoneEvent
    from .models.response_text_delta_event import ResponseTextDeltaEvent
    from .models.response_text_done_event import ResponseTextDoneEvent
    from .models.response_web_search_call_completed_event import ResponseWebSearchCallCompletedEvent
    from .models.response_web_search_call_in_progress_event import (
        ResponseWebSearchCallInProgressEvent,
    )
    from .models.response_web_search_call_searching_event import ResponseWebSearchCallSearchingEvent
    from .models.run_step_stream_event_thread_run_step_cancelled import (
        RunStepStreamEventThreadRunStepCancelled,
    )
    from .models.run_step_stream_event_thread_run_step_completed import (
        RunStepStreamEventThreadRunStepCompleted,
    )
    from .models.run_step_stream_event_thread_run_step_created import (
        RunStepStreamEventThreadRunStepCreated,
    )
    from .models.run_step_stream_event_thread_run_step_delta import (
        RunStepStreamEventThreadRunStepDelta,
    )
    from .models.run_step_stream_event_thread_run_step_expired import (
        RunStepStreamEventThreadRunStepExpired,
    )
    from .models.run_step_stream_event_thread_run_step_failed import (
        RunStepStreamEventThreadRunStepFailed,
    )
    from .models.run_step_stream_event_thread_run_step_in_progress import (
        RunStepStreamEventThreadRunStepInProgress,
    )
    from .models.run_stream_event_thread_run_cancelled import RunStreamEventThreadRunCancelled
    from .models.run_stream_event_thread_run_cancelling import RunStreamEventThreadRunCancelling
    from .models.run_stream_event_thread_run_completed import RunStreamEventThreadRunCompleted
    from .models.run_stream_event_thread_run_created import RunStreamEventThreadRunCreated
    from .models.run_stream_event_thread_run_expired import RunStreamEventThreadRunExpired
    from .models.run_stream_event_thread_run_failed import RunStreamEventThreadRunFailed
    from .models.run_stream_event_thread_run_in_progress import RunStreamEventThreadRunInProgress
    from .models.run_stream_event_thread_run_incomplete import RunStreamEventThreadRunIncomplete
    from .models.run_stream_event_thread_run_queued import RunStreamEventThreadRunQueued
    from .models.run_stream_event_thread_run_requires_action import (
        RunStreamEventThreadRunRequiresAction,
    )
    from .models.screenshot_param import ScreenshotParam
    from .models.scroll_param import ScrollParam
    from .models.speech_audio_delta_event import SpeechAudioDeltaEvent
    from .models.speech_audio_done_event import SpeechAudioDoneEvent
    from .models.static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam
    from .models.task_group_item import TaskGroupItem
    from .models.task_item import TaskItem
    from .models.text_response_format_json_schema import TextResponseFormatJsonSchema
    from .models.thread_stream_event import ThreadStreamEvent
    from .models.tool_search_call import ToolSearchCall
    from .models.tool_search_call_item_param import ToolSearchCallItemParam
    from .models.tool_search_output import ToolSearchOutput
    from .models.tool_search_output_item_param import ToolSearchOutputItemParam
    from .models.tool_search_tool_param import ToolSearchToolParam
    from .models.transcript_text_delta_event import TranscriptTextDeltaEvent
    from .models.transcript_text_done_event import TranscriptTextDoneEvent
    from .models.transcript_text_segment_event import TranscriptTextSegmentEvent
    from .models.type_param import TypeParam
    from .models.url_citation_body import UrlCitationBody
    from .models.user_message_item import UserMessageItem
    from .models.wait_param import WaitParam
    from .models.web_search_preview_tool import WebSearchPreviewTool
    from .models.web_search_tool import WebSearchTool
    from .models.web_search_tool_call import WebSearchToolCall
    from .models.webhook_batch_cancelled import WebhookBatchCancelled
    from .models.webhook_batch_completed import WebhookBatchCompleted
    from .models.webhook_batch_expired import WebhookBatchExpired
    from .models.webhook_batch_failed import WebhookBatchFailed
    from .models.webhook_eval_run_canceled import WebhookEvalRunCanceled
    from .models.webhook_eval_run_failed import WebhookEvalRunFailed
    from .models.webhook_eval_run_succeeded import WebhookEvalRunSucceeded
    from .models.webhook_fine_tuning_job_cancelled import WebhookFineTuningJobCancelled
    from .models.webhook_fine_tuning_job_failed import WebhookFineTuningJobFailed
    from .models.webhook_fine_tuning_job_succeeded import WebhookFineTuningJobSucceeded
    from .models.webhook_realtime_call_incoming import WebhookRealtimeCallIncoming
    from .models.webhook_response_cancelled import WebhookResponseCancelled
    from .models.webhook_response_completed import WebhookResponseCompleted
    from .models.webhook_response_failed import WebhookResponseFailed
    from .models.webhook_response_incomplete import WebhookResponseIncomplete
    from .models.widget_message_item import WidgetMessageItem

    Annotation: TypeAlias = (
        FileCitationBody | UrlCitationBody | ContainerFileCitationBody | FilePath | UnknownVariant
    )
    ApplyPatchOperationParam: TypeAlias = (
        ApplyPatchCreateFileOperationParam
        | ApplyPatchDeleteFileOperationParam
        | ApplyPatchUpdateFileOperationParam
        | UnknownVariant
    )
    AssistantStreamEvent: TypeAlias = (
        ThreadStreamEvent
        | RunStreamEventThreadRunCreated
        | RunStreamEventThreadRunQueued
        | RunStreamEventThreadRunInProgress
        | RunStreamEventThreadRunRequiresAction
        | RunStreamEventThreadRunCompleted
        | RunStreamEventThreadRunIncomplete
        | RunStreamEventThreadRunFailed
        | RunStreamEventThreadRunCancelling
        | RunStreamEventThreadRunCancelled
        | RunStreamEventThreadRunExpired
        | RunStepStreamEventThreadRunStepCreated
        | RunStepStreamEventThreadRunStepInProgress
        | RunStepStreamEventThreadRunStepDelta
        | RunStepStreamEventThreadRunStepCompleted
        | RunStepStreamEventThreadRunStepFailed
        | RunStepStreamEventThreadRunStepCancelled
        | RunStepStreamEventThreadRunStepExpired
        | MessageStreamEventThreadMessageCreated
        | MessageStreamEventThreadMessageInProgress
        | MessageStreamEventThreadMessageDelta
        | MessageStreamEventThreadMessageCompleted
        | MessageStreamEventThreadMessageIncomplete
        | ErrorEvent
        | DoneEvent
        | UnknownVariant
    )
    ChatCompletionRequestAssistantMessageContentPart: TypeAlias = (
        ChatCompletionRequestMessageContentPartText
        | ChatCompletionRequestMessageContentPartRefusal
        | UnknownVariant
    )
    ChatCompletionRequestMessage: TypeAlias = (
        ChatCompletionRequestDeveloperMessage
        | ChatCompletionRequestSystemMessage
        | ChatCompletionRequestUserMessage
        | ChatCompletionRequestAssistantMessage
        | ChatCompletionRequestToolMessage
        | ChatCompletionRequestFunctionMessage
        | UnknownVariant
    )
    ChatCompletionRequestUserMessageContentPart: TypeAlias = (
        ChatCompletionRequestMessageContentPartText
        | ChatCompletionRequestMessageContentPartImage
        | ChatCompletionRequestMessageContentPartAudio
        | ChatCompletionRequestMessageContentPartFile
        | UnknownVariant
    )
    ChunkingStrategyRequestParam: TypeAlias = (
        AutoChunkingStrategyRequestParam | StaticChunkingStrategyRequestParam | UnknownVariant
    )
    ComputerAction: TypeAlias = (
        ClickParam
        | DoubleClickAction
        | DragParam
        | KeyPressAction
        | MoveParam
        | ScreenshotParam
        | ScrollParam
        | TypeParam
        | WaitParam
        | UnknownVariant
    )
    Content: TypeAlias = (
        InputTextContent
        | InputImageContent
        | InputFileContent
        | OutputTextContent
        | RefusalContent
        | ReasoningTextContent
        | UnknownVariant
    )
    ConversationItem: TypeAlias = (
        Message
        | FunctionToolCallResource
        | FunctionToolCallOutputResource
        | FileSearchToolCall
        | WebSearchToolCall
        | ImageGenToolCall
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | ToolSearchCall
        | ToolSearchOutput
        | ReasoningItem
        | CompactionBody
        | CodeInterpreterToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | FunctionShellCall
        | FunctionShellCallOutput
        | ApplyPatchToolCall
        | ApplyPatchToolCallOutput
        | MCPListTools
        | MCPApprovalRequest
        | MCPApprovalResponseResource
        | MCPToolCall
        | CustomToolCall
        | CustomToolCallOutput
        | UnknownVariant
    )
    CreateSpeechResponseStreamEvent: TypeAlias = (
        SpeechAudioDeltaEvent | SpeechAudioDoneEvent | UnknownVariant
    )
    CreateTranscriptionResponseStreamEvent: TypeAlias = (
        TranscriptTextSegmentEvent
        | TranscriptTextDeltaEvent
        | TranscriptTextDoneEvent
        | UnknownVariant
    )
    FunctionAndCustomToolCallOutput: TypeAlias = (
        InputTextContent | InputImageContent | InputFileContent | UnknownVariant
    )
    FunctionShellCallOutputOutcomeParam: TypeAlias = (
        FunctionShellCallOutputTimeoutOutcomeParam
        | FunctionShellCallOutputExitOutcomeParam
        | UnknownVariant
    )
    ImageEditStreamEvent: TypeAlias = (
        ImageEditPartialImageEvent | ImageEditCompletedEvent | UnknownVariant
    )
    ImageGenStreamEvent: TypeAlias = (
        ImageGenPartialImageEvent | ImageGenCompletedEvent | UnknownVariant
    )
    InputContent: TypeAlias = (
        InputTextContent | InputImageContent | InputFileContent | UnknownVariant
    )
    InputItem: TypeAlias = (
        EasyInputMessage
        | InputMessage
        | OutputMessage
        | FileSearchToolCall
        | ComputerToolCall
        | ComputerCallOutputItemParam
        | WebSearchToolCall
        | FunctionToolCall
        | FunctionCallOutputItemParam
        | ToolSearchCallItemParam
        | ToolSearchOutputItemParam
        | ReasoningItem
        | CompactionSummaryItemParam
        | ImageGenToolCall
        | CodeInterpreterToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | FunctionShellCallItemParam
        | FunctionShellCallOutputItemParam
        | ApplyPatchToolCallItemParam
        | ApplyPatchToolCallOutputItemParam
        | MCPListTools
        | MCPApprovalRequest
        | MCPApprovalResponse
        | MCPToolCall
        | CustomToolCallOutput
        | CustomToolCall
        | CompactionTriggerItemParam
        | ItemReferenceParam
        | UnknownVariant
    )
    Item: TypeAlias = (
        InputMessage
        | OutputMessage
        | FileSearchToolCall
        | ComputerToolCall
        | ComputerCallOutputItemParam
        | WebSearchToolCall
        | FunctionToolCall
        | FunctionCallOutputItemParam
        | ToolSearchCallItemParam
        | ToolSearchOutputItemParam
        | ReasoningItem
        | CompactionSummaryItemParam
        | ImageGenToolCall
        | CodeInterpreterToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | FunctionShellCallItemParam
        | FunctionShellCallOutputItemParam
        | ApplyPatchToolCallItemParam
        | ApplyPatchToolCallOutputItemParam
        | MCPListTools
        | MCPApprovalRequest
        | MCPApprovalResponse
        | MCPToolCall
        | CustomToolCallOutput
        | CustomToolCall
        | UnknownVariant
    )
    ItemField: TypeAlias = (
        Message
        | FunctionToolCall
        | ToolSearchCall
        | ToolSearchOutput
        | FunctionToolCallOutput
        | FileSearchToolCall
        | WebSearchToolCall
        | ImageGenToolCall
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | ReasoningItem
        | CompactionBody
        | CodeInterpreterToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | FunctionShellCall
        | FunctionShellCallOutput
        | ApplyPatchToolCall
        | ApplyPatchToolCallOutput
        | MCPListTools
        | MCPApprovalRequest
        | MCPApprovalResponseResource
        | MCPToolCall
        | CustomToolCall
        | CustomToolCallOutput
        | UnknownVariant
    )
    ItemResource: TypeAlias = (
        InputMessageResource
        | OutputMessage
        | FileSearchToolCall
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | WebSearchToolCall
        | FunctionToolCallResource
        | FunctionToolCallOutputResource
        | ToolSearchCall
        | ToolSearchOutput
        | ReasoningItem
        | CompactionBody
        | ImageGenToolCall
        | CodeInterpreterToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | FunctionShellCall
        | FunctionShellCallOutput
        | ApplyPatchToolCall
        | ApplyPatchToolCallOutput
        | MCPListTools
        | MCPApprovalRequest
        | MCPApprovalResponseResource
        | MCPToolCall
        | CustomToolCallResource
        | CustomToolCallOutputResource
        | UnknownVariant
    )
    MessageStreamEvent: TypeAlias = (
        MessageStreamEventThreadMessageCreated
        | MessageStreamEventThreadMessageInProgress
        | MessageStreamEventThreadMessageDelta
        | MessageStreamEventThreadMessageCompleted
        | MessageStreamEventThreadMessageIncomplete
        | UnknownVariant
    )
    OutputContent: TypeAlias = (
        OutputTextContent | RefusalContent | ReasoningTextContent | UnknownVariant
    )
    OutputItem: TypeAlias = (
        OutputMessage
        | FileSearchToolCall
        | FunctionToolCall
        | FunctionToolCallOutputResource
        | WebSearchToolCall
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | ReasoningItem
        | ToolSearchCall
        | ToolSearchOutput
        | CompactionBody
        | ImageGenToolCall
        | CodeInterpreterToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | FunctionShellCall
        | FunctionShellCallOutput
        | ApplyPatchToolCall
        | ApplyPatchToolCallOutput
        | MCPToolCall
        | MCPListTools
        | MCPApprovalRequest
        | MCPApprovalResponseResource
        | CustomToolCall
        | CustomToolCallOutputResource
        | UnknownVariant
    )
    OutputMessageContent: TypeAlias = OutputTextContent | RefusalContent | UnknownVariant
    RealtimeAudioFormats: TypeAlias = (
        RealtimeAudioFormatsPCMAudioFormat
        | RealtimeAudioFormatsPCMUAudioFormat
        | RealtimeAudioFormatsPCMAAudioFormat
        | UnknownVariant
    )
    RealtimeClientEvent: TypeAlias = (
        RealtimeClientEventConversationItemCreate
        | RealtimeClientEventConversationItemDelete
        | RealtimeClientEventConversationItemRetrieve
        | RealtimeClientEventConversationItemTruncate
        | RealtimeClientEventInputAudioBufferAppend
        | RealtimeClientEventInputAudioBufferClear
        | RealtimeClientEventOutputAudioBufferClear
        | RealtimeClientEventInputAudioBufferCommit
        | RealtimeClientEventResponseCancel
        | RealtimeClientEventResponseCreate
        | RealtimeClientEventSessionUpdate
        | UnknownVariant
    )
    RealtimeConversationItem: TypeAlias = (
        RealtimeConversationItemMessageSystem
        | RealtimeConversationItemMessageUser
        | RealtimeConversationItemMessageAssistant
        | RealtimeConversationItemFunctionCall
        | RealtimeConversationItemFunctionCallOutput
        | RealtimeMCPApprovalResponse
        | RealtimeMCPListTools
        | RealtimeMCPToolCall
        | RealtimeMCPApprovalRequest
        | UnknownVariant
    )
    RealtimeServerEvent: TypeAlias = (
        RealtimeServerEventConversationCreated
        | RealtimeServerEventConversationItemCreated
        | RealtimeServerEventConversationItemDeleted
        | RealtimeServerEventConversationItemInputAudioTranscriptionCompleted
        | RealtimeServerEventConversationItemInputAudioTranscriptionDelta
        | RealtimeServerEventConversationItemInputAudioTranscriptionFailed
        | RealtimeServerEventConversationItemRetrieved
        | RealtimeServerEventConversationItemTruncated
        | RealtimeServerEventError
        | RealtimeServerEventInputAudioBufferCleared
        | RealtimeServerEventInputAudioBufferCommitted
        | RealtimeServerEventInputAudioBufferDtmfEventReceived
        | RealtimeServerEventInputAudioBufferSpeechStarted
        | RealtimeServerEventInputAudioBufferSpeechStopped
        | RealtimeServerEventRateLimitsUpdated
        | RealtimeServerEventResponseAudioDelta
        | RealtimeServerEventResponseAudioDone
        | RealtimeServerEventResponseAudioTranscriptDelta
        | RealtimeServerEventResponseAudioTranscriptDone
        | RealtimeServerEventResponseContentPartAdded
        | RealtimeServerEventResponseContentPartDone
        | RealtimeServerEventResponseCreated
        | RealtimeServerEventResponseDone
        | RealtimeServerEventResponseFunctionCallArgumentsDelta
        | RealtimeServerEventResponseFunctionCallArgumentsDone
        | RealtimeServerEventResponseOutputItemAdded
        | RealtimeServerEventResponseOutputItemDone
        | RealtimeServerEventResponseTextDelta
        | RealtimeServerEventResponseTextDone
        | RealtimeServerEventSessionCreated
        | RealtimeServerEventSessionUpdated
        | RealtimeServerEventOutputAudioBufferStarted
        | RealtimeServerEventOutputAudioBufferStopped
        | RealtimeServerEventOutputAudioBufferCleared
        | RealtimeServerEventConversationItemAdded
        | RealtimeServerEventConversationItemDone
        | RealtimeServerEventInputAudioBufferTimeoutTriggered
        | RealtimeServerEventConversationItemInputAudioTranscriptionSegment
        | RealtimeServerEventMCPListToolsInProgress
        | RealtimeServerEventMCPListToolsCompleted
        | RealtimeServerEventMCPListToolsFailed
        | RealtimeServerEventResponseMCPCallArgumentsDelta
        | RealtimeServerEventResponseMCPCallArgumentsDone
        | RealtimeServerEventResponseMCPCallInProgress
        | RealtimeServerEventResponseMCPCallCompleted
        | RealtimeServerEventResponseMCPCallFailed
        | UnknownVariant
    )
    RealtimeTranslationClientEvent: TypeAlias = (
        RealtimeTranslationClientEventSessionUpdate
        | RealtimeTranslationClientEventInputAudioBufferAppend
        | RealtimeTranslationClientEventSessionClose
        | UnknownVariant
    )
    RealtimeTranslationServerEvent: TypeAlias = (
        RealtimeServerEventError
        | RealtimeTranslationServerEventSessionCreated
        | RealtimeTranslationServerEventSessionUpdated
        | RealtimeTranslationServerEventSessionClosed
        | RealtimeTranslationServerEventSessionInputTranscriptDelta
        | RealtimeTranslationServerEventSessionOutputTranscriptDelta
        | RealtimeTranslationServerEventSessionOutputAudioDelta
        | UnknownVariant
    )
    ResponseStreamEvent: TypeAlias = (
        ResponseAudioDeltaEvent
        | ResponseAudioDoneEvent
        | ResponseAudioTranscriptDeltaEvent
        | ResponseAudioTranscriptDoneEvent
        | ResponseCodeInterpreterCallCodeDeltaEvent
        | ResponseCodeInterpreterCallCodeDoneEvent
        | ResponseCodeInterpreterCallCompletedEvent
        | ResponseCodeInterpreterCallInProgressEvent
        | ResponseCodeInterpreterCallInterpretingEvent
        | ResponseCompletedEvent
        | ResponseContentPartAddedEvent
        | ResponseContentPartDoneEvent
        | ResponseCreatedEvent
        | ResponseErrorEvent
        | ResponseFileSearchCallCompletedEvent
        | ResponseFileSearchCallInProgressEvent
        | ResponseFileSearchCallSearchingEvent
        | ResponseFunctionCallArgumentsDeltaEvent
        | ResponseFunctionCallArgumentsDoneEvent
        | ResponseInProgressEvent
        | ResponseFailedEvent
        | ResponseIncompleteEvent
        | ResponseOutputItemAddedEvent
        | ResponseOutputItemDoneEvent
        | ResponseReasoningSummaryPartAddedEvent
        | ResponseReasoningSummaryPartDoneEvent
        | ResponseReasoningSummaryTextDeltaEvent
        | ResponseReasoningSummaryTextDoneEvent
        | ResponseReasoningTextDeltaEvent
        | ResponseReasoningTextDoneEvent
        | ResponseRefusalDeltaEvent
        | ResponseRefusalDoneEvent
        | ResponseTextDeltaEvent
        | ResponseTextDoneEvent
        | ResponseWebSearchCallCompletedEvent
        | ResponseWebSearchCallInProgressEvent
        | ResponseWebSearchCallSearchingEvent
        | ResponseImageGenCallCompletedEvent
        | ResponseImageGenCallGeneratingEvent
        | ResponseImageGenCallInProgressEvent
        | ResponseImageGenCallPartialImageEvent
        | ResponseMCPCallArgumentsDeltaEvent
        | ResponseMCPCallArgumentsDoneEvent
        | ResponseMCPCallCompletedEvent
        | ResponseMCPCallFailedEvent
        | ResponseMCPCallInProgressEvent
        | ResponseMCPListToolsCompletedEvent
        | ResponseMCPListToolsFailedEvent
        | ResponseMCPListToolsInProgressEvent
        | ResponseOutputTextAnnotationAddedEvent
        | ResponseQueuedEvent
        | ResponseCustomToolCallInputDeltaEvent
        | ResponseCustomToolCallInputDoneEvent
        | UnknownVariant
    )
    RunStepStreamEvent: TypeAlias = (
        RunStepStreamEventThreadRunStepCreated
        | RunStepStreamEventThreadRunStepInProgress
        | RunStepStreamEventThreadRunStepDelta
        | RunStepStreamEventThreadRunStepCompleted
        | RunStepStreamEventThreadRunStepFailed
        | RunStepStreamEventThreadRunStepCancelled
        | RunStepStreamEventThreadRunStepExpired
        | UnknownVariant
    )
    RunStreamEvent: TypeAlias = (
        RunStreamEventThreadRunCreated
        | RunStreamEventThreadRunQueued
        | RunStreamEventThreadRunInProgress
        | RunStreamEventThreadRunRequiresAction
        | RunStreamEventThreadRunCompleted
        | RunStreamEventThreadRunIncomplete
        | RunStreamEventThreadRunFailed
        | RunStreamEventThreadRunCancelling
        | RunStreamEventThreadRunCancelled
        | RunStreamEventThreadRunExpired
        | UnknownVariant
    )
    TextResponseFormatConfiguration: TypeAlias = (
        ResponseFormatText
        | TextResponseFormatJsonSchema
        | ResponseFormatJsonObject
        | UnknownVariant
    )
    ThreadItem: TypeAlias = (
        UserMessageItem
        | AssistantMessageItem
        | WidgetMessageItem
        | ClientToolCallItem
        | TaskItem
        | TaskGroupItem
        | UnknownVariant
    )
    Tool: TypeAlias = (
        FunctionTool
        | FileSearchTool
        | ComputerTool
        | ComputerUsePreviewTool
        | MCPTool
        | CodeInterpreterTool
        | ImageGenTool
        | LocalShellToolParam
        | FunctionShellToolParam
        | CustomToolParam
        | NamespaceToolParam
        | ToolSearchToolParam
        | ApplyPatchToolParam
        | WebSearchTool
        | WebSearchPreviewTool
        | UnknownVariant
    )
    WebhookEvent: TypeAlias = (
        WebhookBatchCancelled
        | WebhookBatchCompleted
        | WebhookBatchExpired
        | WebhookBatchFailed
        | WebhookEvalRunCanceled
        | WebhookEvalRunFailed
        | WebhookEvalRunSucceeded
        | WebhookFineTuningJobCancelled
        | WebhookFineTuningJobFailed
        | WebhookFineTuningJobSucceeded
        | WebhookRealtimeCallIncoming
        | WebhookResponseCancelled
        | WebhookResponseCompleted
        | WebhookResponseFailed
        | WebhookResponseIncomplete
        | UnknownVariant
    )

_ANNOTATION = LazyUnion(
    "Annotation",
    "type",
    {
        "container_file_citation": "models.container_file_citation_body:ContainerFileCitationBody",
        "file_citation": "models.file_citation_body:FileCitationBody",
        "file_path": "models.file_path:FilePath",
        "url_citation": "models.url_citation_body:UrlCitationBody",
    },
    "integrations_openai_api",
)


_APPLY_PATCH_OPERATION_PARAM = LazyUnion(
    "ApplyPatchOperationParam",
    "type",
    {
        "create_file": "models.apply_patch_create_file_operation_param:ApplyPatchCreateFileOperationParam",
        "delete_file": "models.apply_patch_delete_file_operation_param:ApplyPatchDeleteFileOperationParam",
        "update_file": "models.apply_patch_update_file_operation_param:ApplyPatchUpdateFileOperationParam",
    },
    "integrations_openai_api",
)


_ASSISTANT_STREAM_EVENT = LazyUnion(
    "AssistantStreamEvent",
    "event",
    {
        "done": "models.done_event:DoneEvent",
        "error": "models.error_event:ErrorEvent",
        "thread.created": "models.thread_stream_event:ThreadStreamEvent",
        "thread.message.completed": "models.message_stream_event_thread_message_completed:MessageStreamEventThreadMessageCompleted",
        "thread.message.created": "models.message_stream_event_thread_message_created:MessageStreamEventThreadMessageCreated",
        "thread.message.delta": "models.message_stream_event_thread_message_delta:MessageStreamEventThreadMessageDelta",
        "thread.message.in_progress": "models.message_stream_event_thread_message_in_progress:MessageStreamEventThreadMessageInProgress",
        "thread.message.incomplete": "models.message_stream_event_thread_message_incomplete:MessageStreamEventThreadMessageIncomplete",
        "thread.run.cancelled": "models.run_stream_event_thread_run_cancelled:RunStreamEventThreadRunCancelled",
        "thread.run.cancelling": "models.run_stream_event_thread_run_cancelling:RunStreamEventThreadRunCancelling",
        "thread.run.completed": "models.run_stream_event_thread_run_completed:RunStreamEventThreadRunCompleted",
        "thread.run.created": "models.run_stream_event_thread_run_created:RunStreamEventThreadRunCreated",
        "thread.run.expired": "models.run_stream_event_thread_run_expired:RunStreamEventThreadRunExpired",
        "thread.run.failed": "models.run_stream_event_thread_run_failed:RunStreamEventThreadRunFailed",
        "thread.run.in_progress": "models.run_stream_event_thread_run_in_progress:RunStreamEventThreadRunInProgress",
        "thread.run.incomplete": "models.run_stream_event_thread_run_incomplete:RunStreamEventThreadRunIncomplete",
        "thread.run.queued": "models.run_stream_event_thread_run_queued:RunStreamEventThreadRunQueued",
        "thread.run.requires_action": "models.run_stream_event_thread_run_requires_action:RunStreamEventThreadRunRequiresAction",
        "thread.run.step.cancelled": "models.run_step_stream_event_thread_run_step_cancelled:RunStepStreamEventThreadRunStepCancelled",
        "thread.run.step.completed": "models.run_step_stream_event_thread_run_step_completed:RunStepStreamEventThreadRunStepCompleted",
        "thread.run.step.created": "models.run_step_stream_event_thread_run_step_created:RunStepStreamEventThreadRunStepCreated",
        "thread.run.step.delta": "models.run_step_stream_event_thread_run_step_delta:RunStepStreamEventThreadRunStepDelta",
        "thread.run.step.expired": "models.run_step_stream_event_thread_run_step_expired:RunStepStreamEventThreadRunStepExpired",
        "thread.run.step.failed": "models.run_step_stream_event_thread_run_step_failed:RunStepStreamEventThreadRunStepFailed",
        "thread.run.step.in_progress": "models.run_step_stream_event_thread_run_step_in_progress:RunStepStreamEventThreadRunStepInProgress",
    },
    "integrations_openai_api",
)


_CHAT_COMPLETION_REQUEST_ASSISTANT_MESSAGE_CONTENT_PART = LazyUnion(
    "ChatCompletionRequestAssistantMessageContentPart",
    "type",
    {
        "refusal": "models.chat_completion_request_message_content_part_refusal:ChatCompletionRequestMessageContentPartRefusal",
        "text": "models.chat_completion_request_message_content_part_text:ChatCompletionRequestMessageContentPartText",
    },
    "integrations_openai_api",
)


_CHAT_COMPLETION_REQUEST_MESSAGE = LazyUnion(
    "ChatCompletionRequestMessage",
    "role",
    {
        "assistant": "models.chat_completion_request_assistant_message:ChatCompletionRequestAssistantMessage",
        "developer": "models.chat_completion_request_developer_message:ChatCompletionRequestDeveloperMessage",
        "function": "models.chat_completion_request_function_message:ChatCompletionRequestFunctionMessage",
        "system": "models.chat_completion_request_system_message:ChatCompletionRequestSystemMessage",
        "tool": "models.chat_completion_request_tool_message:ChatCompletionRequestToolMessage",
        "user": "models.chat_completion_request_user_message:ChatCompletionRequestUserMessage",
    },
    "integrations_openai_api",
)


_CHAT_COMPLETION_REQUEST_USER_MESSAGE_CONTENT_PART = LazyUnion(
    "ChatCompletionRequestUserMessageContentPart",
    "type",
    {
        "file": "models.chat_completion_request_message_content_part_file:ChatCompletionRequestMessageContentPartFile",
        "image_url": "models.chat_completion_request_message_content_part_image:ChatCompletionRequestMessageContentPartImage",
        "input_audio": "models.chat_completion_request_message_content_part_audio:ChatCompletionRequestMessageContentPartAudio",
        "text": "models.chat_completion_request_message_content_part_text:ChatCompletionRequestMessageContentPartText",
    },
    "integrations_openai_api",
)


_CHUNKING_STRATEGY_REQUEST_PARAM = LazyUnion(
    "ChunkingStrategyRequestParam",
    "type",
    {
        "auto": "models.auto_chunking_strategy_request_param:AutoChunkingStrategyRequestParam",
        "static": "models.static_chunking_strategy_request_param:StaticChunkingStrategyRequestParam",
    },
    "integrations_openai_api",
)


_COMPUTER_ACTION = LazyUnion(
    "ComputerAction",
    "type",
    {
        "click": "models.click_param:ClickParam",
        "double_click": "models.double_click_action:DoubleClickAction",
        "drag": "models.drag_param:DragParam",
        "keypress": "models.key_press_action:KeyPressAction",
        "move": "models.move_param:MoveParam",
        "screenshot": "models.screenshot_param:ScreenshotParam",
        "scroll": "models.scroll_param:ScrollParam",
        "type": "models.type_param:TypeParam",
        "wait": "models.wait_param:WaitParam",
    },
    "integrations_openai_api",
)


_CONTENT = LazyUnion(
    "Content",
    "type",
    {
        "input_file": "models.input_file_content:InputFileContent",
        "input_image": "models.input_image_content:InputImageContent",
        "input_text": "models.input_text_content:InputTextContent",
        "output_text": "models.output_text_content:OutputTextContent",
        "reasoning_text": "models.reasoning_text_content:ReasoningTextContent",
        "refusal": "models.refusal_content:RefusalContent",
    },
    "integrations_openai_api",
)


_CONVERSATION_ITEM = LazyUnion(
    "ConversationItem",
    "type",
    {
        "apply_patch_call": "models.apply_patch_tool_call:ApplyPatchToolCall",
        "apply_patch_call_output": "models.apply_patch_tool_call_output:ApplyPatchToolCallOutput",
        "code_interpreter_call": "models.code_interpreter_tool_call:CodeInterpreterToolCall",
        "compaction": "models.compaction_body:CompactionBody",
        "computer_call": "models.computer_tool_call:ComputerToolCall",
        "computer_call_output": "models.computer_tool_call_output_resource:ComputerToolCallOutputResource",
        "custom_tool_call": "models.custom_tool_call:CustomToolCall",
        "custom_tool_call_output": "models.custom_tool_call_output:CustomToolCallOutput",
        "file_search_call": "models.file_search_tool_call:FileSearchToolCall",
        "function_call": "models.function_tool_call_resource:FunctionToolCallResource",
        "function_call_output": "models.function_tool_call_output_resource:FunctionToolCallOutputResource",
        "image_generation_call": "models.image_gen_tool_call:ImageGenToolCall",
        "local_shell_call": "models.local_shell_tool_call:LocalShellToolCall",
        "local_shell_call_output": "models.local_shell_tool_call_output:LocalShellToolCallOutput",
        "mcp_approval_request": "models.mcp_approval_request:MCPApprovalRequest",
        "mcp_approval_response": "models.mcp_approval_response_resource:MCPApprovalResponseResource",
        "mcp_call": "models.mcp_tool_call:MCPToolCall",
        "mcp_list_tools": "models.mcp_list_tools:MCPListTools",
        "message": "models.message:Message",
        "reasoning": "models.reasoning_item:ReasoningItem",
        "shell_call": "models.function_shell_call:FunctionShellCall",
        "shell_call_output": "models.function_shell_call_output:FunctionShellCallOutput",
        "tool_search_call": "models.tool_search_call:ToolSearchCall",
        "tool_search_output": "models.tool_search_output:ToolSearchOutput",
        "web_search_call": "models.web_search_tool_call:WebSearchToolCall",
    },
    "integrations_openai_api",
)


_CREATE_SPEECH_RESPONSE_STREAM_EVENT = LazyUnion(
    "CreateSpeechResponseStreamEvent",
    "type",
    {
        "speech.audio.delta": "models.speech_audio_delta_event:SpeechAudioDeltaEvent",
        "speech.audio.done": "models.speech_audio_done_event:SpeechAudioDoneEvent",
    },
    "integrations_openai_api",
)


_CREATE_TRANSCRIPTION_RESPONSE_STREAM_EVENT = LazyUnion(
    "CreateTranscriptionResponseStreamEvent",
    "type",
    {
        "transcript.text.delta": "models.transcript_text_delta_event:TranscriptTextDeltaEvent",
        "transcript.text.done": "models.transcript_text_done_event:TranscriptTextDoneEvent",
        "transcript.text.segment": "models.transcript_text_segment_event:TranscriptTextSegmentEvent",
    },
    "integrations_openai_api",
)


_FUNCTION_AND_CUSTOM_TOOL_CALL_OUTPUT = LazyUnion(
    "FunctionAndCustomToolCallOutput",
    "type",
    {
        "input_file": "models.input_file_content:InputFileContent",
        "input_image": "models.input_image_content:InputImageContent",
        "input_text": "models.input_text_content:InputTextContent",
    },
    "integrations_openai_api",
)


_FUNCTION_SHELL_CALL_OUTPUT_OUTCOME_PARAM = LazyUnion(
    "FunctionShellCallOutputOutcomeParam",
    "type",
    {
        "exit": "models.function_shell_call_output_exit_outcome_param:FunctionShellCallOutputExitOutcomeParam",
        "timeout": "models.function_shell_call_output_timeout_outcome_param:FunctionShellCallOutputTimeoutOutcomeParam",
    },
    "integrations_openai_api",
)


_IMAGE_EDIT_STREAM_EVENT = LazyUnion(
    "ImageEditStreamEvent",
    "type",
    {
        "image_edit.completed": "models.image_edit_completed_event:ImageEditCompletedEvent",
        "image_edit.partial_image": "models.image_edit_partial_image_event:ImageEditPartialImageEvent",
    },
    "integrations_openai_api",
)


_IMAGE_GEN_STREAM_EVENT = LazyUnion(
    "ImageGenStreamEvent",
    "type",
    {
        "image_generation.completed": "models.image_gen_completed_event:ImageGenCompletedEvent",
        "image_generation.partial_image": "models.image_gen_partial_image_event:ImageGenPartialImageEvent",
    },
    "integrations_openai_api",
)


_INPUT_CONTENT = LazyUnion(
    "InputContent",
    "type",
    {
        "input_file": "models.input_file_content:InputFileContent",
        "input_image": "models.input_image_content:InputImageContent",
        "input_text": "models.input_text_content:InputTextContent",
    },
    "integrations_openai_api",
)


_INPUT_ITEM = LazyUnion(
    "InputItem",
    "type",
    {
        "apply_patch_call": "models.apply_patch_tool_call_item_param:ApplyPatchToolCallItemParam",
        "apply_patch_call_output": "models.apply_patch_tool_call_output_item_param:ApplyPatchToolCallOutputItemParam",
        "code_interpreter_call": "models.code_interpreter_tool_call:CodeInterpreterToolCall",
        "compaction": "models.compaction_summary_item_param:CompactionSummaryItemParam",
        "compaction_trigger": "models.compaction_trigger_item_param:CompactionTriggerItemParam",
        "computer_call": "models.computer_tool_call:ComputerToolCall",
        "computer_call_output": "models.computer_call_output_item_param:ComputerCallOutputItemParam",
        "custom_tool_call": "models.custom_tool_call:CustomToolCall",
        "custom_tool_call_output": "models.custom_tool_call_output:CustomToolCallOutput",
        "file_search_call": "models.file_search_tool_call:FileSearchToolCall",
        "function_call": "models.function_tool_call:FunctionToolCall",
        "function_call_output": "models.function_call_output_item_param:FunctionCallOutputItemParam",
        "image_generation_call": "models.image_gen_tool_call:ImageGenToolCall",
        "local_shell_call": "models.local_shell_tool_call:LocalShellToolCall",
        "local_shell_call_output": "models.local_shell_tool_call_output:LocalShellToolCallOutput",
        "mcp_approval_request": "models.mcp_approval_request:MCPApprovalRequest",
        "mcp_approval_response": "models.mcp_approval_response:MCPApprovalResponse",
        "mcp_call": "models.mcp_tool_call:MCPToolCall",
        "mcp_list_tools": "models.mcp_list_tools:MCPListTools",
        "message": (
            "models.easy_input_message:EasyInputMessage",
            "models.input_message:InputMessage",
            "models.output_message:OutputMessage",
        ),
        "reasoning": "models.reasoning_item:ReasoningItem",
        "shell_call": "models.function_shell_call_item_param:FunctionShellCallItemParam",
        "shell_call_output": "models.function_shell_call_output_item_param:FunctionShellCallOutputItemParam",
        "tool_search_call": "models.tool_search_call_item_param:ToolSearchCallItemParam",
        "tool_search_output": "models.tool_search_output_item_param:ToolSearchOutputItemParam",
        "web_search_call": "models.web_search_tool_call:WebSearchToolCall",
    },
    "integrations_openai_api",
    rest=("models.item_reference_param:ItemReferenceParam",),
)


_ITEM = LazyUnion(
    "Item",
    "type",
    {
        "apply_patch_call": "models.apply_patch_tool_call_item_param:ApplyPatchToolCallItemParam",
        "apply_patch_call_output": "models.apply_patch_tool_call_output_item_param:ApplyPatchToolCallOutputItemParam",
        "code_interpreter_call": "models.code_interpreter_tool_call:CodeInterpreterToolCall",
        "compaction": "models.compaction_summary_item_param:CompactionSummaryItemParam",
        "computer_call": "models.computer_tool_call:ComputerToolCall",
        "computer_call_output": "models.computer_call_output_item_param:ComputerCallOutputItemParam",
        "custom_tool_call": "models.custom_tool_call:CustomToolCall",
        "custom_tool_call_output": "models.custom_tool_call_output:CustomToolCallOutput",
        "file_search_call": "models.file_search_tool_call:FileSearchToolCall",
        "function_call": "models.function_tool_call:FunctionToolCall",
        "function_call_output": "models.function_call_output_item_param:FunctionCallOutputItemParam",
        "image_generation_call": "models.image_gen_tool_call:ImageGenToolCall",
        "local_shell_call": "models.local_shell_tool_call:LocalShellToolCall",
        "local_shell_call_output": "models.local_shell_tool_call_output:LocalShellToolCallOutput",
        "mcp_approval_request": "models.mcp_approval_request:MCPApprovalRequest",
        "mcp_approval_response": "models.mcp_approval_response:MCPApprovalResponse",
        "mcp_call": "models.mcp_tool_call:MCPToolCall",
        "mcp_list_tools": "models.mcp_list_tools:MCPListTools",
        "message": (
            "models.input_message:InputMessage",
            "models.output_message:OutputMessage",
        ),
        "reasoning": "models.reasoning_item:ReasoningItem",
        "shell_call": "models.function_shell_call_item_param:FunctionShellCallItemParam",
        "shell_call_output": "models.function_shell_call_output_item_param:FunctionShellCallOutputItemParam",
        "tool_search_call": "models.tool_search_call_item_param:ToolSearchCallItemParam",
        "tool_search_output": "models.tool_search_output_item_param:ToolSearchOutputItemParam",
        "web_search_call": "models.web_search_tool_call:WebSearchToolCall",
    },
    "integrations_openai_api",
)


_ITEM_FIELD = LazyUnion(
    "ItemField",
    "type",
    {
        "apply_patch_call": "models.apply_patch_tool_call:ApplyPatchToolCall",
        "apply_patch_call_output": "models.apply_patch_tool_call_output:ApplyPatchToolCallOutput",
        "code_interpreter_call": "models.code_interpreter_tool_call:CodeInterpreterToolCall",
        "compaction": "models.compaction_body:CompactionBody",
        "computer_call": "models.computer_tool_call:ComputerToolCall",
        "computer_call_output": "models.computer_tool_call_output_resource:ComputerToolCallOutputResource",
        "custom_tool_call": "models.custom_tool_call:CustomToolCall",
        "custom_tool_call_output": "models.custom_tool_call_output:CustomToolCallOutput",
        "file_search_call": "models.file_search_tool_call:FileSearchToolCall",
        "function_call": "models.function_tool_call:FunctionToolCall",
        "function_call_output": "models.function_tool_call_output:FunctionToolCallOutput",
        "image_generation_call": "models.image_gen_tool_call:ImageGenToolCall",
        "local_shell_call": "models.local_shell_tool_call:LocalShellToolCall",
        "local_shell_call_output": "models.local_shell_tool_call_output:LocalShellToolCallOutput",
        "mcp_approval_request": "models.mcp_approval_request:MCPApprovalRequest",
        "mcp_approval_response": "models.mcp_approval_response_resource:MCPApprovalResponseResource",
        "mcp_call": "models.mcp_tool_call:MCPToolCall",
        "mcp_list_tools": "models.mcp_list_tools:MCPListTools",
        "message": "models.message:Message",
        "reasoning": "models.reasoning_item:ReasoningItem",
        "shell_call": "models.function_shell_call:FunctionShellCall",
        "shell_call_output": "models.function_shell_call_output:FunctionShellCallOutput",
        "tool_search_call": "models.tool_search_call:ToolSearchCall",
        "tool_search_output": "models.tool_search_output:ToolSearchOutput",
        "web_search_call": "models.web_search_tool_call:WebSearchToolCall",
    },
    "integrations_openai_api",
)


_ITEM_RESOURCE = LazyUnion(
    "ItemResource",
    "type",
    {
        "apply_patch_call": "models.apply_patch_tool_call:ApplyPatchToolCall",
        "apply_patch_call_output": "models.apply_patch_tool_call_output:ApplyPatchToolCallOutput",
        "code_interpreter_call": "models.code_interpreter_tool_call:CodeInterpreterToolCall",
        "compaction": "models.compaction_body:CompactionBody",
        "computer_call": "models.computer_tool_call:ComputerToolCall",
        "computer_call_output": "models.computer_tool_call_output_resource:ComputerToolCallOutputResource",
        "custom_tool_call": "models.custom_tool_call_resource:CustomToolCallResource",
        "custom_tool_call_output": "models.custom_tool_call_output_resource:CustomToolCallOutputResource",
        "file_search_call": "models.file_search_tool_call:FileSearchToolCall",
        "function_call": "models.function_tool_call_resource:FunctionToolCallResource",
        "function_call_output": "models.function_tool_call_output_resource:FunctionToolCallOutputResource",
        "image_generation_call": "models.image_gen_tool_call:ImageGenToolCall",
        "local_shell_call": "models.local_shell_tool_call:LocalShellToolCall",
        "local_shell_call_output": "models.local_shell_tool_call_output:LocalShellToolCallOutput",
        "mcp_approval_request": "models.mcp_approval_request:MCPApprovalRequest",
        "mcp_approval_response": "models.mcp_approval_response_resource:MCPApprovalResponseResource",
        "mcp_call": "models.mcp_tool_call:MCPToolCall",
        "mcp_list_tools": "models.mcp_list_tools:MCPListTools",
        "message": (
            "models.input_message_resource:InputMessageResource",
            "models.output_message:OutputMessage",
        ),
        "reasoning": "models.reasoning_item:ReasoningItem",
        "shell_call": "models.function_shell_call:FunctionShellCall",
        "shell_call_output": "models.function_shell_call_output:FunctionShellCallOutput",
        "tool_search_call": "models.tool_search_call:ToolSearchCall",
        "tool_search_output": "models.tool_search_output:ToolSearchOutput",
        "web_search_call": "models.web_search_tool_call:WebSearchToolCall",
    },
    "integrations_openai_api",
)


_MESSAGE_STREAM_EVENT = LazyUnion(
    "MessageStreamEvent",
    "event",
    {
        "thread.message.completed": "models.message_stream_event_thread_message_completed:MessageStreamEventThreadMessageCompleted",
        "thread.message.created": "models.message_stream_event_thread_message_created:MessageStreamEventThreadMessageCreated",
        "thread.message.delta": "models.message_stream_event_thread_message_delta:MessageStreamEventThreadMessageDelta",
        "thread.message.in_progress": "models.message_stream_event_thread_message_in_progress:MessageStreamEventThreadMessageInProgress",
        "thread.message.incomplete": "models.message_stream_event_thread_message_incomplete:MessageStreamEventThreadMessageIncomplete",
    },
    "integrations_openai_api",
)


_OUTPUT_CONTENT = LazyUnion(
    "OutputContent",
    "type",
    {
        "output_text": "models.output_text_content:OutputTextContent",
        "reasoning_text": "models.reasoning_text_content:ReasoningTextContent",
        "refusal": "models.refusal_content:RefusalContent",
    },
    "integrations_openai_api",
)


_OUTPUT_ITEM = LazyUnion(
    "OutputItem",
    "type",
    {
        "apply_patch_call": "models.apply_patch_tool_call:ApplyPatchToolCall",
        "apply_patch_call_output": "models.apply_patch_tool_call_output:ApplyPatchToolCallOutput",
        "code_interpreter_call": "models.code_interpreter_tool_call:CodeInterpreterToolCall",
        "compaction": "models.compaction_body:CompactionBody",
        "computer_call": "models.computer_tool_call:ComputerToolCall",
        "computer_call_output": "models.computer_tool_call_output_resource:ComputerToolCallOutputResource",
        "custom_tool_call": "models.custom_tool_call:CustomToolCall",
        "custom_tool_call_output": "models.custom_tool_call_output_resource:CustomToolCallOutputResource",
        "file_search_call": "models.file_search_tool_call:FileSearchToolCall",
        "function_call": "models.function_tool_call:FunctionToolCall",
        "function_call_output": "models.function_tool_call_output_resource:FunctionToolCallOutputResource",
        "image_generation_call": "models.image_gen_tool_call:ImageGenToolCall",
        "local_shell_call": "models.local_shell_tool_call:LocalShellToolCall",
        "local_shell_call_output": "models.local_shell_tool_call_output:LocalShellToolCallOutput",
        "mcp_approval_request": "models.mcp_approval_request:MCPApprovalRequest",
        "mcp_approval_response": "models.mcp_approval_response_resource:MCPApprovalResponseResource",
        "mcp_call": "models.mcp_tool_call:MCPToolCall",
        "mcp_list_tools": "models.mcp_list_tools:MCPListTools",
        "message": "models.output_message:OutputMessage",
        "reasoning": "models.reasoning_item:ReasoningItem",
        "shell_call": "models.function_shell_call:FunctionShellCall",
        "shell_call_output": "models.function_shell_call_output:FunctionShellCallOutput",
        "tool_search_call": "models.tool_search_call:ToolSearchCall",
        "tool_search_output": "models.tool_search_output:ToolSearchOutput",
        "web_search_call": "models.web_search_tool_call:WebSearchToolCall",
    },
    "integrations_openai_api",
)


_OUTPUT_MESSAGE_CONTENT = LazyUnion(
    "OutputMessageContent",
    "type",
    {
        "output_text": "models.output_text_content:OutputTextContent",
        "refusal": "models.refusal_content:RefusalContent",
    },
    "integrations_openai_api",
)


_REALTIME_AUDIO_FORMATS = LazyUnion(
    "RealtimeAudioFormats",
    "type",
    {
        "audio/pcm": "models.realtime_audio_formats_pcm_audio_format:RealtimeAudioFormatsPCMAudioFormat",
        "audio/pcma": "models.realtime_audio_formats_pcma_audio_format:RealtimeAudioFormatsPCMAAudioFormat",
        "audio/pcmu": "models.realtime_audio_formats_pcmu_audio_format:RealtimeAudioFormatsPCMUAudioFormat",
    },
    "integrations_openai_api",
)


_REALTIME_CLIENT_EVENT = LazyUnion(
    "RealtimeClientEvent",
    "type",
    {
        "conversation.item.create": "models.realtime_client_event_conversation_item_create:RealtimeClientEventConversationItemCreate",
        "conversation.item.delete": "models.realtime_client_event_conversation_item_delete:RealtimeClientEventConversationItemDelete",
        "conversation.item.retrieve": "models.realtime_client_event_conversation_item_retrieve:RealtimeClientEventConversationItemRetrieve",
        "conversation.item.truncate": "models.realtime_client_event_conversation_item_truncate:RealtimeClientEventConversationItemTruncate",
        "input_audio_buffer.append": "models.realtime_client_event_input_audio_buffer_append:RealtimeClientEventInputAudioBufferAppend",
        "input_audio_buffer.clear": "models.realtime_client_event_input_audio_buffer_clear:RealtimeClientEventInputAudioBufferClear",
        "input_audio_buffer.commit": "models.realtime_client_event_input_audio_buffer_commit:RealtimeClientEventInputAudioBufferCommit",
        "output_audio_buffer.clear": "models.realtime_client_event_output_audio_buffer_clear:RealtimeClientEventOutputAudioBufferClear",
        "response.cancel": "models.realtime_client_event_response_cancel:RealtimeClientEventResponseCancel",
        "response.create": "models.realtime_client_event_response_create:RealtimeClientEventResponseCreate",
        "session.update": "models.realtime_client_event_session_update:RealtimeClientEventSessionUpdate",
    },
    "integrations_openai_api",
)


_REALTIME_CONVERSATION_ITEM = LazyUnion(
    "RealtimeConversationItem",
    "type",
    {
        "function_call": "models.realtime_conversation_item_function_call:RealtimeConversationItemFunctionCall",
        "function_call_output": "models.realtime_conversation_item_function_call_output:RealtimeConversationItemFunctionCallOutput",
        "mcp_approval_request": "models.realtime_mcp_approval_request:RealtimeMCPApprovalRequest",
        "mcp_approval_response": "models.realtime_mcp_approval_response:RealtimeMCPApprovalResponse",
        "mcp_call": "models.realtime_mcp_tool_call:RealtimeMCPToolCall",
        "mcp_list_tools": "models.realtime_mcp_list_tools:RealtimeMCPListTools",
        "message": (
            "models.realtime_conversation_item_message_system:RealtimeConversationItemMessageSystem",
            "models.realtime_conversation_item_message_user:RealtimeConversationItemMessageUser",
            "models.realtime_conversation_item_message_assistant:RealtimeConversationItemMessageAssistant",
        ),
    },
    "integrations_openai_api",
)


_REALTIME_SERVER_EVENT = LazyUnion(
    "RealtimeServerEvent",
    "type",
    {
        "conversation.created": "models.realtime_server_event_conversation_created:RealtimeServerEventConversationCreated",
        "conversation.item.added": "models.realtime_server_event_conversation_item_added:RealtimeServerEventConversationItemAdded",
        "conversation.item.created": "models.realtime_server_event_conversation_item_created:RealtimeServerEventConversationItemCreated",
        "conversation.item.deleted": "models.realtime_server_event_conversation_item_deleted:RealtimeServerEventConversationItemDeleted",
        "conversation.item.done": "models.realtime_server_event_conversation_item_done:RealtimeServerEventConversationItemDone",
        "conversation.item.input_audio_transcription.completed": "models.realtime_server_event_conversation_item_input_audio_transcription_completed:RealtimeServerEventConversationItemInputAudioTranscriptionCompleted",
        "conversation.item.input_audio_transcription.delta": "models.realtime_server_event_conversation_item_input_audio_transcription_delta:RealtimeServerEventConversationItemInputAudioTranscriptionDelta",
        "conversation.item.input_audio_transcription.failed": "models.realtime_server_event_conversation_item_input_audio_transcription_failed:RealtimeServerEventConversationItemInputAudioTranscriptionFailed",
        "conversation.item.input_audio_transcription.segment": "models.realtime_server_event_conversation_item_input_audio_transcription_segment:RealtimeServerEventConversationItemInputAudioTranscriptionSegment",
        "conversation.item.retrieved": "models.realtime_server_event_conversation_item_retrieved:RealtimeServerEventConversationItemRetrieved",
        "conversation.item.truncated": "models.realtime_server_event_conversation_item_truncated:RealtimeServerEventConversationItemTruncated",
        "error": "models.realtime_server_event_error:RealtimeServerEventError",
        "input_audio_buffer.cleared": "models.realtime_server_event_input_audio_buffer_cleared:RealtimeServerEventInputAudioBufferCleared",
        "input_audio_buffer.committed": "models.realtime_server_event_input_audio_buffer_committed:RealtimeServerEventInputAudioBufferCommitted",
        "input_audio_buffer.dtmf_event_received": "models.realtime_server_event_input_audio_buffer_dtmf_event_received:RealtimeServerEventInputAudioBufferDtmfEventReceived",
        "input_audio_buffer.speech_started": "models.realtime_server_event_input_audio_buffer_speech_started:RealtimeServerEventInputAudioBufferSpeechStarted",
        "input_audio_buffer.speech_stopped": "models.realtime_server_event_input_audio_buffer_speech_stopped:RealtimeServerEventInputAudioBufferSpeechStopped",
        "input_audio_buffer.timeout_triggered": "models.realtime_server_event_input_audio_buffer_timeout_triggered:RealtimeServerEventInputAudioBufferTimeoutTriggered",
        "mcp_list_tools.completed": "models.realtime_server_event_mcp_list_tools_completed:RealtimeServerEventMCPListToolsCompleted",
        "mcp_list_tools.failed": "models.realtime_server_event_mcp_list_tools_failed:RealtimeServerEventMCPListToolsFailed",
        "mcp_list_tools.in_progress": "models.realtime_server_event_mcp_list_tools_in_progress:RealtimeServerEventMCPListToolsInProgress",
        "output_audio_buffer.cleared": "models.realtime_server_event_output_audio_buffer_cleared:RealtimeServerEventOutputAudioBufferCleared",
        "output_audio_buffer.started": "models.realtime_server_event_output_audio_buffer_started:RealtimeServerEventOutputAudioBufferStarted",
        "output_audio_buffer.stopped": "models.realtime_server_event_output_audio_buffer_stopped:RealtimeServerEventOutputAudioBufferStopped",
        "rate_limits.updated": "models.realtime_server_event_rate_limits_updated:RealtimeServerEventRateLimitsUpdated",
        "response.content_part.added": "models.realtime_server_event_response_content_part_added:RealtimeServerEventResponseContentPartAdded",
        "response.content_part.done": "models.realtime_server_event_response_content_part_done:RealtimeServerEventResponseContentPartDone",
        "response.created": "models.realtime_server_event_response_created:RealtimeServerEventResponseCreated",
        "response.done": "models.realtime_server_event_response_done:RealtimeServerEventResponseDone",
        "response.function_call_arguments.delta": "models.realtime_server_event_response_function_call_arguments_delta:RealtimeServerEventResponseFunctionCallArgumentsDelta",
        "response.function_call_arguments.done": "models.realtime_server_event_response_function_call_arguments_done:RealtimeServerEventResponseFunctionCallArgumentsDone",
        "response.mcp_call.completed": "models.realtime_server_event_response_mcp_call_completed:RealtimeServerEventResponseMCPCallCompleted",
        "response.mcp_call.failed": "models.realtime_server_event_response_mcp_call_failed:RealtimeServerEventResponseMCPCallFailed",
        "response.mcp_call.in_progress": "models.realtime_server_event_response_mcp_call_in_progress:RealtimeServerEventResponseMCPCallInProgress",
        "response.mcp_call_arguments.delta": "models.realtime_server_event_response_mcp_call_arguments_delta:RealtimeServerEventResponseMCPCallArgumentsDelta",
        "response.mcp_call_arguments.done": "models.realtime_server_event_response_mcp_call_arguments_done:RealtimeServerEventResponseMCPCallArgumentsDone",
        "response.output_audio.delta": "models.realtime_server_event_response_audio_delta:RealtimeServerEventResponseAudioDelta",
        "response.output_audio.done": "models.realtime_server_event_response_audio_done:RealtimeServerEventResponseAudioDone",
        "response.output_audio_transcript.delta": "models.realtime_server_event_response_audio_transcript_delta:RealtimeServerEventResponseAudioTranscriptDelta",
        "response.output_audio_transcript.done": "models.realtime_server_event_response_audio_transcript_done:RealtimeServerEventResponseAudioTranscriptDone",
        "response.output_item.added": "models.realtime_server_event_response_output_item_added:RealtimeServerEventResponseOutputItemAdded",
        "response.output_item.done": "models.realtime_server_event_response_output_item_done:RealtimeServerEventResponseOutputItemDone",
        "response.output_text.delta": "models.realtime_server_event_response_text_delta:RealtimeServerEventResponseTextDelta",
        "response.output_text.done": "models.realtime_server_event_response_text_done:RealtimeServerEventResponseTextDone",
        "session.created": "models.realtime_server_event_session_created:RealtimeServerEventSessionCreated",
        "session.updated": "models.realtime_server_event_session_updated:RealtimeServerEventSessionUpdated",
    },
    "integrations_openai_api",
)


_REALTIME_TRANSLATION_CLIENT_EVENT = LazyUnion(
    "RealtimeTranslationClientEvent",
    "type",
    {
        "session.close": "models.realtime_translation_client_event_session_close:RealtimeTranslationClientEventSessionClose",
        "session.input_audio_buffer.append": "models.realtime_translation_client_event_input_audio_buffer_append:RealtimeTranslationClientEventInputAudioBufferAppend",
        "session.update": "models.realtime_translation_client_event_session_update:RealtimeTranslationClientEventSessionUpdate",
    },
    "integrations_openai_api",
)


_REALTIME_TRANSLATION_SERVER_EVENT = LazyUnion(
    "RealtimeTranslationServerEvent",
    "type",
    {
        "error": "models.realtime_server_event_error:RealtimeServerEventError",
        "session.closed": "models.realtime_translation_server_event_session_closed:RealtimeTranslationServerEventSessionClosed",
        "session.created": "models.realtime_translation_server_event_session_created:RealtimeTranslationServerEventSessionCreated",
        "session.input_transcript.delta": "models.realtime_translation_server_event_session_input_transcript_delta:RealtimeTranslationServerEventSessionInputTranscriptDelta",
        "session.output_audio.delta": "models.realtime_translation_server_event_session_output_audio_delta:RealtimeTranslationServerEventSessionOutputAudioDelta",
        "session.output_transcript.delta": "models.realtime_translation_server_event_session_output_transcript_delta:RealtimeTranslationServerEventSessionOutputTranscriptDelta",
        "session.updated": "models.realtime_translation_server_event_session_updated:RealtimeTranslationServerEventSessionUpdated",
    },
    "integrations_openai_api",
)


_RESPONSE_STREAM_EVENT = LazyUnion(
    "ResponseStreamEvent",
    "type",
    {
        "error": "models.response_error_event:ResponseErrorEvent",
        "response.audio.delta": "models.response_audio_delta_event:ResponseAudioDeltaEvent",
        "response.audio.done": "models.response_audio_done_event:ResponseAudioDoneEvent",
        "response.audio.transcript.delta": "models.response_audio_transcript_delta_event:ResponseAudioTranscriptDeltaEvent",
        "response.audio.transcript.done": "models.response_audio_transcript_done_event:ResponseAudioTranscriptDoneEvent",
        "response.code_interpreter_call.completed": "models.response_code_interpreter_call_completed_event:ResponseCodeInterpreterCallCompletedEvent",
        "response.code_interpreter_call.in_progress": "models.response_code_interpreter_call_in_progress_event:ResponseCodeInterpreterCallInProgressEvent",
        "response.code_interpreter_call.interpreting": "models.response_code_interpreter_call_interpreting_event:ResponseCodeInterpreterCallInterpretingEvent",
        "response.code_interpreter_call_code.delta": "models.response_code_interpreter_call_code_delta_event:ResponseCodeInterpreterCallCodeDeltaEvent",
        "response.code_interpreter_call_code.done": "models.response_code_interpreter_call_code_done_event:ResponseCodeInterpreterCallCodeDoneEvent",
        "response.completed": "models.response_completed_event:ResponseCompletedEvent",
        "response.content_part.added": "models.response_content_part_added_event:ResponseContentPartAddedEvent",
        "response.content_part.done": "models.response_content_part_done_event:ResponseContentPartDoneEvent",
        "response.created": "models.response_created_event:ResponseCreatedEvent",
        "response.custom_tool_call_input.delta": "models.response_custom_tool_call_input_delta_event:ResponseCustomToolCallInputDeltaEvent",
        "response.custom_tool_call_input.done": "models.response_custom_tool_call_input_done_event:ResponseCustomToolCallInputDoneEvent",
        "response.failed": "models.response_failed_event:ResponseFailedEvent",
        "response.file_search_call.completed": "models.response_file_search_call_completed_event:ResponseFileSearchCallCompletedEvent",
        "response.file_search_call.in_progress": "models.response_file_search_call_in_progress_event:ResponseFileSearchCallInProgressEvent",
        "response.file_search_call.searching": "models.response_file_search_call_searching_event:ResponseFileSearchCallSearchingEvent",
        "response.function_call_arguments.delta": "models.response_function_call_arguments_delta_event:ResponseFunctionCallArgumentsDeltaEvent",
        "response.function_call_arguments.done": "models.response_function_call_arguments_done_event:ResponseFunctionCallArgumentsDoneEvent",
        "response.image_generation_call.completed": "models.response_image_gen_call_completed_event:ResponseImageGenCallCompletedEvent",
        "response.image_generation_call.generating": "models.response_image_gen_call_generating_event:ResponseImageGenCallGeneratingEvent",
        "response.image_generation_call.in_progress": "models.response_image_gen_call_in_progress_event:ResponseImageGenCallInProgressEvent",
        "response.image_generation_call.partial_image": "models.response_image_gen_call_partial_image_event:ResponseImageGenCallPartialImageEvent",
        "response.in_progress": "models.response_in_progress_event:ResponseInProgressEvent",
        "response.incomplete": "models.response_incomplete_event:ResponseIncompleteEvent",
        "response.mcp_call.completed": "models.response_mcp_call_completed_event:ResponseMCPCallCompletedEvent",
        "response.mcp_call.failed": "models.response_mcp_call_failed_event:ResponseMCPCallFailedEvent",
        "response.mcp_call.in_progress": "models.response_mcp_call_in_progress_event:ResponseMCPCallInProgressEvent",
        "response.mcp_call_arguments.delta": "models.response_mcp_call_arguments_delta_event:ResponseMCPCallArgumentsDeltaEvent",
        "response.mcp_call_arguments.done": "models.response_mcp_call_arguments_done_event:ResponseMCPCallArgumentsDoneEvent",
        "response.mcp_list_tools.completed": "models.response_mcp_list_tools_completed_event:ResponseMCPListToolsCompletedEvent",
        "response.mcp_list_tools.failed": "models.response_mcp_list_tools_failed_event:ResponseMCPListToolsFailedEvent",
        "response.mcp_list_tools.in_progress": "models.response_mcp_list_tools_in_progress_event:ResponseMCPListToolsInProgressEvent",
        "response.output_item.added": "models.response_output_item_added_event:ResponseOutputItemAddedEvent",
        "response.output_item.done": "models.response_output_item_done_event:ResponseOutputItemDoneEvent",
        "response.output_text.annotation.added": "models.response_output_text_annotation_added_event:ResponseOutputTextAnnotationAddedEvent",
        "response.output_text.delta": "models.response_text_delta_event:ResponseTextDeltaEvent",
        "response.output_text.done": "models.response_text_done_event:ResponseTextDoneEvent",
        "response.queued": "models.response_queued_event:ResponseQueuedEvent",
        "response.reasoning_summary_part.added": "models.response_reasoning_summary_part_added_event:ResponseReasoningSummaryPartAddedEvent",
        "response.reasoning_summary_part.done": "models.response_reasoning_summary_part_done_event:ResponseReasoningSummaryPartDoneEvent",
        "response.reasoning_summary_text.delta": "models.response_reasoning_summary_text_delta_event:ResponseReasoningSummaryTextDeltaEvent",
        "response.reasoning_summary_text.done": "models.response_reasoning_summary_text_done_event:ResponseReasoningSummaryTextDoneEvent",
        "response.reasoning_text.delta": "models.response_reasoning_text_delta_event:ResponseReasoningTextDeltaEvent",
        "response.reasoning_text.done": "models.response_reasoning_text_done_event:ResponseReasoningTextDoneEvent",
        "response.refusal.delta": "models.response_refusal_delta_event:ResponseRefusalDeltaEvent",
        "response.refusal.done": "models.response_refusal_done_event:ResponseRefusalDoneEvent",
        "response.web_search_call.completed": "models.response_web_search_call_completed_event:ResponseWebSearchCallCompletedEvent",
        "response.web_search_call.in_progress": "models.response_web_search_call_in_progress_event:ResponseWebSearchCallInProgressEvent",
        "response.web_search_call.searching": "models.response_web_search_call_searching_event:ResponseWebSearchCallSearchingEvent",
    },
    "integrations_openai_api",
)


_RUN_STEP_STREAM_EVENT = LazyUnion(
    "RunStepStreamEvent",
    "event",
    {
        "thread.run.step.cancelled": "models.run_step_stream_event_thread_run_step_cancelled:RunStepStreamEventThreadRunStepCancelled",
        "thread.run.step.completed": "models.run_step_stream_event_thread_run_step_completed:RunStepStreamEventThreadRunStepCompleted",
        "thread.run.step.created": "models.run_step_stream_event_thread_run_step_created:RunStepStreamEventThreadRunStepCreated",
        "thread.run.step.delta": "models.run_step_stream_event_thread_run_step_delta:RunStepStreamEventThreadRunStepDelta",
        "thread.run.step.expired": "models.run_step_stream_event_thread_run_step_expired:RunStepStreamEventThreadRunStepExpired",
        "thread.run.step.failed": "models.run_step_stream_event_thread_run_step_failed:RunStepStreamEventThreadRunStepFailed",
        "thread.run.step.in_progress": "models.run_step_stream_event_thread_run_step_in_progress:RunStepStreamEventThreadRunStepInProgress",
    },
    "integrations_openai_api",
)


_RUN_STREAM_EVENT = LazyUnion(
    "RunStreamEvent",
    "event",
    {
        "thread.run.cancelled": "models.run_stream_event_thread_run_cancelled:RunStreamEventThreadRunCancelled",
        "thread.run.cancelling": "models.run_stream_event_thread_run_cancelling:RunStreamEventThreadRunCancelling",
        "thread.run.completed": "models.run_stream_event_thread_run_completed:RunStreamEventThreadRunCompleted",
        "thread.run.created": "models.run_stream_event_thread_run_created:RunStreamEventThreadRunCreated",
        "thread.run.expired": "models.run_stream_event_thread_run_expired:RunStreamEventThreadRunExpired",
        "thread.run.failed": "models.run_stream_event_thread_run_failed:RunStreamEventThreadRunFailed",
        "thread.run.in_progress": "models.run_stream_event_thread_run_in_progress:RunStreamEventThreadRunInProgress",
        "thread.run.incomplete": "models.run_stream_event_thread_run_incomplete:RunStreamEventThreadRunIncomplete",
        "thread.run.queued": "models.run_stream_event_thread_run_queued:RunStreamEventThreadRunQueued",
        "thread.run.requires_action": "models.run_stream_event_thread_run_requires_action:RunStreamEventThreadRunRequiresAction",
    },
    "integrations_openai_api",
)


_TEXT_RESPONSE_FORMAT_CONFIGURATION = LazyUnion(
    "TextResponseFormatConfiguration",
    "type",
    {
        "json_object": "models.response_format_json_object:ResponseFormatJsonObject",
        "json_schema": "models.text_response_format_json_schema:TextResponseFormatJsonSchema",
        "text": "models.response_format_text:ResponseFormatText",
    },
    "integrations_openai_api",
)


_THREAD_ITEM = LazyUnion(
    "ThreadItem",
    "type",
    {
        "chatkit.assistant_message": "models.assistant_message_item:AssistantMessageItem",
        "chatkit.client_tool_call": "models.client_tool_call_item:ClientToolCallItem",
        "chatkit.task": "models.task_item:TaskItem",
        "chatkit.task_group": "models.task_group_item:TaskGroupItem",
        "chatkit.user_message": "models.user_message_item:UserMessageItem",
        "chatkit.widget": "models.widget_message_item:WidgetMessageItem",
    },
    "integrations_openai_api",
)


_TOOL = LazyUnion(
    "Tool",
    "type",
    {
        "apply_patch": "models.apply_patch_tool_param:ApplyPatchToolParam",
        "code_interpreter": "models.code_interpreter_tool:CodeInterpreterTool",
        "computer": "models.computer_tool:ComputerTool",
        "computer_use_preview": "models.computer_use_preview_tool:ComputerUsePreviewTool",
        "custom": "models.custom_tool_param:CustomToolParam",
        "file_search": "models.file_search_tool:FileSearchTool",
        "function": "models.function_tool:FunctionTool",
        "image_generation": "models.image_gen_tool:ImageGenTool",
        "local_shell": "models.local_shell_tool_param:LocalShellToolParam",
        "mcp": "models.mcp_tool:MCPTool",
        "namespace": "models.namespace_tool_param:NamespaceToolParam",
        "shell": "models.function_shell_tool_param:FunctionShellToolParam",
        "tool_search": "models.tool_search_tool_param:ToolSearchToolParam",
    },
    "integrations_openai_api",
    rest=(
        "models.web_search_tool:WebSearchTool",
        "models.web_search_preview_tool:WebSearchPreviewTool",
    ),
)


_WEBHOOK_EVENT = LazyUnion(
    "WebhookEvent",
    "type",
    {
        "batch.cancelled": "models.webhook_batch_cancelled:WebhookBatchCancelled",
        "batch.completed": "models.webhook_batch_completed:WebhookBatchCompleted",
        "batch.expired": "models.webhook_batch_expired:WebhookBatchExpired",
        "batch.failed": "models.webhook_batch_failed:WebhookBatchFailed",
        "eval.run.canceled": "models.webhook_eval_run_canceled:WebhookEvalRunCanceled",
        "eval.run.failed": "models.webhook_eval_run_failed:WebhookEvalRunFailed",
        "eval.run.succeeded": "models.webhook_eval_run_succeeded:WebhookEvalRunSucceeded",
        "fine_tuning.job.cancelled": "models.webhook_fine_tuning_job_cancelled:WebhookFineTuningJobCancelled",
        "fine_tuning.job.failed": "models.webhook_fine_tuning_job_failed:WebhookFineTuningJobFailed",
        "fine_tuning.job.succeeded": "models.webhook_fine_tuning_job_succeeded:WebhookFineTuningJobSucceeded",
        "realtime.call.incoming": "models.webhook_realtime_call_incoming:WebhookRealtimeCallIncoming",
        "response.cancelled": "models.webhook_response_cancelled:WebhookResponseCancelled",
        "response.completed": "models.webhook_response_completed:WebhookResponseCompleted",
        "response.failed": "models.webhook_response_failed:WebhookResponseFailed",
        "response.incomplete": "models.webhook_response_incomplete:WebhookResponseIncomplete",
    },
    "integrations_openai_api",
)


def parse_annotation(data: Mapping[str, Any]) -> Annotation:
    """Parse one `Annotation` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("Annotation", _ANNOTATION.parse(data))


def parse_apply_patch_operation_param(data: Mapping[str, Any]) -> ApplyPatchOperationParam:
    """Parse one `ApplyPatchOperationParam` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("ApplyPatchOperationParam", _APPLY_PATCH_OPERATION_PARAM.parse(data))


def parse_assistant_stream_event(data: Mapping[str, Any]) -> AssistantStreamEvent:
    """Parse one `AssistantStreamEvent` (dispatch on `event`; unknown values give an `UnknownVariant`)."""
    return cast("AssistantStreamEvent", _ASSISTANT_STREAM_EVENT.parse(data))


def parse_chat_completion_request_assistant_message_content_part(
    data: Mapping[str, Any],
) -> ChatCompletionRequestAssistantMessageContentPart:
    """Parse one `ChatCompletionRequestAssistantMessageContentPart` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast(
        "ChatCompletionRequestAssistantMessageContentPart",
        _CHAT_COMPLETION_REQUEST_ASSISTANT_MESSAGE_CONTENT_PART.parse(data),
    )


def parse_chat_completion_request_message(data: Mapping[str, Any]) -> ChatCompletionRequestMessage:
    """Parse one `ChatCompletionRequestMessage` (dispatch on `role`; unknown values give an `UnknownVariant`)."""
    return cast("ChatCompletionRequestMessage", _CHAT_COMPLETION_REQUEST_MESSAGE.parse(data))


def parse_chat_completion_request_user_message_content_part(
    data: Mapping[str, Any],
) -> ChatCompletionRequestUserMessageContentPart:
    """Parse one `ChatCompletionRequestUserMessageContentPart` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast(
        "ChatCompletionRequestUserMessageContentPart",
        _CHAT_COMPLETION_REQUEST_USER_MESSAGE_CONTENT_PART.parse(data),
    )


def parse_chunking_strategy_request_param(data: Mapping[str, Any]) -> ChunkingStrategyRequestParam:
    """Parse one `ChunkingStrategyRequestParam` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("ChunkingStrategyRequestParam", _CHUNKING_STRATEGY_REQUEST_PARAM.parse(data))


def parse_computer_action(data: Mapping[str, Any]) -> ComputerAction:
    """Parse one `ComputerAction` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("ComputerAction", _COMPUTER_ACTION.parse(data))


def parse_content(data: Mapping[str, Any]) -> Content:
    """Parse one `Content` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("Content", _CONTENT.parse(data))


def parse_conversation_item(data: Mapping[str, Any]) -> ConversationItem:
    """Parse one `ConversationItem` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("ConversationItem", _CONVERSATION_ITEM.parse(data))


def parse_create_speech_response_stream_event(
    data: Mapping[str, Any],
) -> CreateSpeechResponseStreamEvent:
    """Parse one `CreateSpeechResponseStreamEvent` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("CreateSpeechResponseStreamEvent", _CREATE_SPEECH_RESPONSE_STREAM_EVENT.parse(data))


def parse_create_transcription_response_stream_event(
    data: Mapping[str, Any],
) -> CreateTranscriptionResponseStreamEvent:
    """Parse one `CreateTranscriptionResponseStreamEvent` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast(
        "CreateTranscriptionResponseStreamEvent",
        _CREATE_TRANSCRIPTION_RESPONSE_STREAM_EVENT.parse(data),
    )


def parse_function_and_custom_tool_call_output(
    data: Mapping[str, Any],
) -> FunctionAndCustomToolCallOutput:
    """Parse one `FunctionAndCustomToolCallOutput` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast(
        "FunctionAndCustomToolCallOutput", _FUNCTION_AND_CUSTOM_TOOL_CALL_OUTPUT.parse(data)
    )


def parse_function_shell_call_output_outcome_param(
    data: Mapping[str, Any],
) -> FunctionShellCallOutputOutcomeParam:
    """Parse one `FunctionShellCallOutputOutcomeParam` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast(
        "FunctionShellCallOutputOutcomeParam", _FUNCTION_SHELL_CALL_OUTPUT_OUTCOME_PARAM.parse(data)
    )


def parse_image_edit_stream_event(data: Mapping[str, Any]) -> ImageEditStreamEvent:
    """Parse one `ImageEditStreamEvent` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("ImageEditStreamEvent", _IMAGE_EDIT_STREAM_EVENT.parse(data))


def parse_image_gen_stream_event(data: Mapping[str, Any]) -> ImageGenStreamEvent:
    """Parse one `ImageGenStreamEvent` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("ImageGenStreamEvent", _IMAGE_GEN_STREAM_EVENT.parse(data))


def parse_input_content(data: Mapping[str, Any]) -> InputContent:
    """Parse one `InputContent` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("InputContent", _INPUT_CONTENT.parse(data))


def parse_input_item(data: Mapping[str, Any]) -> InputItem:
    """Parse one `InputItem` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("InputItem", _INPUT_ITEM.parse(data))


def parse_item(data: Mapping[str, Any]) -> Item:
    """Parse one `Item` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("Item", _ITEM.parse(data))


def parse_item_field(data: Mapping[str, Any]) -> ItemField:
    """Parse one `ItemField` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("ItemField", _ITEM_FIELD.parse(data))


def parse_item_resource(data: Mapping[str, Any]) -> ItemResource:
    """Parse one `ItemResource` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("ItemResource", _ITEM_RESOURCE.parse(data))


def parse_message_stream_event(data: Mapping[str, Any]) -> MessageStreamEvent:
    """Parse one `MessageStreamEvent` (dispatch on `event`; unknown values give an `UnknownVariant`)."""
    return cast("MessageStreamEvent", _MESSAGE_STREAM_EVENT.parse(data))


def parse_output_content(data: Mapping[str, Any]) -> OutputContent:
    """Parse one `OutputContent` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("OutputContent", _OUTPUT_CONTENT.parse(data))


def parse_output_item(data: Mapping[str, Any]) -> OutputItem:
    """Parse one `OutputItem` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("OutputItem", _OUTPUT_ITEM.parse(data))


def parse_output_message_content(data: Mapping[str, Any]) -> OutputMessageContent:
    """Parse one `OutputMessageContent` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("OutputMessageContent", _OUTPUT_MESSAGE_CONTENT.parse(data))


def parse_realtime_audio_formats(data: Mapping[str, Any]) -> RealtimeAudioFormats:
    """Parse one `RealtimeAudioFormats` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("RealtimeAudioFormats", _REALTIME_AUDIO_FORMATS.parse(data))


def parse_realtime_client_event(data: Mapping[str, Any]) -> RealtimeClientEvent:
    """Parse one `RealtimeClientEvent` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("RealtimeClientEvent", _REALTIME_CLIENT_EVENT.parse(data))


def parse_realtime_conversation_item(data: Mapping[str, Any]) -> RealtimeConversationItem:
    """Parse one `RealtimeConversationItem` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("RealtimeConversationItem", _REALTIME_CONVERSATION_ITEM.parse(data))


def parse_realtime_server_event(data: Mapping[str, Any]) -> RealtimeServerEvent:
    """Parse one `RealtimeServerEvent` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("RealtimeServerEvent", _REALTIME_SERVER_EVENT.parse(data))


def parse_realtime_translation_client_event(
    data: Mapping[str, Any],
) -> RealtimeTranslationClientEvent:
    """Parse one `RealtimeTranslationClientEvent` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("RealtimeTranslationClientEvent", _REALTIME_TRANSLATION_CLIENT_EVENT.parse(data))


def parse_realtime_translation_server_event(
    data: Mapping[str, Any],
) -> RealtimeTranslationServerEvent:
    """Parse one `RealtimeTranslationServerEvent` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("RealtimeTranslationServerEvent", _REALTIME_TRANSLATION_SERVER_EVENT.parse(data))


def parse_response_stream_event(data: Mapping[str, Any]) -> ResponseStreamEvent:
    """Parse one `ResponseStreamEvent` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("ResponseStreamEvent", _RESPONSE_STREAM_EVENT.parse(data))


def parse_run_step_stream_event(data: Mapping[str, Any]) -> RunStepStreamEvent:
    """Parse one `RunStepStreamEvent` (dispatch on `event`; unknown values give an `UnknownVariant`)."""
    return cast("RunStepStreamEvent", _RUN_STEP_STREAM_EVENT.parse(data))


def parse_run_stream_event(data: Mapping[str, Any]) -> RunStreamEvent:
    """Parse one `RunStreamEvent` (dispatch on `event`; unknown values give an `UnknownVariant`)."""
    return cast("RunStreamEvent", _RUN_STREAM_EVENT.parse(data))


def parse_text_response_format_configuration(
    data: Mapping[str, Any],
) -> TextResponseFormatConfiguration:
    """Parse one `TextResponseFormatConfiguration` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("TextResponseFormatConfiguration", _TEXT_RESPONSE_FORMAT_CONFIGURATION.parse(data))


def parse_thread_item(data: Mapping[str, Any]) -> ThreadItem:
    """Parse one `ThreadItem` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("ThreadItem", _THREAD_ITEM.parse(data))


def parse_tool(data: Mapping[str, Any]) -> Tool:
    """Parse one `Tool` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("Tool", _TOOL.parse(data))


def parse_webhook_event(data: Mapping[str, Any]) -> WebhookEvent:
    """Parse one `WebhookEvent` (dispatch on `type`; unknown values give an `UnknownVariant`)."""
    return cast("WebhookEvent", _WEBHOOK_EVENT.parse(data))


UNIONS: dict[str, LazyUnion] = {
    "Annotation": _ANNOTATION,
    "ApplyPatchOperationParam": _APPLY_PATCH_OPERATION_PARAM,
    "AssistantStreamEvent": _ASSISTANT_STREAM_EVENT,
    "ChatCompletionRequestAssistantMessageContentPart": _CHAT_COMPLETION_REQUEST_ASSISTANT_MESSAGE_CONTENT_PART,
    "ChatCompletionRequestMessage": _CHAT_COMPLETION_REQUEST_MESSAGE,
    "ChatCompletionRequestUserMessageContentPart": _CHAT_COMPLETION_REQUEST_USER_MESSAGE_CONTENT_PART,
    "ChunkingStrategyRequestParam": _CHUNKING_STRATEGY_REQUEST_PARAM,
    "ComputerAction": _COMPUTER_ACTION,
    "Content": _CONTENT,
    "ConversationItem": _CONVERSATION_ITEM,
    "CreateSpeechResponseStreamEvent": _CREATE_SPEECH_RESPONSE_STREAM_EVENT,
    "CreateTranscriptionResponseStreamEvent": _CREATE_TRANSCRIPTION_RESPONSE_STREAM_EVENT,
    "FunctionAndCustomToolCallOutput": _FUNCTION_AND_CUSTOM_TOOL_CALL_OUTPUT,
    "FunctionShellCallOutputOutcomeParam": _FUNCTION_SHELL_CALL_OUTPUT_OUTCOME_PARAM,
    "ImageEditStreamEvent": _IMAGE_EDIT_STREAM_EVENT,
    "ImageGenStreamEvent": _IMAGE_GEN_STREAM_EVENT,
    "InputContent": _INPUT_CONTENT,
    "InputItem": _INPUT_ITEM,
    "Item": _ITEM,
    "ItemField": _ITEM_FIELD,
    "ItemResource": _ITEM_RESOURCE,
    "MessageStreamEvent": _MESSAGE_STREAM_EVENT,
    "OutputContent": _OUTPUT_CONTENT,
    "OutputItem": _OUTPUT_ITEM,
    "OutputMessageContent": _OUTPUT_MESSAGE_CONTENT,
    "RealtimeAudioFormats": _REALTIME_AUDIO_FORMATS,
    "RealtimeClientEvent": _REALTIME_CLIENT_EVENT,
    "RealtimeConversationItem": _REALTIME_CONVERSATION_ITEM,
    "RealtimeServerEvent": _REALTIME_SERVER_EVENT,
    "RealtimeTranslationClientEvent": _REALTIME_TRANSLATION_CLIENT_EVENT,
    "RealtimeTranslationServerEvent": _REALTIME_TRANSLATION_SERVER_EVENT,
    "ResponseStreamEvent": _RESPONSE_STREAM_EVENT,
    "RunStepStreamEvent": _RUN_STEP_STREAM_EVENT,
    "RunStreamEvent": _RUN_STREAM_EVENT,
    "TextResponseFormatConfiguration": _TEXT_RESPONSE_FORMAT_CONFIGURATION,
    "ThreadItem": _THREAD_ITEM,
    "Tool": _TOOL,
    "WebhookEvent": _WEBHOOK_EVENT,
}
"""Every root union by spec name (for tools and tests)."""

_ALIASES: dict[str, LazyUnion] = {
    "Annotation": _ANNOTATION,
    "ApplyPatchOperationParam": _APPLY_PATCH_OPERATION_PARAM,
    "AssistantStreamEvent": _ASSISTANT_STREAM_EVENT,
    "ChatCompletionRequestAssistantMessageContentPart": _CHAT_COMPLETION_REQUEST_ASSISTANT_MESSAGE_CONTENT_PART,
    "ChatCompletionRequestMessage": _CHAT_COMPLETION_REQUEST_MESSAGE,
    "ChatCompletionRequestUserMessageContentPart": _CHAT_COMPLETION_REQUEST_USER_MESSAGE_CONTENT_PART,
    "ChunkingStrategyRequestParam": _CHUNKING_STRATEGY_REQUEST_PARAM,
    "ComputerAction": _COMPUTER_ACTION,
    "Content": _CONTENT,
    "ConversationItem": _CONVERSATION_ITEM,
    "CreateSpeechResponseStreamEvent": _CREATE_SPEECH_RESPONSE_STREAM_EVENT,
    "CreateTranscriptionResponseStreamEvent": _CREATE_TRANSCRIPTION_RESPONSE_STREAM_EVENT,
    "FunctionAndCustomToolCallOutput": _FUNCTION_AND_CUSTOM_TOOL_CALL_OUTPUT,
    "FunctionShellCallOutputOutcomeParam": _FUNCTION_SHELL_CALL_OUTPUT_OUTCOME_PARAM,
    "ImageEditStreamEvent": _IMAGE_EDIT_STREAM_EVENT,
    "ImageGenStreamEvent": _IMAGE_GEN_STREAM_EVENT,
    "InputContent": _INPUT_CONTENT,
    "InputItem": _INPUT_ITEM,
    "Item": _ITEM,
    "ItemField": _ITEM_FIELD,
    "ItemResource": _ITEM_RESOURCE,
    "MessageStreamEvent": _MESSAGE_STREAM_EVENT,
    "OutputContent": _OUTPUT_CONTENT,
    "OutputItem": _OUTPUT_ITEM,
    "OutputMessageContent": _OUTPUT_MESSAGE_CONTENT,
    "RealtimeAudioFormats": _REALTIME_AUDIO_FORMATS,
    "RealtimeClientEvent": _REALTIME_CLIENT_EVENT,
    "RealtimeConversationItem": _REALTIME_CONVERSATION_ITEM,
    "RealtimeServerEvent": _REALTIME_SERVER_EVENT,
    "RealtimeTranslationClientEvent": _REALTIME_TRANSLATION_CLIENT_EVENT,
    "RealtimeTranslationServerEvent": _REALTIME_TRANSLATION_SERVER_EVENT,
    "ResponseStreamEvent": _RESPONSE_STREAM_EVENT,
    "RunStepStreamEvent": _RUN_STEP_STREAM_EVENT,
    "RunStreamEvent": _RUN_STREAM_EVENT,
    "TextResponseFormatConfiguration": _TEXT_RESPONSE_FORMAT_CONFIGURATION,
    "ThreadItem": _THREAD_ITEM,
    "Tool": _TOOL,
    "WebhookEvent": _WEBHOOK_EVENT,
}


def __getattr__(name: str) -> Any:
    """`unions.<Union>` at runtime: the `Union[...]` of its members (imports them)."""
    union = _ALIASES.get(name)
    if union is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = union.as_type()
    globals()[name] = value
    return value
