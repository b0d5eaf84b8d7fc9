"""Contains all the data models used in inputs/outputs.

Loaded lazily (PEP 562): `from integrations_openai_api.models import X` imports only the module that
defines `X`. Written by scripts/codegen/posthooks.py.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .active_status import ActiveStatus
    from .add_upload_part_request import AddUploadPartRequest
    from .admin_api_key import AdminApiKey
    from .admin_api_key_create_response import AdminApiKeyCreateResponse
    from .admin_api_key_owner import AdminApiKeyOwner
    from .admin_api_keys_create_body import AdminApiKeysCreateBody
    from .admin_api_keys_delete_response import AdminApiKeysDeleteResponse
    from .admin_api_keys_list_order import AdminApiKeysListOrder
    from .api_key_list import ApiKeyList
    from .apply_patch_call_output_status import ApplyPatchCallOutputStatus
    from .apply_patch_call_output_status_param import ApplyPatchCallOutputStatusParam
    from .apply_patch_call_status import ApplyPatchCallStatus
    from .apply_patch_call_status_param import ApplyPatchCallStatusParam
    from .apply_patch_create_file_operation import ApplyPatchCreateFileOperation
    from .apply_patch_create_file_operation_param import ApplyPatchCreateFileOperationParam
    from .apply_patch_delete_file_operation import ApplyPatchDeleteFileOperation
    from .apply_patch_delete_file_operation_param import ApplyPatchDeleteFileOperationParam
    from .apply_patch_tool_call import ApplyPatchToolCall
    from .apply_patch_tool_call_caller import ApplyPatchToolCallCaller
    from .apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from .apply_patch_tool_call_item_param_agent import ApplyPatchToolCallItemParamAgent
    from .apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from .apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
    from .apply_patch_tool_param import ApplyPatchToolParam
    from .apply_patch_tool_param_allowed_callers_item import ApplyPatchToolParamAllowedCallersItem
    from .apply_patch_update_file_operation import ApplyPatchUpdateFileOperation
    from .apply_patch_update_file_operation_param import ApplyPatchUpdateFileOperationParam
    from .approximate_location import ApproximateLocation
    from .assigned_role_details import AssignedRoleDetails
    from .assigned_role_details_assignment_sources_item import (
        AssignedRoleDetailsAssignmentSourcesItem,
    )
    from .assigned_role_details_created_by_user_obj import AssignedRoleDetailsCreatedByUserObj
    from .assigned_role_details_metadata import AssignedRoleDetailsMetadata
    from .assistant_message_item import AssistantMessageItem
    from .assistant_object import AssistantObject
    from .assistant_object_tool_resources import AssistantObjectToolResources
    from .assistant_object_tool_resources_code_interpreter import (
        AssistantObjectToolResourcesCodeInterpreter,
    )
    from .assistant_object_tool_resources_file_search import AssistantObjectToolResourcesFileSearch
    from .assistant_supported_models import AssistantSupportedModels
    from .assistant_tools_code import AssistantToolsCode
    from .assistant_tools_file_search import AssistantToolsFileSearch
    from .assistant_tools_file_search_file_search import AssistantToolsFileSearchFileSearch
    from .assistant_tools_file_search_type_only import AssistantToolsFileSearchTypeOnly
    from .assistant_tools_function import AssistantToolsFunction
    from .assistants_api_response_format_option_enum import AssistantsApiResponseFormatOptionEnum
    from .assistants_api_tool_choice_option_enum import AssistantsApiToolChoiceOptionEnum
    from .assistants_named_tool_choice import AssistantsNamedToolChoice
    from .assistants_named_tool_choice_function import AssistantsNamedToolChoiceFunction
    from .assistants_named_tool_choice_type import AssistantsNamedToolChoiceType
    from .attachment import Attachment
    from .attachment_type import AttachmentType
    from .audio_response_format import AudioResponseFormat
    from .audio_transcription import AudioTranscription
    from .audio_transcription_delay import AudioTranscriptionDelay
    from .audio_transcription_model_enum import AudioTranscriptionModelEnum
    from .audio_transcription_response import AudioTranscriptionResponse
    from .audio_transcription_response_delay import AudioTranscriptionResponseDelay
    from .audit_log import AuditLog
    from .audit_log_actor import AuditLogActor
    from .audit_log_actor_api_key import AuditLogActorApiKey
    from .audit_log_actor_api_key_type import AuditLogActorApiKeyType
    from .audit_log_actor_service_account import AuditLogActorServiceAccount
    from .audit_log_actor_session import AuditLogActorSession
    from .audit_log_actor_type import AuditLogActorType
    from .audit_log_actor_user import AuditLogActorUser
    from .audit_log_api_key_created import AuditLogApiKeyCreated
    from .audit_log_api_key_created_data import AuditLogApiKeyCreatedData
    from .audit_log_api_key_deleted import AuditLogApiKeyDeleted
    from .audit_log_api_key_updated import AuditLogApiKeyUpdated
    from .audit_log_api_key_updated_changes_requested import AuditLogApiKeyUpdatedChangesRequested
    from .audit_log_certificate_created import AuditLogCertificateCreated
    from .audit_log_certificate_deleted import AuditLogCertificateDeleted
    from .audit_log_certificate_updated import AuditLogCertificateUpdated
    from .audit_log_certificates_activated import AuditLogCertificatesActivated
    from .audit_log_certificates_activated_certificates_item import (
        AuditLogCertificatesActivatedCertificatesItem,
    )
    from .audit_log_certificates_deactivated import AuditLogCertificatesDeactivated
    from .audit_log_checkpoint_permission_created import AuditLogCheckpointPermissionCreated
    from .audit_log_checkpoint_permission_created_data import (
        AuditLogCheckpointPermissionCreatedData,
    )
    from .audit_log_checkpoint_permission_deleted import AuditLogCheckpointPermissionDeleted
    from .audit_log_event_type import AuditLogEventType
    from .audit_log_external_key_registered import AuditLogExternalKeyRegistered
    from .audit_log_external_key_registered_data import AuditLogExternalKeyRegisteredData
    from .audit_log_external_key_removed import AuditLogExternalKeyRemoved
    from .audit_log_group_created import AuditLogGroupCreated
    from .audit_log_group_created_data import AuditLogGroupCreatedData
    from .audit_log_group_deleted import AuditLogGroupDeleted
    from .audit_log_group_updated import AuditLogGroupUpdated
    from .audit_log_group_updated_changes_requested import AuditLogGroupUpdatedChangesRequested
    from .audit_log_invite_accepted import AuditLogInviteAccepted
    from .audit_log_invite_deleted import AuditLogInviteDeleted
    from .audit_log_invite_sent import AuditLogInviteSent
    from .audit_log_invite_sent_data import AuditLogInviteSentData
    from .audit_log_ip_allowlist_config_activated import AuditLogIpAllowlistConfigActivated
    from .audit_log_ip_allowlist_config_activated_configs_item import (
        AuditLogIpAllowlistConfigActivatedConfigsItem,
    )
    from .audit_log_ip_allowlist_config_deactivated import AuditLogIpAllowlistConfigDeactivated
    from .audit_log_ip_allowlist_created import AuditLogIpAllowlistCreated
    from .audit_log_ip_allowlist_deleted import AuditLogIpAllowlistDeleted
    from .audit_log_ip_allowlist_updated import AuditLogIpAllowlistUpdated
    from .audit_log_login_failed import AuditLogLoginFailed
    from .audit_log_login_succeeded import AuditLogLoginSucceeded
    from .audit_log_logout_failed import AuditLogLogoutFailed
    from .audit_log_logout_succeeded import AuditLogLogoutSucceeded
    from .audit_log_organization_updated import AuditLogOrganizationUpdated
    from .audit_log_organization_updated_changes_requested import (
        AuditLogOrganizationUpdatedChangesRequested,
    )
    from .audit_log_project import AuditLogProject
    from .audit_log_project_archived import AuditLogProjectArchived
    from .audit_log_project_created import AuditLogProjectCreated
    from .audit_log_project_created_data import AuditLogProjectCreatedData
    from .audit_log_project_deleted import AuditLogProjectDeleted
    from .audit_log_project_updated import AuditLogProjectUpdated
    from .audit_log_project_updated_changes_requested import AuditLogProjectUpdatedChangesRequested
    from .audit_log_rate_limit_deleted import AuditLogRateLimitDeleted
    from .audit_log_rate_limit_updated import AuditLogRateLimitUpdated
    from .audit_log_rate_limit_updated_changes_requested import (
        AuditLogRateLimitUpdatedChangesRequested,
    )
    from .audit_log_role_assignment_created import AuditLogRoleAssignmentCreated
    from .audit_log_role_assignment_deleted import AuditLogRoleAssignmentDeleted
    from .audit_log_role_created import AuditLogRoleCreated
    from .audit_log_role_deleted import AuditLogRoleDeleted
    from .audit_log_role_updated import AuditLogRoleUpdated
    from .audit_log_role_updated_changes_requested import AuditLogRoleUpdatedChangesRequested
    from .audit_log_role_updated_changes_requested_metadata import (
        AuditLogRoleUpdatedChangesRequestedMetadata,
    )
    from .audit_log_scim_disabled import AuditLogScimDisabled
    from .audit_log_scim_enabled import AuditLogScimEnabled
    from .audit_log_service_account_created import AuditLogServiceAccountCreated
    from .audit_log_service_account_created_data import AuditLogServiceAccountCreatedData
    from .audit_log_service_account_deleted import AuditLogServiceAccountDeleted
    from .audit_log_service_account_updated import AuditLogServiceAccountUpdated
    from .audit_log_service_account_updated_changes_requested import (
        AuditLogServiceAccountUpdatedChangesRequested,
    )
    from .audit_log_user_added import AuditLogUserAdded
    from .audit_log_user_added_data import AuditLogUserAddedData
    from .audit_log_user_deleted import AuditLogUserDeleted
    from .audit_log_user_updated import AuditLogUserUpdated
    from .audit_log_user_updated_changes_requested import AuditLogUserUpdatedChangesRequested
    from .auto_chunking_strategy_request_param import AutoChunkingStrategyRequestParam
    from .auto_code_interpreter_tool_param import AutoCodeInterpreterToolParam
    from .automatic_thread_titling_param import AutomaticThreadTitlingParam
    from .batch import Batch
    from .batch_errors import BatchErrors
    from .batch_errors_data_item import BatchErrorsDataItem
    from .batch_file_expiration_after import BatchFileExpirationAfter
    from .batch_request_counts import BatchRequestCounts
    from .batch_status import BatchStatus
    from .batch_usage import BatchUsage
    from .batch_usage_input_tokens_details import BatchUsageInputTokensDetails
    from .batch_usage_output_tokens_details import BatchUsageOutputTokensDetails
    from .certificate import Certificate
    from .certificate_certificate_details import CertificateCertificateDetails
    from .certificate_object import CertificateObject
    from .chat_completion_allowed_tools import ChatCompletionAllowedTools
    from .chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice
    from .chat_completion_allowed_tools_mode import ChatCompletionAllowedToolsMode
    from .chat_completion_allowed_tools_tools_item import ChatCompletionAllowedToolsToolsItem
    from .chat_completion_deleted import ChatCompletionDeleted
    from .chat_completion_function_call_option import ChatCompletionFunctionCallOption
    from .chat_completion_functions import ChatCompletionFunctions
    from .chat_completion_list import ChatCompletionList
    from .chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
    from .chat_completion_message_custom_tool_call_custom import (
        ChatCompletionMessageCustomToolCallCustom,
    )
    from .chat_completion_message_list import ChatCompletionMessageList
    from .chat_completion_message_list_data_item import ChatCompletionMessageListDataItem
    from .chat_completion_message_list_data_item_annotations_item import (
        ChatCompletionMessageListDataItemAnnotationsItem,
    )
    from .chat_completion_message_list_data_item_annotations_item_url_citation import (
        ChatCompletionMessageListDataItemAnnotationsItemUrlCitation,
    )
    from .chat_completion_message_list_data_item_audio import ChatCompletionMessageListDataItemAudio
    from .chat_completion_message_list_data_item_function_call import (
        ChatCompletionMessageListDataItemFunctionCall,
    )
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from .chat_completion_message_tool_call_chunk import ChatCompletionMessageToolCallChunk
    from .chat_completion_message_tool_call_chunk_function import (
        ChatCompletionMessageToolCallChunkFunction,
    )
    from .chat_completion_message_tool_call_function import ChatCompletionMessageToolCallFunction
    from .chat_completion_modalities_item import ChatCompletionModalitiesItem
    from .chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from .chat_completion_named_tool_choice_custom import ChatCompletionNamedToolChoiceCustom
    from .chat_completion_named_tool_choice_custom_custom import (
        ChatCompletionNamedToolChoiceCustomCustom,
    )
    from .chat_completion_request_assistant_message import ChatCompletionRequestAssistantMessage
    from .chat_completion_request_assistant_message_audio import (
        ChatCompletionRequestAssistantMessageAudio,
    )
    from .chat_completion_request_assistant_message_function_call import (
        ChatCompletionRequestAssistantMessageFunctionCall,
    )
    from .chat_completion_request_developer_message import ChatCompletionRequestDeveloperMessage
    from .chat_completion_request_function_message import ChatCompletionRequestFunctionMessage
    from .chat_completion_request_message_content_part_audio import (
        ChatCompletionRequestMessageContentPartAudio,
    )
    from .chat_completion_request_message_content_part_audio_input_audio import (
        ChatCompletionRequestMessageContentPartAudioInputAudio,
    )
    from .chat_completion_request_message_content_part_audio_input_audio_format import (
        ChatCompletionRequestMessageContentPartAudioInputAudioFormat,
    )
    from .chat_completion_request_message_content_part_file import (
        ChatCompletionRequestMessageContentPartFile,
    )
    from .chat_completion_request_message_content_part_file_file import (
        ChatCompletionRequestMessageContentPartFileFile,
    )
    from .chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,
    )
    from .chat_completion_request_message_content_part_image_image_url import (
        ChatCompletionRequestMessageContentPartImageImageUrl,
    )
    from .chat_completion_request_message_content_part_image_image_url_detail import (
        ChatCompletionRequestMessageContentPartImageImageUrlDetail,
    )
    from .chat_completion_request_message_content_part_image_prompt_cache_breakpoint import (
        ChatCompletionRequestMessageContentPartImagePromptCacheBreakpoint,
    )
    from .chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal,
    )
    from .chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )
    from .chat_completion_request_system_message import ChatCompletionRequestSystemMessage
    from .chat_completion_request_system_message_content_part import (
        ChatCompletionRequestSystemMessageContentPart,
    )
    from .chat_completion_request_tool_message import ChatCompletionRequestToolMessage
    from .chat_completion_request_tool_message_content_part import (
        ChatCompletionRequestToolMessageContentPart,
    )
    from .chat_completion_request_user_message import ChatCompletionRequestUserMessage
    from .chat_completion_response_message import ChatCompletionResponseMessage
    from .chat_completion_role import ChatCompletionRole
    from .chat_completion_stream_options_2 import ChatCompletionStreamOptions2
    from .chat_completion_stream_response_delta import ChatCompletionStreamResponseDelta
    from .chat_completion_stream_response_delta_audio import ChatCompletionStreamResponseDeltaAudio
    from .chat_completion_stream_response_delta_function_call import (
        ChatCompletionStreamResponseDeltaFunctionCall,
    )
    from .chat_completion_stream_response_delta_role import ChatCompletionStreamResponseDeltaRole
    from .chat_completion_token_logprob import ChatCompletionTokenLogprob
    from .chat_completion_token_logprob_top_logprobs_item import (
        ChatCompletionTokenLogprobTopLogprobsItem,
    )
    from .chat_completion_tool import ChatCompletionTool
    from .chat_completion_tool_choice_option_tool_choice_mode import (
        ChatCompletionToolChoiceOptionToolChoiceMode,
    )
    from .chat_session_automatic_thread_titling import ChatSessionAutomaticThreadTitling
    from .chat_session_chatkit_configuration import ChatSessionChatkitConfiguration
    from .chat_session_file_upload import ChatSessionFileUpload
    from .chat_session_history import ChatSessionHistory
    from .chat_session_rate_limits import ChatSessionRateLimits
    from .chat_session_resource import ChatSessionResource
    from .chat_session_status import ChatSessionStatus
    from .chatkit_configuration_param import ChatkitConfigurationParam
    from .chatkit_workflow import ChatkitWorkflow
    from .chatkit_workflow_state_variables import ChatkitWorkflowStateVariables
    from .chatkit_workflow_tracing import ChatkitWorkflowTracing
    from .click_button_type import ClickButtonType
    from .click_param import ClickParam
    from .client_tool_call_item import ClientToolCallItem
    from .client_tool_call_status import ClientToolCallStatus
    from .closed_status import ClosedStatus
    from .code_interpreter_file_output import CodeInterpreterFileOutput
    from .code_interpreter_file_output_files_item import CodeInterpreterFileOutputFilesItem
    from .code_interpreter_output_image import CodeInterpreterOutputImage
    from .code_interpreter_output_logs import CodeInterpreterOutputLogs
    from .code_interpreter_text_output import CodeInterpreterTextOutput
    from .code_interpreter_tool import CodeInterpreterTool
    from .code_interpreter_tool_call import CodeInterpreterToolCall
    from .code_interpreter_tool_call_status import CodeInterpreterToolCallStatus
    from .compact_resource import CompactResource
    from .compact_resource_image import CompactResourceImage
    from .compact_response_method_public_body import CompactResponseMethodPublicBody
    from .compaction_body import CompactionBody
    from .compaction_summary_item_param import CompactionSummaryItemParam
    from .compaction_trigger_item_param import CompactionTriggerItemParam
    from .comparison_filter import ComparisonFilter
    from .comparison_filter_type import ComparisonFilterType
    from .complete_upload_request import CompleteUploadRequest
    from .completion_usage import CompletionUsage
    from .completion_usage_completion_tokens_details import CompletionUsageCompletionTokensDetails
    from .completion_usage_prompt_tokens_details import CompletionUsagePromptTokensDetails
    from .compound_filter import CompoundFilter
    from .compound_filter_type import CompoundFilterType
    from .computer_call_output_item_param import ComputerCallOutputItemParam
    from .computer_call_output_status import ComputerCallOutputStatus
    from .computer_call_safety_check_param import ComputerCallSafetyCheckParam
    from .computer_environment import ComputerEnvironment
    from .computer_screenshot_content import ComputerScreenshotContent
    from .computer_screenshot_image import ComputerScreenshotImage
    from .computer_tool import ComputerTool
    from .computer_tool_call import ComputerToolCall
    from .computer_tool_call_output import ComputerToolCallOutput
    from .computer_tool_call_output_resource import ComputerToolCallOutputResource
    from .computer_tool_call_output_status import ComputerToolCallOutputStatus
    from .computer_tool_call_status import ComputerToolCallStatus
    from .computer_use_preview_tool import ComputerUsePreviewTool
    from .container_auto_param import ContainerAutoParam
    from .container_file_citation_body import ContainerFileCitationBody
    from .container_file_list_resource import ContainerFileListResource
    from .container_file_resource import ContainerFileResource
    from .container_list_resource import ContainerListResource
    from .container_memory_limit import ContainerMemoryLimit
    from .container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam
    from .container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
    from .container_network_policy_domain_secret_param import (
        ContainerNetworkPolicyDomainSecretParam,
    )
    from .container_reference_param import ContainerReferenceParam
    from .container_reference_resource import ContainerReferenceResource
    from .container_resource import ContainerResource
    from .container_resource_expires_after import ContainerResourceExpiresAfter
    from .container_resource_memory_limit import ContainerResourceMemoryLimit
    from .container_resource_network_policy import ContainerResourceNetworkPolicy
    from .container_resource_network_policy_type import ContainerResourceNetworkPolicyType
    from .context_management_param import ContextManagementParam
    from .conversation_2 import Conversation2
    from .conversation_item_list import ConversationItemList
    from .conversation_param_2 import ConversationParam2
    from .conversation_resource import ConversationResource
    from .coord_param import CoordParam
    from .costs_result import CostsResult
    from .costs_result_amount import CostsResultAmount
    from .costs_result_api_source import CostsResultApiSource
    from .costs_result_quantity_unit import CostsResultQuantityUnit
    from .create_assistant_request import CreateAssistantRequest
    from .create_assistant_request_tool_resources import CreateAssistantRequestToolResources
    from .create_assistant_request_tool_resources_code_interpreter import (
        CreateAssistantRequestToolResourcesCodeInterpreter,
    )
    from .create_assistant_request_tool_resources_file_search import (
        CreateAssistantRequestToolResourcesFileSearch,
    )
    from .create_assistant_request_tool_resources_file_search_vector_stores_item import (
        CreateAssistantRequestToolResourcesFileSearchVectorStoresItem,
    )
    from .create_assistant_request_tool_resources_file_search_vector_stores_item_chunking_strategy_auto_chunking_strategy import (
        CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyAutoChunkingStrategy,
    )
    from .create_assistant_request_tool_resources_file_search_vector_stores_item_chunking_strategy_static_chunking_strategy import (
        CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategy,
    )
    from .create_assistant_request_tool_resources_file_search_vector_stores_item_chunking_strategy_static_chunking_strategy_static import (
        CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategyStatic,
    )
    from .create_batch_body import CreateBatchBody
    from .create_batch_body_endpoint import CreateBatchBodyEndpoint
    from .create_chat_completion_request import CreateChatCompletionRequest
    from .create_chat_completion_request_audio import CreateChatCompletionRequestAudio
    from .create_chat_completion_request_audio_format import CreateChatCompletionRequestAudioFormat
    from .create_chat_completion_request_function_call_enum import (
        CreateChatCompletionRequestFunctionCallEnum,
    )
    from .create_chat_completion_request_logit_bias import CreateChatCompletionRequestLogitBias
    from .create_chat_completion_request_prompt_cache_retention import (
        CreateChatCompletionRequestPromptCacheRetention,
    )
    from .create_chat_completion_request_web_search_options import (
        CreateChatCompletionRequestWebSearchOptions,
    )
    from .create_chat_completion_request_web_search_options_user_location import (
        CreateChatCompletionRequestWebSearchOptionsUserLocation,
    )
    from .create_chat_completion_response import CreateChatCompletionResponse
    from .create_chat_completion_response_choices_item import (
        CreateChatCompletionResponseChoicesItem,
    )
    from .create_chat_completion_response_choices_item_finish_reason import (
        CreateChatCompletionResponseChoicesItemFinishReason,
    )
    from .create_chat_completion_response_choices_item_logprobs import (
        CreateChatCompletionResponseChoicesItemLogprobs,
    )
    from .create_chat_completion_response_metadata import CreateChatCompletionResponseMetadata
    from .create_chat_completion_response_moderation import CreateChatCompletionResponseModeration
    from .create_chat_completion_stream_response import CreateChatCompletionStreamResponse
    from .create_chat_completion_stream_response_choices_item import (
        CreateChatCompletionStreamResponseChoicesItem,
    )
    from .create_chat_completion_stream_response_choices_item_finish_reason import (
        CreateChatCompletionStreamResponseChoicesItemFinishReason,
    )
    from .create_chat_completion_stream_response_choices_item_logprobs import (
        CreateChatCompletionStreamResponseChoicesItemLogprobs,
    )
    from .create_chat_session_body import CreateChatSessionBody
    from .create_completion_request import CreateCompletionRequest
    from .create_completion_request_model_enum import CreateCompletionRequestModelEnum
    from .create_completion_response import CreateCompletionResponse
    from .create_completion_response_choices_item import CreateCompletionResponseChoicesItem
    from .create_completion_response_choices_item_finish_reason import (
        CreateCompletionResponseChoicesItemFinishReason,
    )
    from .create_completion_response_choices_item_logprobs import (
        CreateCompletionResponseChoicesItemLogprobs,
    )
    from .create_completion_response_choices_item_logprobs_top_logprobs_item import (
        CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem,
    )
    from .create_container_body import CreateContainerBody
    from .create_container_body_expires_after import CreateContainerBodyExpiresAfter
    from .create_container_body_memory_limit import CreateContainerBodyMemoryLimit
    from .create_container_file_body import CreateContainerFileBody
    from .create_conversation_body import CreateConversationBody
    from .create_conversation_items_body import CreateConversationItemsBody
    from .create_embedding_request import CreateEmbeddingRequest
    from .create_embedding_request_encoding_format import CreateEmbeddingRequestEncodingFormat
    from .create_embedding_request_model_enum import CreateEmbeddingRequestModelEnum
    from .create_embedding_response import CreateEmbeddingResponse
    from .create_embedding_response_usage import CreateEmbeddingResponseUsage
    from .create_eval_completions_run_data_source import CreateEvalCompletionsRunDataSource
    from .create_eval_completions_run_data_source_input_messages_item_reference_input_messages import (
        CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages,
    )
    from .create_eval_completions_run_data_source_input_messages_template_input_messages import (
        CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages,
    )
    from .create_eval_completions_run_data_source_sampling_params import (
        CreateEvalCompletionsRunDataSourceSamplingParams,
    )
    from .create_eval_custom_data_source_config import CreateEvalCustomDataSourceConfig
    from .create_eval_custom_data_source_config_item_schema import (
        CreateEvalCustomDataSourceConfigItemSchema,
    )
    from .create_eval_item_simple_input_message import CreateEvalItemSimpleInputMessage
    from .create_eval_jsonl_run_data_source import CreateEvalJsonlRunDataSource
    from .create_eval_label_model_grader import CreateEvalLabelModelGrader
    from .create_eval_logs_data_source_config import CreateEvalLogsDataSourceConfig
    from .create_eval_logs_data_source_config_metadata import CreateEvalLogsDataSourceConfigMetadata
    from .create_eval_request import CreateEvalRequest
    from .create_eval_responses_run_data_source import CreateEvalResponsesRunDataSource
    from .create_eval_responses_run_data_source_input_messages_input_messages_item_reference import (
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference,
    )
    from .create_eval_responses_run_data_source_input_messages_input_messages_template import (
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate,
    )
    from .create_eval_responses_run_data_source_input_messages_input_messages_template_template_item_chat_message import (
        CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage,
    )
    from .create_eval_responses_run_data_source_sampling_params import (
        CreateEvalResponsesRunDataSourceSamplingParams,
    )
    from .create_eval_responses_run_data_source_sampling_params_text import (
        CreateEvalResponsesRunDataSourceSamplingParamsText,
    )
    from .create_eval_run_request import CreateEvalRunRequest
    from .create_eval_stored_completions_data_source_config import (
        CreateEvalStoredCompletionsDataSourceConfig,
    )
    from .create_eval_stored_completions_data_source_config_metadata import (
        CreateEvalStoredCompletionsDataSourceConfigMetadata,
    )
    from .create_file_request import CreateFileRequest
    from .create_file_request_purpose import CreateFileRequestPurpose
    from .create_fine_tuning_checkpoint_permission_request import (
        CreateFineTuningCheckpointPermissionRequest,
    )
    from .create_fine_tuning_job_request import CreateFineTuningJobRequest
    from .create_fine_tuning_job_request_hyperparameters import (
        CreateFineTuningJobRequestHyperparameters,
    )
    from .create_fine_tuning_job_request_hyperparameters_batch_size_enum import (
        CreateFineTuningJobRequestHyperparametersBatchSizeEnum,
    )
    from .create_fine_tuning_job_request_integrations_item import (
        CreateFineTuningJobRequestIntegrationsItem,
    )
    from .create_fine_tuning_job_request_integrations_item_wandb import (
        CreateFineTuningJobRequestIntegrationsItemWandb,
    )
    from .create_fine_tuning_job_request_model_enum import CreateFineTuningJobRequestModelEnum
    from .create_group_body import CreateGroupBody
    from .create_group_user_body import CreateGroupUserBody
    from .create_image_edit_request import CreateImageEditRequest
    from .create_image_edit_request_background import CreateImageEditRequestBackground
    from .create_image_edit_request_model_enum import CreateImageEditRequestModelEnum
    from .create_image_edit_request_output_format import CreateImageEditRequestOutputFormat
    from .create_image_edit_request_quality import CreateImageEditRequestQuality
    from .create_image_edit_request_response_format import CreateImageEditRequestResponseFormat
    from .create_image_edit_request_size_enum import CreateImageEditRequestSizeEnum
    from .create_image_request import CreateImageRequest
    from .create_image_request_model_enum import CreateImageRequestModelEnum
    from .create_image_request_moderation import CreateImageRequestModeration
    from .create_image_request_quality import CreateImageRequestQuality
    from .create_image_request_size_enum import CreateImageRequestSizeEnum
    from .create_image_request_style import CreateImageRequestStyle
    from .create_image_variation_request import CreateImageVariationRequest
    from .create_image_variation_request_model_enum import CreateImageVariationRequestModelEnum
    from .create_image_variation_request_size import CreateImageVariationRequestSize
    from .create_message_request import CreateMessageRequest
    from .create_message_request_attachments_item import CreateMessageRequestAttachmentsItem
    from .create_message_request_role import CreateMessageRequestRole
    from .create_model_response_properties import CreateModelResponseProperties
    from .create_moderation_request import CreateModerationRequest
    from .create_moderation_request_input_variant_3_item_image_url import (
        CreateModerationRequestInputVariant3ItemImageUrl,
    )
    from .create_moderation_request_input_variant_3_item_image_url_image_url import (
        CreateModerationRequestInputVariant3ItemImageUrlImageUrl,
    )
    from .create_moderation_request_input_variant_3_item_text import (
        CreateModerationRequestInputVariant3ItemText,
    )
    from .create_moderation_request_model_enum import CreateModerationRequestModelEnum
    from .create_moderation_response import CreateModerationResponse
    from .create_moderation_response_results_item import CreateModerationResponseResultsItem
    from .create_moderation_response_results_item_categories import (
        CreateModerationResponseResultsItemCategories,
    )
    from .create_moderation_response_results_item_category_applied_input_types import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypes,
    )
    from .create_moderation_response_results_item_category_applied_input_types_self_harm_item import (
        CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem,
    )
    from .create_moderation_response_results_item_category_scores import (
        CreateModerationResponseResultsItemCategoryScores,
    )
    from .create_response import CreateResponse
    from .create_response_truncation import CreateResponseTruncation
    from .create_run_request import CreateRunRequest
    from .create_run_request_truncation_strategy import CreateRunRequestTruncationStrategy
    from .create_run_request_truncation_strategy_type import CreateRunRequestTruncationStrategyType
    from .create_skill_body import CreateSkillBody
    from .create_skill_version_body import CreateSkillVersionBody
    from .create_speech_request import CreateSpeechRequest
    from .create_speech_request_model_enum import CreateSpeechRequestModelEnum
    from .create_speech_request_response_format import CreateSpeechRequestResponseFormat
    from .create_speech_request_stream_format import CreateSpeechRequestStreamFormat
    from .create_spend_alert_body import CreateSpendAlertBody
    from .create_thread_and_run_request import CreateThreadAndRunRequest
    from .create_thread_and_run_request_model_enum import CreateThreadAndRunRequestModelEnum
    from .create_thread_and_run_request_tool_resources import CreateThreadAndRunRequestToolResources
    from .create_thread_request import CreateThreadRequest
    from .create_thread_request_tool_resources import CreateThreadRequestToolResources
    from .create_thread_request_tool_resources_file_search import (
        CreateThreadRequestToolResourcesFileSearch,
    )
    from .create_transcription_request import CreateTranscriptionRequest
    from .create_transcription_request_chunking_strategy_enum import (
        CreateTranscriptionRequestChunkingStrategyEnum,
    )
    from .create_transcription_request_model_enum import CreateTranscriptionRequestModelEnum
    from .create_transcription_request_timestamp_granularities_item import (
        CreateTranscriptionRequestTimestampGranularitiesItem,
    )
    from .create_transcription_response_diarized_json import CreateTranscriptionResponseDiarizedJson
    from .create_transcription_response_json import CreateTranscriptionResponseJson
    from .create_transcription_response_json_languages_item import (
        CreateTranscriptionResponseJsonLanguagesItem,
    )
    from .create_transcription_response_json_logprobs_item import (
        CreateTranscriptionResponseJsonLogprobsItem,
    )
    from .create_transcription_response_verbose_json import CreateTranscriptionResponseVerboseJson
    from .create_translation_request import CreateTranslationRequest
    from .create_translation_request_model_enum import CreateTranslationRequestModelEnum
    from .create_translation_request_response_format import CreateTranslationRequestResponseFormat
    from .create_translation_response_json import CreateTranslationResponseJson
    from .create_translation_response_verbose_json import CreateTranslationResponseVerboseJson
    from .create_upload_request import CreateUploadRequest
    from .create_upload_request_purpose import CreateUploadRequestPurpose
    from .create_vector_store_file_batch_request import CreateVectorStoreFileBatchRequest
    from .create_vector_store_file_request import CreateVectorStoreFileRequest
    from .create_vector_store_request import CreateVectorStoreRequest
    from .create_video_character_body import CreateVideoCharacterBody
    from .create_video_edit_json_body import CreateVideoEditJsonBody
    from .create_video_edit_multipart_body import CreateVideoEditMultipartBody
    from .create_video_extend_json_body import CreateVideoExtendJsonBody
    from .create_video_extend_multipart_body import CreateVideoExtendMultipartBody
    from .create_video_json_body import CreateVideoJsonBody
    from .create_video_multipart_body import CreateVideoMultipartBody
    from .create_video_remix_body import CreateVideoRemixBody
    from .create_voice_consent_request import CreateVoiceConsentRequest
    from .create_voice_request import CreateVoiceRequest
    from .custom_grammar_format_param import CustomGrammarFormatParam
    from .custom_text_format_param import CustomTextFormatParam
    from .custom_tool_call import CustomToolCall
    from .custom_tool_call_output import CustomToolCallOutput
    from .custom_tool_call_output_resource import CustomToolCallOutputResource
    from .custom_tool_call_resource import CustomToolCallResource
    from .custom_tool_chat_completions import CustomToolChatCompletions
    from .custom_tool_chat_completions_custom import CustomToolChatCompletionsCustom
    from .custom_tool_chat_completions_custom_format_grammar_format import (
        CustomToolChatCompletionsCustomFormatGrammarFormat,
    )
    from .custom_tool_chat_completions_custom_format_grammar_format_grammar import (
        CustomToolChatCompletionsCustomFormatGrammarFormatGrammar,
    )
    from .custom_tool_chat_completions_custom_format_grammar_format_grammar_syntax import (
        CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax,
    )
    from .custom_tool_chat_completions_custom_format_text_format import (
        CustomToolChatCompletionsCustomFormatTextFormat,
    )
    from .custom_tool_param import CustomToolParam
    from .delete_assistant_response import DeleteAssistantResponse
    from .delete_certificate_response import DeleteCertificateResponse
    from .delete_eval_response import DeleteEvalResponse
    from .delete_eval_run_response import DeleteEvalRunResponse
    from .delete_file_response import DeleteFileResponse
    from .delete_fine_tuning_checkpoint_permission_response import (
        DeleteFineTuningCheckpointPermissionResponse,
    )
    from .delete_message_response import DeleteMessageResponse
    from .delete_model_response import DeleteModelResponse
    from .delete_thread_response import DeleteThreadResponse
    from .delete_vector_store_file_response import DeleteVectorStoreFileResponse
    from .delete_vector_store_response import DeleteVectorStoreResponse
    from .deleted_conversation import DeletedConversation
    from .deleted_conversation_resource import DeletedConversationResource
    from .deleted_role_assignment_resource import DeletedRoleAssignmentResource
    from .deleted_skill_resource import DeletedSkillResource
    from .deleted_skill_version_resource import DeletedSkillVersionResource
    from .deleted_thread_resource import DeletedThreadResource
    from .deleted_video_resource import DeletedVideoResource
    from .detail_enum import DetailEnum
    from .done_event import DoneEvent
    from .double_click_action import DoubleClickAction
    from .drag_param import DragParam
    from .drag_point import DragPoint
    from .easy_input_message import EasyInputMessage
    from .easy_input_message_role import EasyInputMessageRole
    from .edit_image_body_json_param import EditImageBodyJsonParam
    from .edit_image_body_json_param_input_fidelity import EditImageBodyJsonParamInputFidelity
    from .edit_image_body_json_param_model_enum import EditImageBodyJsonParamModelEnum
    from .edit_image_body_json_param_quality import EditImageBodyJsonParamQuality
    from .edit_image_body_json_param_size import EditImageBodyJsonParamSize
    from .embedding import Embedding
    from .empty_model_param import EmptyModelParam
    from .error import Error
    from .error_2 import Error2
    from .error_2_headers import Error2Headers
    from .error_event import ErrorEvent
    from .error_misalignment import ErrorMisalignment
    from .error_response import ErrorResponse
    from .eval_ import Eval
    from .eval_api_error import EvalApiError
    from .eval_custom_data_source_config import EvalCustomDataSourceConfig
    from .eval_custom_data_source_config_schema import EvalCustomDataSourceConfigSchema
    from .eval_grader_label_model import EvalGraderLabelModel
    from .eval_grader_python import EvalGraderPython
    from .eval_grader_score_model import EvalGraderScoreModel
    from .eval_grader_score_model_sampling_params import EvalGraderScoreModelSamplingParams
    from .eval_grader_string_check import EvalGraderStringCheck
    from .eval_grader_text_similarity import EvalGraderTextSimilarity
    from .eval_grader_text_similarity_evaluation_metric import (
        EvalGraderTextSimilarityEvaluationMetric,
    )
    from .eval_item import EvalItem
    from .eval_item_content_output_text import EvalItemContentOutputText
    from .eval_item_input_image import EvalItemInputImage
    from .eval_jsonl_file_content_source import EvalJsonlFileContentSource
    from .eval_jsonl_file_content_source_content_item import EvalJsonlFileContentSourceContentItem
    from .eval_jsonl_file_content_source_content_item_item import (
        EvalJsonlFileContentSourceContentItemItem,
    )
    from .eval_jsonl_file_content_source_content_item_sample import (
        EvalJsonlFileContentSourceContentItemSample,
    )
    from .eval_jsonl_file_id_source import EvalJsonlFileIdSource
    from .eval_list import EvalList
    from .eval_logs_data_source_config import EvalLogsDataSourceConfig
    from .eval_responses_source import EvalResponsesSource
    from .eval_responses_source_metadata import EvalResponsesSourceMetadata
    from .eval_run import EvalRun
    from .eval_run_list import EvalRunList
    from .eval_run_output_item import EvalRunOutputItem
    from .eval_run_output_item_datasource_item import EvalRunOutputItemDatasourceItem
    from .eval_run_output_item_list import EvalRunOutputItemList
    from .eval_run_output_item_result import EvalRunOutputItemResult
    from .eval_run_output_item_sample import EvalRunOutputItemSample
    from .eval_run_output_item_sample_input_item import EvalRunOutputItemSampleInputItem
    from .eval_run_output_item_sample_output_item import EvalRunOutputItemSampleOutputItem
    from .eval_run_output_item_sample_usage import EvalRunOutputItemSampleUsage
    from .eval_run_per_model_usage_item import EvalRunPerModelUsageItem
    from .eval_run_per_testing_criteria_results_item import EvalRunPerTestingCriteriaResultsItem
    from .eval_run_result_counts import EvalRunResultCounts
    from .eval_stored_completions_data_source_config import EvalStoredCompletionsDataSourceConfig
    from .eval_stored_completions_source import EvalStoredCompletionsSource
    from .expires_after_param import ExpiresAfterParam
    from .file_annotation import FileAnnotation
    from .file_annotation_source import FileAnnotationSource
    from .file_citation_body import FileCitationBody
    from .file_detail_enum import FileDetailEnum
    from .file_expiration_after import FileExpirationAfter
    from .file_input_detail import FileInputDetail
    from .file_path import FilePath
    from .file_search_ranker import FileSearchRanker
    from .file_search_ranking_options import FileSearchRankingOptions
    from .file_search_tool import FileSearchTool
    from .file_search_tool_call import FileSearchToolCall
    from .file_search_tool_call_results_item import FileSearchToolCallResultsItem
    from .file_search_tool_call_status import FileSearchToolCallStatus
    from .file_upload_param import FileUploadParam
    from .fine_tune_chat_completion_request_assistant_message import (
        FineTuneChatCompletionRequestAssistantMessage,
    )
    from .fine_tune_chat_completion_request_assistant_message_weight import (
        FineTuneChatCompletionRequestAssistantMessageWeight,
    )
    from .fine_tune_dpo_hyperparameters import FineTuneDPOHyperparameters
    from .fine_tune_dpo_method import FineTuneDPOMethod
    from .fine_tune_method import FineTuneMethod
    from .fine_tune_method_type import FineTuneMethodType
    from .fine_tune_reinforcement_hyperparameters import FineTuneReinforcementHyperparameters
    from .fine_tune_reinforcement_hyperparameters_reasoning_effort import (
        FineTuneReinforcementHyperparametersReasoningEffort,
    )
    from .fine_tune_reinforcement_method import FineTuneReinforcementMethod
    from .fine_tune_supervised_hyperparameters import FineTuneSupervisedHyperparameters
    from .fine_tune_supervised_method import FineTuneSupervisedMethod
    from .fine_tuning_checkpoint_permission import FineTuningCheckpointPermission
    from .fine_tuning_integration import FineTuningIntegration
    from .fine_tuning_integration_wandb import FineTuningIntegrationWandb
    from .fine_tuning_job import FineTuningJob
    from .fine_tuning_job_checkpoint import FineTuningJobCheckpoint
    from .fine_tuning_job_checkpoint_metrics import FineTuningJobCheckpointMetrics
    from .fine_tuning_job_error import FineTuningJobError
    from .fine_tuning_job_event import FineTuningJobEvent
    from .fine_tuning_job_event_data import FineTuningJobEventData
    from .fine_tuning_job_event_level import FineTuningJobEventLevel
    from .fine_tuning_job_event_type import FineTuningJobEventType
    from .fine_tuning_job_hyperparameters import FineTuningJobHyperparameters
    from .fine_tuning_job_status import FineTuningJobStatus
    from .function_call_item_status import FunctionCallItemStatus
    from .function_call_output_item_param import FunctionCallOutputItemParam
    from .function_call_output_status_enum import FunctionCallOutputStatusEnum
    from .function_call_status import FunctionCallStatus
    from .function_object import FunctionObject
    from .function_parameters import FunctionParameters
    from .function_shell_action import FunctionShellAction
    from .function_shell_action_param import FunctionShellActionParam
    from .function_shell_call import FunctionShellCall
    from .function_shell_call_item_param import FunctionShellCallItemParam
    from .function_shell_call_item_status import FunctionShellCallItemStatus
    from .function_shell_call_output import FunctionShellCallOutput
    from .function_shell_call_output_content import FunctionShellCallOutputContent
    from .function_shell_call_output_content_param import FunctionShellCallOutputContentParam
    from .function_shell_call_output_exit_outcome import FunctionShellCallOutputExitOutcome
    from .function_shell_call_output_exit_outcome_param import (
        FunctionShellCallOutputExitOutcomeParam,
    )
    from .function_shell_call_output_item_param import FunctionShellCallOutputItemParam
    from .function_shell_call_output_status_enum import FunctionShellCallOutputStatusEnum
    from .function_shell_call_output_timeout_outcome import FunctionShellCallOutputTimeoutOutcome
    from .function_shell_call_output_timeout_outcome_param import (
        FunctionShellCallOutputTimeoutOutcomeParam,
    )
    from .function_shell_call_status import FunctionShellCallStatus
    from .function_shell_tool_param import FunctionShellToolParam
    from .function_tool import FunctionTool
    from .function_tool_call import FunctionToolCall
    from .function_tool_call_output import FunctionToolCallOutput
    from .function_tool_call_output_resource import FunctionToolCallOutputResource
    from .function_tool_call_resource import FunctionToolCallResource
    from .function_tool_output_schema import FunctionToolOutputSchema
    from .function_tool_param import FunctionToolParam
    from .function_tool_parameters import FunctionToolParameters
    from .get_eval_run_output_items_status import GetEvalRunOutputItemsStatus
    from .get_eval_runs_status import GetEvalRunsStatus
    from .grader_label_model import GraderLabelModel
    from .grader_multi import GraderMulti
    from .grader_python import GraderPython
    from .grader_score_model import GraderScoreModel
    from .grader_string_check import GraderStringCheck
    from .grader_string_check_operation import GraderStringCheckOperation
    from .grader_text_similarity import GraderTextSimilarity
    from .grammar_syntax_1 import GrammarSyntax1
    from .group import Group
    from .group_deleted_resource import GroupDeletedResource
    from .group_list_resource import GroupListResource
    from .group_member_user import GroupMemberUser
    from .group_member_user_user_type import GroupMemberUserUserType
    from .group_resource_with_success import GroupResourceWithSuccess
    from .group_response import GroupResponse
    from .group_response_group_type import GroupResponseGroupType
    from .group_role_assignment import GroupRoleAssignment
    from .group_user import GroupUser
    from .group_user_assignment import GroupUserAssignment
    from .group_user_deleted_resource import GroupUserDeletedResource
    from .history_param import HistoryParam
    from .hosted_tool_permission import HostedToolPermission
    from .hosted_tool_permission_update import HostedToolPermissionUpdate
    from .hybrid_search_options import HybridSearchOptions
    from .image import Image
    from .image_detail import ImageDetail
    from .image_edit_completed_event import ImageEditCompletedEvent
    from .image_edit_completed_event_background import ImageEditCompletedEventBackground
    from .image_edit_completed_event_output_format import ImageEditCompletedEventOutputFormat
    from .image_edit_completed_event_quality import ImageEditCompletedEventQuality
    from .image_edit_completed_event_size import ImageEditCompletedEventSize
    from .image_edit_partial_image_event import ImageEditPartialImageEvent
    from .image_edit_partial_image_event_background import ImageEditPartialImageEventBackground
    from .image_edit_partial_image_event_output_format import ImageEditPartialImageEventOutputFormat
    from .image_edit_partial_image_event_quality import ImageEditPartialImageEventQuality
    from .image_edit_partial_image_event_size import ImageEditPartialImageEventSize
    from .image_gen_action_enum import ImageGenActionEnum
    from .image_gen_completed_event import ImageGenCompletedEvent
    from .image_gen_completed_event_background import ImageGenCompletedEventBackground
    from .image_gen_completed_event_output_format import ImageGenCompletedEventOutputFormat
    from .image_gen_completed_event_quality import ImageGenCompletedEventQuality
    from .image_gen_completed_event_size import ImageGenCompletedEventSize
    from .image_gen_input_usage_details import ImageGenInputUsageDetails
    from .image_gen_output_tokens_details import ImageGenOutputTokensDetails
    from .image_gen_partial_image_event import ImageGenPartialImageEvent
    from .image_gen_partial_image_event_background import ImageGenPartialImageEventBackground
    from .image_gen_partial_image_event_output_format import ImageGenPartialImageEventOutputFormat
    from .image_gen_partial_image_event_quality import ImageGenPartialImageEventQuality
    from .image_gen_partial_image_event_size import ImageGenPartialImageEventSize
    from .image_gen_tool import ImageGenTool
    from .image_gen_tool_background import ImageGenToolBackground
    from .image_gen_tool_call import ImageGenToolCall
    from .image_gen_tool_call_status import ImageGenToolCallStatus
    from .image_gen_tool_complexity import ImageGenToolComplexity
    from .image_gen_tool_input_image_mask import ImageGenToolInputImageMask
    from .image_gen_tool_model_enum import ImageGenToolModelEnum
    from .image_gen_tool_moderation import ImageGenToolModeration
    from .image_gen_tool_output_format import ImageGenToolOutputFormat
    from .image_gen_tool_quality import ImageGenToolQuality
    from .image_gen_tool_size_enum import ImageGenToolSizeEnum
    from .image_gen_tool_svg import ImageGenToolSvg
    from .image_gen_usage import ImageGenUsage
    from .image_ref_param import ImageRefParam
    from .image_ref_param_2 import ImageRefParam2
    from .images_response import ImagesResponse
    from .images_response_background import ImagesResponseBackground
    from .images_response_output_format import ImagesResponseOutputFormat
    from .images_response_quality import ImagesResponseQuality
    from .images_response_size import ImagesResponseSize
    from .images_response_svg_usage import ImagesResponseSvgUsage
    from .images_usage import ImagesUsage
    from .images_usage_input_tokens_details import ImagesUsageInputTokensDetails
    from .include_enum import IncludeEnum
    from .inference_options import InferenceOptions
    from .inline_skill_param import InlineSkillParam
    from .inline_skill_source_param import InlineSkillSourceParam
    from .input_audio import InputAudio
    from .input_audio_input_audio import InputAudioInputAudio
    from .input_audio_input_audio_format import InputAudioInputAudioFormat
    from .input_fidelity import InputFidelity
    from .input_file_content import InputFileContent
    from .input_file_content_param import InputFileContentParam
    from .input_image_content import InputImageContent
    from .input_image_content_param_auto_param import InputImageContentParamAutoParam
    from .input_message import InputMessage
    from .input_message_resource import InputMessageResource
    from .input_message_role import InputMessageRole
    from .input_message_status import InputMessageStatus
    from .input_text_content import InputTextContent
    from .input_text_content_param import InputTextContentParam
    from .invite import Invite
    from .invite_delete_response import InviteDeleteResponse
    from .invite_list_response import InviteListResponse
    from .invite_project_group_body import InviteProjectGroupBody
    from .invite_projects_item import InviteProjectsItem
    from .invite_projects_item_role import InviteProjectsItemRole
    from .invite_request import InviteRequest
    from .invite_request_role import InviteRequestRole
    from .invite_role import InviteRole
    from .invite_status import InviteStatus
    from .item_reference_param import ItemReferenceParam
    from .item_reference_param_type import ItemReferenceParamType
    from .key_press_action import KeyPressAction
    from .list_assistants_order import ListAssistantsOrder
    from .list_assistants_response import ListAssistantsResponse
    from .list_audit_logs_effective_at import ListAuditLogsEffectiveAt
    from .list_audit_logs_response import ListAuditLogsResponse
    from .list_batches_response import ListBatchesResponse
    from .list_certificates_response import ListCertificatesResponse
    from .list_chat_completions_order import ListChatCompletionsOrder
    from .list_conversation_items_order import ListConversationItemsOrder
    from .list_evals_order_by import ListEvalsOrderBy
    from .list_files_in_vector_store_batch_filter import ListFilesInVectorStoreBatchFilter
    from .list_files_response import ListFilesResponse
    from .list_fine_tuning_checkpoint_permission_response import (
        ListFineTuningCheckpointPermissionResponse,
    )
    from .list_fine_tuning_checkpoint_permissions_order import (
        ListFineTuningCheckpointPermissionsOrder,
    )
    from .list_fine_tuning_job_checkpoints_response import ListFineTuningJobCheckpointsResponse
    from .list_fine_tuning_job_events_response import ListFineTuningJobEventsResponse
    from .list_messages_response import ListMessagesResponse
    from .list_models_response import ListModelsResponse
    from .list_paginated_fine_tuning_jobs_metadata import ListPaginatedFineTuningJobsMetadata
    from .list_paginated_fine_tuning_jobs_response import ListPaginatedFineTuningJobsResponse
    from .list_project_certificates_response import ListProjectCertificatesResponse
    from .list_run_steps_response import ListRunStepsResponse
    from .list_runs_response import ListRunsResponse
    from .list_vector_store_files_response import ListVectorStoreFilesResponse
    from .list_vector_stores_response import ListVectorStoresResponse
    from .local_environment_param import LocalEnvironmentParam
    from .local_environment_resource import LocalEnvironmentResource
    from .local_shell_exec_action import LocalShellExecAction
    from .local_shell_exec_action_env import LocalShellExecActionEnv
    from .local_shell_tool_call import LocalShellToolCall
    from .local_shell_tool_call_output import LocalShellToolCallOutput
    from .local_shell_tool_call_output_status import LocalShellToolCallOutputStatus
    from .local_shell_tool_call_status import LocalShellToolCallStatus
    from .local_shell_tool_param import LocalShellToolParam
    from .local_skill_param import LocalSkillParam
    from .locked_status import LockedStatus
    from .log_prob import LogProb
    from .log_prob_properties import LogProbProperties
    from .mcp_approval_request import MCPApprovalRequest
    from .mcp_approval_response import MCPApprovalResponse
    from .mcp_approval_response_resource import MCPApprovalResponseResource
    from .mcp_list_tools import MCPListTools
    from .mcp_list_tools_tool import MCPListToolsTool
    from .mcp_list_tools_tool_annotations import MCPListToolsToolAnnotations
    from .mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema
    from .mcp_tool import MCPTool
    from .mcp_tool_call import MCPToolCall
    from .mcp_tool_call_status import MCPToolCallStatus
    from .mcp_tool_connector_id import MCPToolConnectorId
    from .mcp_tool_filter import MCPToolFilter
    from .mcp_tool_headers import MCPToolHeaders
    from .mcp_tool_require_approval_mcp_tool_approval_filter import (
        MCPToolRequireApprovalMCPToolApprovalFilter,
    )
    from .mcp_tool_require_approval_mcp_tool_approval_setting import (
        MCPToolRequireApprovalMCPToolApprovalSetting,
    )
    from .message import Message
    from .message_content_image_file_object import MessageContentImageFileObject
    from .message_content_image_file_object_image_file import MessageContentImageFileObjectImageFile
    from .message_content_image_file_object_image_file_detail import (
        MessageContentImageFileObjectImageFileDetail,
    )
    from .message_content_image_url_object import MessageContentImageUrlObject
    from .message_content_image_url_object_image_url import MessageContentImageUrlObjectImageUrl
    from .message_content_image_url_object_image_url_detail import (
        MessageContentImageUrlObjectImageUrlDetail,
    )
    from .message_content_refusal_object import MessageContentRefusalObject
    from .message_content_text_annotations_file_citation_object import (
        MessageContentTextAnnotationsFileCitationObject,
    )
    from .message_content_text_annotations_file_citation_object_file_citation import (
        MessageContentTextAnnotationsFileCitationObjectFileCitation,
    )
    from .message_content_text_annotations_file_path_object import (
        MessageContentTextAnnotationsFilePathObject,
    )
    from .message_content_text_annotations_file_path_object_file_path import (
        MessageContentTextAnnotationsFilePathObjectFilePath,
    )
    from .message_content_text_object import MessageContentTextObject
    from .message_content_text_object_text import MessageContentTextObjectText
    from .message_delta_content_image_file_object import MessageDeltaContentImageFileObject
    from .message_delta_content_image_file_object_image_file import (
        MessageDeltaContentImageFileObjectImageFile,
    )
    from .message_delta_content_image_url_object import MessageDeltaContentImageUrlObject
    from .message_delta_content_image_url_object_image_url import (
        MessageDeltaContentImageUrlObjectImageUrl,
    )
    from .message_delta_content_image_url_object_image_url_detail import (
        MessageDeltaContentImageUrlObjectImageUrlDetail,
    )
    from .message_delta_content_refusal_object import MessageDeltaContentRefusalObject
    from .message_delta_content_text_annotations_file_citation_object import (
        MessageDeltaContentTextAnnotationsFileCitationObject,
    )
    from .message_delta_content_text_annotations_file_citation_object_file_citation import (
        MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
    )
    from .message_delta_content_text_annotations_file_path_object import (
        MessageDeltaContentTextAnnotationsFilePathObject,
    )
    from .message_delta_content_text_annotations_file_path_object_file_path import (
        MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
    )
    from .message_delta_content_text_object import MessageDeltaContentTextObject
    from .message_delta_content_text_object_text import MessageDeltaContentTextObjectText
    from .message_delta_object import MessageDeltaObject
    from .message_delta_object_delta import MessageDeltaObjectDelta
    from .message_delta_object_delta_role import MessageDeltaObjectDeltaRole
    from .message_object import MessageObject
    from .message_object_incomplete_details import MessageObjectIncompleteDetails
    from .message_object_incomplete_details_reason import MessageObjectIncompleteDetailsReason
    from .message_object_status import MessageObjectStatus
    from .message_phase import MessagePhase
    from .message_phase_2 import MessagePhase2
    from .message_request_content_text_object import MessageRequestContentTextObject
    from .message_role import MessageRole
    from .message_status import MessageStatus
    from .message_stream_event_thread_message_completed import (
        MessageStreamEventThreadMessageCompleted,
    )
    from .message_stream_event_thread_message_created import MessageStreamEventThreadMessageCreated
    from .message_stream_event_thread_message_delta import MessageStreamEventThreadMessageDelta
    from .message_stream_event_thread_message_in_progress import (
        MessageStreamEventThreadMessageInProgress,
    )
    from .message_stream_event_thread_message_incomplete import (
        MessageStreamEventThreadMessageIncomplete,
    )
    from .metadata_2 import Metadata2
    from .model import Model
    from .model_ids_responses_responses_only_model import ModelIdsResponsesResponsesOnlyModel
    from .model_ids_shared_enum import ModelIdsSharedEnum
    from .model_response_properties import ModelResponseProperties
    from .modify_assistant_request import ModifyAssistantRequest
    from .modify_assistant_request_tool_resources import ModifyAssistantRequestToolResources
    from .modify_assistant_request_tool_resources_code_interpreter import (
        ModifyAssistantRequestToolResourcesCodeInterpreter,
    )
    from .modify_assistant_request_tool_resources_file_search import (
        ModifyAssistantRequestToolResourcesFileSearch,
    )
    from .modify_certificate_request import ModifyCertificateRequest
    from .modify_message_request import ModifyMessageRequest
    from .modify_run_request import ModifyRunRequest
    from .modify_thread_request import ModifyThreadRequest
    from .modify_thread_request_tool_resources import ModifyThreadRequestToolResources
    from .modify_thread_request_tool_resources_file_search import (
        ModifyThreadRequestToolResourcesFileSearch,
    )
    from .move_param import MoveParam
    from .namespace_tool_param import NamespaceToolParam
    from .noise_reduction_type import NoiseReductionType
    from .open_ai_file import OpenAIFile
    from .open_ai_file_purpose import OpenAIFilePurpose
    from .open_ai_file_status import OpenAIFileStatus
    from .order_enum import OrderEnum
    from .organization_certificate import OrganizationCertificate
    from .organization_certificate_activation_response import (
        OrganizationCertificateActivationResponse,
    )
    from .organization_certificate_certificate_details import (
        OrganizationCertificateCertificateDetails,
    )
    from .organization_certificate_deactivation_response import (
        OrganizationCertificateDeactivationResponse,
    )
    from .organization_data_retention import OrganizationDataRetention
    from .organization_data_retention_type import OrganizationDataRetentionType
    from .organization_project_certificate import OrganizationProjectCertificate
    from .organization_project_certificate_activation_response import (
        OrganizationProjectCertificateActivationResponse,
    )
    from .organization_project_certificate_deactivation_response import (
        OrganizationProjectCertificateDeactivationResponse,
    )
    from .organization_spend_alert import OrganizationSpendAlert
    from .organization_spend_alert_deleted_resource import OrganizationSpendAlertDeletedResource
    from .organization_spend_alert_list_resource import OrganizationSpendAlertListResource
    from .other_chunking_strategy_response_param import OtherChunkingStrategyResponseParam
    from .output_audio import OutputAudio
    from .output_message import OutputMessage
    from .output_text_content import OutputTextContent
    from .prediction_content import PredictionContent
    from .project import Project
    from .project_api_key import ProjectApiKey
    from .project_api_key_delete_response import ProjectApiKeyDeleteResponse
    from .project_api_key_list_response import ProjectApiKeyListResponse
    from .project_api_key_owner import ProjectApiKeyOwner
    from .project_api_key_owner_project_access import ProjectApiKeyOwnerProjectAccess
    from .project_api_key_owner_service_account import ProjectApiKeyOwnerServiceAccount
    from .project_api_key_owner_type import ProjectApiKeyOwnerType
    from .project_api_key_owner_user import ProjectApiKeyOwnerUser
    from .project_create_request import ProjectCreateRequest
    from .project_data_retention import ProjectDataRetention
    from .project_data_retention_type import ProjectDataRetentionType
    from .project_group import ProjectGroup
    from .project_group_deleted_resource import ProjectGroupDeletedResource
    from .project_group_list_resource import ProjectGroupListResource
    from .project_hosted_tool_permissions import ProjectHostedToolPermissions
    from .project_hosted_tool_permissions_update_request import (
        ProjectHostedToolPermissionsUpdateRequest,
    )
    from .project_list_response import ProjectListResponse
    from .project_model_permissions import ProjectModelPermissions
    from .project_model_permissions_delete_response import ProjectModelPermissionsDeleteResponse
    from .project_model_permissions_mode import ProjectModelPermissionsMode
    from .project_model_permissions_update_request import ProjectModelPermissionsUpdateRequest
    from .project_model_permissions_update_request_mode import (
        ProjectModelPermissionsUpdateRequestMode,
    )
    from .project_rate_limit import ProjectRateLimit
    from .project_rate_limit_list_response import ProjectRateLimitListResponse
    from .project_rate_limit_update_request import ProjectRateLimitUpdateRequest
    from .project_residency import ProjectResidency
    from .project_service_account import ProjectServiceAccount
    from .project_service_account_api_key import ProjectServiceAccountApiKey
    from .project_service_account_create_request import ProjectServiceAccountCreateRequest
    from .project_service_account_create_response import ProjectServiceAccountCreateResponse
    from .project_service_account_delete_response import ProjectServiceAccountDeleteResponse
    from .project_service_account_list_response import ProjectServiceAccountListResponse
    from .project_service_account_role import ProjectServiceAccountRole
    from .project_spend_alert import ProjectSpendAlert
    from .project_spend_alert_deleted_resource import ProjectSpendAlertDeletedResource
    from .project_spend_alert_list_resource import ProjectSpendAlertListResource
    from .project_update_request import ProjectUpdateRequest
    from .project_user import ProjectUser
    from .project_user_create_request import ProjectUserCreateRequest
    from .project_user_delete_response import ProjectUserDeleteResponse
    from .project_user_list_response import ProjectUserListResponse
    from .project_user_update_request import ProjectUserUpdateRequest
    from .prompt_2 import Prompt2
    from .prompt_cache_retention_enum import PromptCacheRetentionEnum
    from .public_assign_organization_group_role_body import PublicAssignOrganizationGroupRoleBody
    from .public_create_organization_role_body import PublicCreateOrganizationRoleBody
    from .public_role_list_resource import PublicRoleListResource
    from .public_update_organization_role_body import PublicUpdateOrganizationRoleBody
    from .ranker_version_type import RankerVersionType
    from .ranking_options import RankingOptions
    from .rate_limits_param import RateLimitsParam
    from .realtime_audio_formats_pcm_audio_format import RealtimeAudioFormatsPCMAudioFormat
    from .realtime_audio_formats_pcm_audio_format_rate import RealtimeAudioFormatsPCMAudioFormatRate
    from .realtime_audio_formats_pcma_audio_format import RealtimeAudioFormatsPCMAAudioFormat
    from .realtime_audio_formats_pcmu_audio_format import RealtimeAudioFormatsPCMUAudioFormat
    from .realtime_beta_client_event_conversation_item_create import (
        RealtimeBetaClientEventConversationItemCreate,
    )
    from .realtime_beta_client_event_conversation_item_delete import (
        RealtimeBetaClientEventConversationItemDelete,
    )
    from .realtime_beta_client_event_conversation_item_retrieve import (
        RealtimeBetaClientEventConversationItemRetrieve,
    )
    from .realtime_beta_client_event_conversation_item_truncate import (
        RealtimeBetaClientEventConversationItemTruncate,
    )
    from .realtime_beta_client_event_input_audio_buffer_append import (
        RealtimeBetaClientEventInputAudioBufferAppend,
    )
    from .realtime_beta_client_event_input_audio_buffer_clear import (
        RealtimeBetaClientEventInputAudioBufferClear,
    )
    from .realtime_beta_client_event_input_audio_buffer_commit import (
        RealtimeBetaClientEventInputAudioBufferCommit,
    )
    from .realtime_beta_client_event_output_audio_buffer_clear import (
        RealtimeBetaClientEventOutputAudioBufferClear,
    )
    from .realtime_beta_client_event_response_cancel import RealtimeBetaClientEventResponseCancel
    from .realtime_beta_client_event_response_create import RealtimeBetaClientEventResponseCreate
    from .realtime_beta_client_event_session_update import RealtimeBetaClientEventSessionUpdate
    from .realtime_beta_client_event_transcription_session_update import (
        RealtimeBetaClientEventTranscriptionSessionUpdate,
    )
    from .realtime_beta_response import RealtimeBetaResponse
    from .realtime_beta_response_create_params import RealtimeBetaResponseCreateParams
    from .realtime_beta_response_create_params_conversation_enum import (
        RealtimeBetaResponseCreateParamsConversationEnum,
    )
    from .realtime_beta_response_create_params_tools_item import (
        RealtimeBetaResponseCreateParamsToolsItem,
    )
    from .realtime_beta_response_create_params_tools_item_parameters import (
        RealtimeBetaResponseCreateParamsToolsItemParameters,
    )
    from .realtime_beta_response_max_output_tokens_enum import (
        RealtimeBetaResponseMaxOutputTokensEnum,
    )
    from .realtime_beta_response_output_audio_format import RealtimeBetaResponseOutputAudioFormat
    from .realtime_beta_response_status import RealtimeBetaResponseStatus
    from .realtime_beta_response_status_details import RealtimeBetaResponseStatusDetails
    from .realtime_beta_response_status_details_error import RealtimeBetaResponseStatusDetailsError
    from .realtime_beta_response_status_details_reason import (
        RealtimeBetaResponseStatusDetailsReason,
    )
    from .realtime_beta_response_status_details_type import RealtimeBetaResponseStatusDetailsType
    from .realtime_beta_response_usage import RealtimeBetaResponseUsage
    from .realtime_beta_response_usage_input_token_details import (
        RealtimeBetaResponseUsageInputTokenDetails,
    )
    from .realtime_beta_response_usage_input_token_details_cached_tokens_details import (
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
    )
    from .realtime_beta_response_usage_output_token_details import (
        RealtimeBetaResponseUsageOutputTokenDetails,
    )
    from .realtime_beta_server_event_conversation_item_created import (
        RealtimeBetaServerEventConversationItemCreated,
    )
    from .realtime_beta_server_event_conversation_item_deleted import (
        RealtimeBetaServerEventConversationItemDeleted,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError,
    )
    from .realtime_beta_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .realtime_beta_server_event_conversation_item_retrieved import (
        RealtimeBetaServerEventConversationItemRetrieved,
    )
    from .realtime_beta_server_event_conversation_item_truncated import (
        RealtimeBetaServerEventConversationItemTruncated,
    )
    from .realtime_beta_server_event_error import RealtimeBetaServerEventError
    from .realtime_beta_server_event_error_error import RealtimeBetaServerEventErrorError
    from .realtime_beta_server_event_input_audio_buffer_cleared import (
        RealtimeBetaServerEventInputAudioBufferCleared,
    )
    from .realtime_beta_server_event_input_audio_buffer_committed import (
        RealtimeBetaServerEventInputAudioBufferCommitted,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_started import (
        RealtimeBetaServerEventInputAudioBufferSpeechStarted,
    )
    from .realtime_beta_server_event_input_audio_buffer_speech_stopped import (
        RealtimeBetaServerEventInputAudioBufferSpeechStopped,
    )
    from .realtime_beta_server_event_mcp_list_tools_completed import (
        RealtimeBetaServerEventMCPListToolsCompleted,
    )
    from .realtime_beta_server_event_mcp_list_tools_failed import (
        RealtimeBetaServerEventMCPListToolsFailed,
    )
    from .realtime_beta_server_event_mcp_list_tools_in_progress import (
        RealtimeBetaServerEventMCPListToolsInProgress,
    )
    from .realtime_beta_server_event_rate_limits_updated import (
        RealtimeBetaServerEventRateLimitsUpdated,
    )
    from .realtime_beta_server_event_rate_limits_updated_rate_limits_item import (
        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem,
    )
    from .realtime_beta_server_event_rate_limits_updated_rate_limits_item_name import (
        RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName,
    )
    from .realtime_beta_server_event_response_audio_delta import (
        RealtimeBetaServerEventResponseAudioDelta,
    )
    from .realtime_beta_server_event_response_audio_done import (
        RealtimeBetaServerEventResponseAudioDone,
    )
    from .realtime_beta_server_event_response_audio_transcript_delta import (
        RealtimeBetaServerEventResponseAudioTranscriptDelta,
    )
    from .realtime_beta_server_event_response_audio_transcript_done import (
        RealtimeBetaServerEventResponseAudioTranscriptDone,
    )
    from .realtime_beta_server_event_response_content_part_added import (
        RealtimeBetaServerEventResponseContentPartAdded,
    )
    from .realtime_beta_server_event_response_content_part_added_part import (
        RealtimeBetaServerEventResponseContentPartAddedPart,
    )
    from .realtime_beta_server_event_response_content_part_added_part_type import (
        RealtimeBetaServerEventResponseContentPartAddedPartType,
    )
    from .realtime_beta_server_event_response_content_part_done import (
        RealtimeBetaServerEventResponseContentPartDone,
    )
    from .realtime_beta_server_event_response_content_part_done_part import (
        RealtimeBetaServerEventResponseContentPartDonePart,
    )
    from .realtime_beta_server_event_response_created import RealtimeBetaServerEventResponseCreated
    from .realtime_beta_server_event_response_done import RealtimeBetaServerEventResponseDone
    from .realtime_beta_server_event_response_function_call_arguments_delta import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDelta,
    )
    from .realtime_beta_server_event_response_function_call_arguments_done import (
        RealtimeBetaServerEventResponseFunctionCallArgumentsDone,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_delta import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDelta,
    )
    from .realtime_beta_server_event_response_mcp_call_arguments_done import (
        RealtimeBetaServerEventResponseMCPCallArgumentsDone,
    )
    from .realtime_beta_server_event_response_mcp_call_completed import (
        RealtimeBetaServerEventResponseMCPCallCompleted,
    )
    from .realtime_beta_server_event_response_mcp_call_failed import (
        RealtimeBetaServerEventResponseMCPCallFailed,
    )
    from .realtime_beta_server_event_response_mcp_call_in_progress import (
        RealtimeBetaServerEventResponseMCPCallInProgress,
    )
    from .realtime_beta_server_event_response_output_item_added import (
        RealtimeBetaServerEventResponseOutputItemAdded,
    )
    from .realtime_beta_server_event_response_output_item_done import (
        RealtimeBetaServerEventResponseOutputItemDone,
    )
    from .realtime_beta_server_event_response_text_delta import (
        RealtimeBetaServerEventResponseTextDelta,
    )
    from .realtime_beta_server_event_response_text_done import (
        RealtimeBetaServerEventResponseTextDone,
    )
    from .realtime_beta_server_event_session_created import RealtimeBetaServerEventSessionCreated
    from .realtime_beta_server_event_session_updated import RealtimeBetaServerEventSessionUpdated
    from .realtime_beta_server_event_transcription_session_created import (
        RealtimeBetaServerEventTranscriptionSessionCreated,
    )
    from .realtime_beta_server_event_transcription_session_updated import (
        RealtimeBetaServerEventTranscriptionSessionUpdated,
    )
    from .realtime_call_create_request import RealtimeCallCreateRequest
    from .realtime_call_refer_request import RealtimeCallReferRequest
    from .realtime_call_reject_request import RealtimeCallRejectRequest
    from .realtime_client_event_conversation_item_create import (
        RealtimeClientEventConversationItemCreate,
    )
    from .realtime_client_event_conversation_item_delete import (
        RealtimeClientEventConversationItemDelete,
    )
    from .realtime_client_event_conversation_item_retrieve import (
        RealtimeClientEventConversationItemRetrieve,
    )
    from .realtime_client_event_conversation_item_truncate import (
        RealtimeClientEventConversationItemTruncate,
    )
    from .realtime_client_event_input_audio_buffer_append import (
        RealtimeClientEventInputAudioBufferAppend,
    )
    from .realtime_client_event_input_audio_buffer_clear import (
        RealtimeClientEventInputAudioBufferClear,
    )
    from .realtime_client_event_input_audio_buffer_commit import (
        RealtimeClientEventInputAudioBufferCommit,
    )
    from .realtime_client_event_output_audio_buffer_clear import (
        RealtimeClientEventOutputAudioBufferClear,
    )
    from .realtime_client_event_response_cancel import RealtimeClientEventResponseCancel
    from .realtime_client_event_response_create import RealtimeClientEventResponseCreate
    from .realtime_client_event_session_update import RealtimeClientEventSessionUpdate
    from .realtime_client_event_transcription_session_update import (
        RealtimeClientEventTranscriptionSessionUpdate,
    )
    from .realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall
    from .realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,
    )
    from .realtime_conversation_item_function_call_status import (
        RealtimeConversationItemFunctionCallStatus,
    )
    from .realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant,
    )
    from .realtime_conversation_item_message_assistant_content_item import (
        RealtimeConversationItemMessageAssistantContentItem,
    )
    from .realtime_conversation_item_message_assistant_content_item_type import (
        RealtimeConversationItemMessageAssistantContentItemType,
    )
    from .realtime_conversation_item_message_system import RealtimeConversationItemMessageSystem
    from .realtime_conversation_item_message_system_content_item import (
        RealtimeConversationItemMessageSystemContentItem,
    )
    from .realtime_conversation_item_message_user import RealtimeConversationItemMessageUser
    from .realtime_conversation_item_message_user_content_item import (
        RealtimeConversationItemMessageUserContentItem,
    )
    from .realtime_conversation_item_message_user_content_item_detail import (
        RealtimeConversationItemMessageUserContentItemDetail,
    )
    from .realtime_conversation_item_message_user_content_item_type import (
        RealtimeConversationItemMessageUserContentItemType,
    )
    from .realtime_conversation_item_with_reference import RealtimeConversationItemWithReference
    from .realtime_conversation_item_with_reference_content_item import (
        RealtimeConversationItemWithReferenceContentItem,
    )
    from .realtime_conversation_item_with_reference_content_item_type import (
        RealtimeConversationItemWithReferenceContentItemType,
    )
    from .realtime_conversation_item_with_reference_role import (
        RealtimeConversationItemWithReferenceRole,
    )
    from .realtime_conversation_item_with_reference_status import (
        RealtimeConversationItemWithReferenceStatus,
    )
    from .realtime_conversation_item_with_reference_type import (
        RealtimeConversationItemWithReferenceType,
    )
    from .realtime_create_client_secret_request import RealtimeCreateClientSecretRequest
    from .realtime_create_client_secret_request_expires_after import (
        RealtimeCreateClientSecretRequestExpiresAfter,
    )
    from .realtime_create_client_secret_response import RealtimeCreateClientSecretResponse
    from .realtime_function_tool import RealtimeFunctionTool
    from .realtime_mcp_approval_request import RealtimeMCPApprovalRequest
    from .realtime_mcp_approval_response import RealtimeMCPApprovalResponse
    from .realtime_mcp_list_tools import RealtimeMCPListTools
    from .realtime_mcp_protocol_error import RealtimeMCPProtocolError
    from .realtime_mcp_tool_call import RealtimeMCPToolCall
    from .realtime_mcp_tool_execution_error import RealtimeMCPToolExecutionError
    from .realtime_mcphttp_error import RealtimeMCPHTTPError
    from .realtime_reasoning import RealtimeReasoning
    from .realtime_reasoning_effort import RealtimeReasoningEffort
    from .realtime_response import RealtimeResponse
    from .realtime_response_audio import RealtimeResponseAudio
    from .realtime_response_audio_output import RealtimeResponseAudioOutput
    from .realtime_response_create_params import RealtimeResponseCreateParams
    from .realtime_response_create_params_audio import RealtimeResponseCreateParamsAudio
    from .realtime_response_create_params_audio_output import (
        RealtimeResponseCreateParamsAudioOutput,
    )
    from .realtime_response_status_details import RealtimeResponseStatusDetails
    from .realtime_response_status_details_reason import RealtimeResponseStatusDetailsReason
    from .realtime_response_usage import RealtimeResponseUsage
    from .realtime_response_usage_input_token_details import RealtimeResponseUsageInputTokenDetails
    from .realtime_server_event_conversation_created import RealtimeServerEventConversationCreated
    from .realtime_server_event_conversation_created_conversation import (
        RealtimeServerEventConversationCreatedConversation,
    )
    from .realtime_server_event_conversation_item_added import (
        RealtimeServerEventConversationItemAdded,
    )
    from .realtime_server_event_conversation_item_created import (
        RealtimeServerEventConversationItemCreated,
    )
    from .realtime_server_event_conversation_item_deleted import (
        RealtimeServerEventConversationItemDeleted,
    )
    from .realtime_server_event_conversation_item_done import (
        RealtimeServerEventConversationItemDone,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_completed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_delta import (
        RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_failed import (
        RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
    )
    from .realtime_server_event_conversation_item_input_audio_transcription_segment import (
        RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
    )
    from .realtime_server_event_conversation_item_retrieved import (
        RealtimeServerEventConversationItemRetrieved,
    )
    from .realtime_server_event_conversation_item_truncated import (
        RealtimeServerEventConversationItemTruncated,
    )
    from .realtime_server_event_error import RealtimeServerEventError
    from .realtime_server_event_input_audio_buffer_cleared import (
        RealtimeServerEventInputAudioBufferCleared,
    )
    from .realtime_server_event_input_audio_buffer_committed import (
        RealtimeServerEventInputAudioBufferCommitted,
    )
    from .realtime_server_event_input_audio_buffer_dtmf_event_received import (
        RealtimeServerEventInputAudioBufferDtmfEventReceived,
    )
    from .realtime_server_event_input_audio_buffer_speech_started import (
        RealtimeServerEventInputAudioBufferSpeechStarted,
    )
    from .realtime_server_event_input_audio_buffer_speech_stopped import (
        RealtimeServerEventInputAudioBufferSpeechStopped,
    )
    from .realtime_server_event_input_audio_buffer_timeout_triggered import (
        RealtimeServerEventInputAudioBufferTimeoutTriggered,
    )
    from .realtime_server_event_mcp_list_tools_completed import (
        RealtimeServerEventMCPListToolsCompleted,
    )
    from .realtime_server_event_mcp_list_tools_failed import RealtimeServerEventMCPListToolsFailed
    from .realtime_server_event_mcp_list_tools_in_progress import (
        RealtimeServerEventMCPListToolsInProgress,
    )
    from .realtime_server_event_output_audio_buffer_cleared import (
        RealtimeServerEventOutputAudioBufferCleared,
    )
    from .realtime_server_event_output_audio_buffer_started import (
        RealtimeServerEventOutputAudioBufferStarted,
    )
    from .realtime_server_event_output_audio_buffer_stopped import (
        RealtimeServerEventOutputAudioBufferStopped,
    )
    from .realtime_server_event_rate_limits_updated import RealtimeServerEventRateLimitsUpdated
    from .realtime_server_event_response_audio_delta import RealtimeServerEventResponseAudioDelta
    from .realtime_server_event_response_audio_done import RealtimeServerEventResponseAudioDone
    from .realtime_server_event_response_audio_transcript_delta import (
        RealtimeServerEventResponseAudioTranscriptDelta,
    )
    from .realtime_server_event_response_audio_transcript_done import (
        RealtimeServerEventResponseAudioTranscriptDone,
    )
    from .realtime_server_event_response_content_part_added import (
        RealtimeServerEventResponseContentPartAdded,
    )
    from .realtime_server_event_response_content_part_done import (
        RealtimeServerEventResponseContentPartDone,
    )
    from .realtime_server_event_response_created import RealtimeServerEventResponseCreated
    from .realtime_server_event_response_done import RealtimeServerEventResponseDone
    from .realtime_server_event_response_function_call_arguments_delta import (
        RealtimeServerEventResponseFunctionCallArgumentsDelta,
    )
    from .realtime_server_event_response_function_call_arguments_done import (
        RealtimeServerEventResponseFunctionCallArgumentsDone,
    )
    from .realtime_server_event_response_mcp_call_arguments_delta import (
        RealtimeServerEventResponseMCPCallArgumentsDelta,
    )
    from .realtime_server_event_response_mcp_call_arguments_done import (
        RealtimeServerEventResponseMCPCallArgumentsDone,
    )
    from .realtime_server_event_response_mcp_call_completed import (
        RealtimeServerEventResponseMCPCallCompleted,
    )
    from .realtime_server_event_response_mcp_call_failed import (
        RealtimeServerEventResponseMCPCallFailed,
    )
    from .realtime_server_event_response_mcp_call_in_progress import (
        RealtimeServerEventResponseMCPCallInProgress,
    )
    from .realtime_server_event_response_output_item_added import (
        RealtimeServerEventResponseOutputItemAdded,
    )
    from .realtime_server_event_response_output_item_done import (
        RealtimeServerEventResponseOutputItemDone,
    )
    from .realtime_server_event_response_text_delta import RealtimeServerEventResponseTextDelta
    from .realtime_server_event_response_text_done import RealtimeServerEventResponseTextDone
    from .realtime_server_event_session_created import RealtimeServerEventSessionCreated
    from .realtime_server_event_session_updated import RealtimeServerEventSessionUpdated
    from .realtime_server_event_transcription_session_updated import (
        RealtimeServerEventTranscriptionSessionUpdated,
    )
    from .realtime_session import RealtimeSession
    from .realtime_session_create_request import RealtimeSessionCreateRequest
    from .realtime_session_create_request_client_secret import (
        RealtimeSessionCreateRequestClientSecret,
    )
    from .realtime_session_create_request_ga import RealtimeSessionCreateRequestGA
    from .realtime_session_create_request_ga_audio import RealtimeSessionCreateRequestGAAudio
    from .realtime_session_create_request_ga_audio_input import (
        RealtimeSessionCreateRequestGAAudioInput,
    )
    from .realtime_session_create_request_ga_audio_input_noise_reduction import (
        RealtimeSessionCreateRequestGAAudioInputNoiseReduction,
    )
    from .realtime_session_create_request_ga_audio_output import (
        RealtimeSessionCreateRequestGAAudioOutput,
    )
    from .realtime_session_create_request_ga_model_enum import (
        RealtimeSessionCreateRequestGAModelEnum,
    )
    from .realtime_session_create_request_ga_tracing_auto import (
        RealtimeSessionCreateRequestGATracingAuto,
    )
    from .realtime_session_create_request_ga_tracing_tracing_configuration import (
        RealtimeSessionCreateRequestGATracingTracingConfiguration,
    )
    from .realtime_session_create_request_ga_tracing_tracing_configuration_metadata import (
        RealtimeSessionCreateRequestGATracingTracingConfigurationMetadata,
    )
    from .realtime_session_create_request_input_audio_transcription import (
        RealtimeSessionCreateRequestInputAudioTranscription,
    )
    from .realtime_session_create_request_tools_item import RealtimeSessionCreateRequestToolsItem
    from .realtime_session_create_request_turn_detection import (
        RealtimeSessionCreateRequestTurnDetection,
    )
    from .realtime_session_create_response import RealtimeSessionCreateResponse
    from .realtime_session_create_response_audio import RealtimeSessionCreateResponseAudio
    from .realtime_session_create_response_audio_input import (
        RealtimeSessionCreateResponseAudioInput,
    )
    from .realtime_session_create_response_audio_input_noise_reduction import (
        RealtimeSessionCreateResponseAudioInputNoiseReduction,
    )
    from .realtime_session_create_response_audio_input_turn_detection import (
        RealtimeSessionCreateResponseAudioInputTurnDetection,
    )
    from .realtime_session_create_response_audio_output import (
        RealtimeSessionCreateResponseAudioOutput,
    )
    from .realtime_session_create_response_ga import RealtimeSessionCreateResponseGA
    from .realtime_session_create_response_ga_audio import RealtimeSessionCreateResponseGAAudio
    from .realtime_session_create_response_ga_audio_input import (
        RealtimeSessionCreateResponseGAAudioInput,
    )
    from .realtime_session_create_response_ga_audio_output import (
        RealtimeSessionCreateResponseGAAudioOutput,
    )
    from .realtime_session_input_audio_format import RealtimeSessionInputAudioFormat
    from .realtime_session_input_audio_noise_reduction import (
        RealtimeSessionInputAudioNoiseReduction,
    )
    from .realtime_session_model_enum import RealtimeSessionModelEnum
    from .realtime_session_output_audio_format import RealtimeSessionOutputAudioFormat
    from .realtime_session_tracing_enum import RealtimeSessionTracingEnum
    from .realtime_session_tracing_tracing_configuration import (
        RealtimeSessionTracingTracingConfiguration,
    )
    from .realtime_session_tracing_tracing_configuration_metadata import (
        RealtimeSessionTracingTracingConfigurationMetadata,
    )
    from .realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest,
    )
    from .realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA,
    )
    from .realtime_transcription_session_create_request_ga_audio import (
        RealtimeTranscriptionSessionCreateRequestGAAudio,
    )
    from .realtime_transcription_session_create_request_turn_detection import (
        RealtimeTranscriptionSessionCreateRequestTurnDetection,
    )
    from .realtime_transcription_session_create_response import (
        RealtimeTranscriptionSessionCreateResponse,
    )
    from .realtime_transcription_session_create_response_client_secret import (
        RealtimeTranscriptionSessionCreateResponseClientSecret,
    )
    from .realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA,
    )
    from .realtime_transcription_session_create_response_ga_audio import (
        RealtimeTranscriptionSessionCreateResponseGAAudio,
    )
    from .realtime_transcription_session_create_response_ga_audio_input import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInput,
    )
    from .realtime_transcription_session_create_response_ga_audio_input_turn_detection import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection,
    )
    from .realtime_translation_client_event_input_audio_buffer_append import (
        RealtimeTranslationClientEventInputAudioBufferAppend,
    )
    from .realtime_translation_client_event_session_close import (
        RealtimeTranslationClientEventSessionClose,
    )
    from .realtime_translation_client_event_session_update import (
        RealtimeTranslationClientEventSessionUpdate,
    )
    from .realtime_translation_client_secret_create_request import (
        RealtimeTranslationClientSecretCreateRequest,
    )
    from .realtime_translation_client_secret_create_response import (
        RealtimeTranslationClientSecretCreateResponse,
    )
    from .realtime_translation_server_event_session_closed import (
        RealtimeTranslationServerEventSessionClosed,
    )
    from .realtime_translation_server_event_session_created import (
        RealtimeTranslationServerEventSessionCreated,
    )
    from .realtime_translation_server_event_session_input_transcript_delta import (
        RealtimeTranslationServerEventSessionInputTranscriptDelta,
    )
    from .realtime_translation_server_event_session_output_audio_delta import (
        RealtimeTranslationServerEventSessionOutputAudioDelta,
    )
    from .realtime_translation_server_event_session_output_transcript_delta import (
        RealtimeTranslationServerEventSessionOutputTranscriptDelta,
    )
    from .realtime_translation_server_event_session_updated import (
        RealtimeTranslationServerEventSessionUpdated,
    )
    from .realtime_translation_session import RealtimeTranslationSession
    from .realtime_translation_session_audio import RealtimeTranslationSessionAudio
    from .realtime_translation_session_audio_input import RealtimeTranslationSessionAudioInput
    from .realtime_translation_session_audio_input_noise_reduction import (
        RealtimeTranslationSessionAudioInputNoiseReduction,
    )
    from .realtime_translation_session_audio_input_transcription import (
        RealtimeTranslationSessionAudioInputTranscription,
    )
    from .realtime_translation_session_audio_output import RealtimeTranslationSessionAudioOutput
    from .realtime_translation_session_create_request import RealtimeTranslationSessionCreateRequest
    from .realtime_translation_session_create_request_audio import (
        RealtimeTranslationSessionCreateRequestAudio,
    )
    from .realtime_translation_session_create_request_audio_input import (
        RealtimeTranslationSessionCreateRequestAudioInput,
    )
    from .realtime_translation_session_create_request_audio_input_noise_reduction import (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction,
    )
    from .realtime_translation_session_create_request_audio_input_transcription import (
        RealtimeTranslationSessionCreateRequestAudioInputTranscription,
    )
    from .realtime_translation_session_update_request import RealtimeTranslationSessionUpdateRequest
    from .realtime_truncation_enum import RealtimeTruncationEnum
    from .realtime_truncation_retention_ratio_truncation import (
        RealtimeTruncationRetentionRatioTruncation,
    )
    from .realtime_truncation_retention_ratio_truncation_token_limits import (
        RealtimeTruncationRetentionRatioTruncationTokenLimits,
    )
    from .realtime_turn_detection_semantic_vad import RealtimeTurnDetectionSemanticVAD
    from .realtime_turn_detection_semantic_vad_eagerness import (
        RealtimeTurnDetectionSemanticVADEagerness,
    )
    from .realtime_turn_detection_server_vad import RealtimeTurnDetectionServerVAD
    from .reasoning import Reasoning
    from .reasoning_context import ReasoningContext
    from .reasoning_effort_2 import ReasoningEffort2
    from .reasoning_generate_summary import ReasoningGenerateSummary
    from .reasoning_item import ReasoningItem
    from .reasoning_mode import ReasoningMode
    from .reasoning_summary import ReasoningSummary
    from .reasoning_text_content import ReasoningTextContent
    from .refusal_content import RefusalContent
    from .response_access_programs import ResponseAccessPrograms
    from .response_audio_delta_event import ResponseAudioDeltaEvent
    from .response_audio_done_event import ResponseAudioDoneEvent
    from .response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
    from .response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
    from .response_code_interpreter_call_code_delta_event import (
        ResponseCodeInterpreterCallCodeDeltaEvent,
    )
    from .response_code_interpreter_call_code_done_event import (
        ResponseCodeInterpreterCallCodeDoneEvent,
    )
    from .response_code_interpreter_call_completed_event import (
        ResponseCodeInterpreterCallCompletedEvent,
    )
    from .response_code_interpreter_call_in_progress_event import (
        ResponseCodeInterpreterCallInProgressEvent,
    )
    from .response_code_interpreter_call_interpreting_event import (
        ResponseCodeInterpreterCallInterpretingEvent,
    )
    from .response_completed_event import ResponseCompletedEvent
    from .response_content_part_added_event import ResponseContentPartAddedEvent
    from .response_content_part_done_event import ResponseContentPartDoneEvent
    from .response_created_event import ResponseCreatedEvent
    from .response_custom_tool_call_input_delta_event import ResponseCustomToolCallInputDeltaEvent
    from .response_custom_tool_call_input_done_event import ResponseCustomToolCallInputDoneEvent
    from .response_error_2 import ResponseError2
    from .response_error_code import ResponseErrorCode
    from .response_error_event import ResponseErrorEvent
    from .response_failed_event import ResponseFailedEvent
    from .response_file_search_call_completed_event import ResponseFileSearchCallCompletedEvent
    from .response_file_search_call_in_progress_event import ResponseFileSearchCallInProgressEvent
    from .response_file_search_call_searching_event import ResponseFileSearchCallSearchingEvent
    from .response_format_json_object import ResponseFormatJsonObject
    from .response_format_json_schema import ResponseFormatJsonSchema
    from .response_format_json_schema_json_schema import ResponseFormatJsonSchemaJsonSchema
    from .response_format_json_schema_schema import ResponseFormatJsonSchemaSchema
    from .response_format_text import ResponseFormatText
    from .response_format_text_grammar import ResponseFormatTextGrammar
    from .response_format_text_python import ResponseFormatTextPython
    from .response_function_call_arguments_delta_event import (
        ResponseFunctionCallArgumentsDeltaEvent,
    )
    from .response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
    from .response_image_gen_call_completed_event import ResponseImageGenCallCompletedEvent
    from .response_image_gen_call_generating_event import ResponseImageGenCallGeneratingEvent
    from .response_image_gen_call_in_progress_event import ResponseImageGenCallInProgressEvent
    from .response_image_gen_call_partial_image_event import ResponseImageGenCallPartialImageEvent
    from .response_in_progress_event import ResponseInProgressEvent
    from .response_incomplete_details import ResponseIncompleteDetails
    from .response_incomplete_details_reason import ResponseIncompleteDetailsReason
    from .response_incomplete_event import ResponseIncompleteEvent
    from .response_item_list import ResponseItemList
    from .response_log_prob import ResponseLogProb
    from .response_log_prob_top_logprobs_item import ResponseLogProbTopLogprobsItem
    from .response_mcp_call_arguments_delta_event import ResponseMCPCallArgumentsDeltaEvent
    from .response_mcp_call_arguments_done_event import ResponseMCPCallArgumentsDoneEvent
    from .response_mcp_call_completed_event import ResponseMCPCallCompletedEvent
    from .response_mcp_call_failed_event import ResponseMCPCallFailedEvent
    from .response_mcp_call_in_progress_event import ResponseMCPCallInProgressEvent
    from .response_mcp_list_tools_completed_event import ResponseMCPListToolsCompletedEvent
    from .response_mcp_list_tools_failed_event import ResponseMCPListToolsFailedEvent
    from .response_mcp_list_tools_in_progress_event import ResponseMCPListToolsInProgressEvent
    from .response_object import ResponseObject
    from .response_output_item_added_event import ResponseOutputItemAddedEvent
    from .response_output_item_done_event import ResponseOutputItemDoneEvent
    from .response_output_text import ResponseOutputText
    from .response_output_text_annotation_added_event import ResponseOutputTextAnnotationAddedEvent
    from .response_output_text_annotation_added_event_annotation import (
        ResponseOutputTextAnnotationAddedEventAnnotation,
    )
    from .response_prompt_cache_diagnostics import ResponsePromptCacheDiagnostics
    from .response_prompt_cache_options import ResponsePromptCacheOptions
    from .response_prompt_variables_2 import ResponsePromptVariables2
    from .response_properties import ResponseProperties
    from .response_queued_event import ResponseQueuedEvent
    from .response_reasoning_summary_part_added_event import ResponseReasoningSummaryPartAddedEvent
    from .response_reasoning_summary_part_added_event_part import (
        ResponseReasoningSummaryPartAddedEventPart,
    )
    from .response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEvent
    from .response_reasoning_summary_part_done_event_part import (
        ResponseReasoningSummaryPartDoneEventPart,
    )
    from .response_reasoning_summary_part_done_event_status import (
        ResponseReasoningSummaryPartDoneEventStatus,
    )
    from .response_reasoning_summary_text_delta_event import ResponseReasoningSummaryTextDeltaEvent
    from .response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent
    from .response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
    from .response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
    from .response_refusal_delta_event import ResponseRefusalDeltaEvent
    from .response_refusal_done_event import ResponseRefusalDoneEvent
    from .response_status import ResponseStatus
    from .response_stream_options_2 import ResponseStreamOptions2
    from .response_text_delta_event import ResponseTextDeltaEvent
    from .response_text_done_event import ResponseTextDoneEvent
    from .response_text_param import ResponseTextParam
    from .response_tool_usage import ResponseToolUsage
    from .response_usage import ResponseUsage
    from .response_usage_input_tokens_details import ResponseUsageInputTokensDetails
    from .response_usage_input_tokens_details_cache_write_tokens_details import (
        ResponseUsageInputTokensDetailsCacheWriteTokensDetails,
    )
    from .response_web_search_call_completed_event import ResponseWebSearchCallCompletedEvent
    from .response_web_search_call_in_progress_event import ResponseWebSearchCallInProgressEvent
    from .response_web_search_call_searching_event import ResponseWebSearchCallSearchingEvent
    from .responses_client_event import ResponsesClientEvent
    from .responses_client_event_response_create import ResponsesClientEventResponseCreate
    from .retrieve_project_group_group_type import RetrieveProjectGroupGroupType
    from .role import Role
    from .role_deleted_resource import RoleDeletedResource
    from .role_list_resource import RoleListResource
    from .run_completion_usage_2 import RunCompletionUsage2
    from .run_grader_request import RunGraderRequest
    from .run_grader_request_item import RunGraderRequestItem
    from .run_grader_response import RunGraderResponse
    from .run_grader_response_metadata import RunGraderResponseMetadata
    from .run_grader_response_metadata_errors import RunGraderResponseMetadataErrors
    from .run_grader_response_metadata_scores import RunGraderResponseMetadataScores
    from .run_grader_response_model_grader_token_usage_per_model import (
        RunGraderResponseModelGraderTokenUsagePerModel,
    )
    from .run_grader_response_sub_rewards import RunGraderResponseSubRewards
    from .run_object import RunObject
    from .run_object_incomplete_details import RunObjectIncompleteDetails
    from .run_object_incomplete_details_reason import RunObjectIncompleteDetailsReason
    from .run_object_last_error import RunObjectLastError
    from .run_object_last_error_code import RunObjectLastErrorCode
    from .run_object_required_action import RunObjectRequiredAction
    from .run_object_required_action_submit_tool_outputs import (
        RunObjectRequiredActionSubmitToolOutputs,
    )
    from .run_object_status import RunObjectStatus
    from .run_step_completion_usage_2 import RunStepCompletionUsage2
    from .run_step_delta_object import RunStepDeltaObject
    from .run_step_delta_object_delta import RunStepDeltaObjectDelta
    from .run_step_delta_step_details_message_creation_object import (
        RunStepDeltaStepDetailsMessageCreationObject,
    )
    from .run_step_delta_step_details_message_creation_object_message_creation import (
        RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
    )
    from .run_step_delta_step_details_tool_calls_code_object import (
        RunStepDeltaStepDetailsToolCallsCodeObject,
    )
    from .run_step_delta_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
    )
    from .run_step_delta_step_details_tool_calls_code_output_image_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
    )
    from .run_step_delta_step_details_tool_calls_code_output_image_object_image import (
        RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage,
    )
    from .run_step_delta_step_details_tool_calls_code_output_logs_object import (
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
    )
    from .run_step_delta_step_details_tool_calls_file_search_object import (
        RunStepDeltaStepDetailsToolCallsFileSearchObject,
    )
    from .run_step_delta_step_details_tool_calls_file_search_object_file_search import (
        RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
    )
    from .run_step_delta_step_details_tool_calls_function_object import (
        RunStepDeltaStepDetailsToolCallsFunctionObject,
    )
    from .run_step_delta_step_details_tool_calls_function_object_function import (
        RunStepDeltaStepDetailsToolCallsFunctionObjectFunction,
    )
    from .run_step_delta_step_details_tool_calls_object import (
        RunStepDeltaStepDetailsToolCallsObject,
    )
    from .run_step_details_message_creation_object import RunStepDetailsMessageCreationObject
    from .run_step_details_message_creation_object_message_creation import (
        RunStepDetailsMessageCreationObjectMessageCreation,
    )
    from .run_step_details_tool_calls_code_object import RunStepDetailsToolCallsCodeObject
    from .run_step_details_tool_calls_code_object_code_interpreter import (
        RunStepDetailsToolCallsCodeObjectCodeInterpreter,
    )
    from .run_step_details_tool_calls_code_output_image_object import (
        RunStepDetailsToolCallsCodeOutputImageObject,
    )
    from .run_step_details_tool_calls_code_output_image_object_image import (
        RunStepDetailsToolCallsCodeOutputImageObjectImage,
    )
    from .run_step_details_tool_calls_code_output_logs_object import (
        RunStepDetailsToolCallsCodeOutputLogsObject,
    )
    from .run_step_details_tool_calls_file_search_object import (
        RunStepDetailsToolCallsFileSearchObject,
    )
    from .run_step_details_tool_calls_file_search_object_file_search import (
        RunStepDetailsToolCallsFileSearchObjectFileSearch,
    )
    from .run_step_details_tool_calls_file_search_ranking_options_object import (
        RunStepDetailsToolCallsFileSearchRankingOptionsObject,
    )
    from .run_step_details_tool_calls_file_search_result_object import (
        RunStepDetailsToolCallsFileSearchResultObject,
    )
    from .run_step_details_tool_calls_file_search_result_object_content_item import (
        RunStepDetailsToolCallsFileSearchResultObjectContentItem,
    )
    from .run_step_details_tool_calls_function_object import RunStepDetailsToolCallsFunctionObject
    from .run_step_details_tool_calls_function_object_function import (
        RunStepDetailsToolCallsFunctionObjectFunction,
    )
    from .run_step_details_tool_calls_object import RunStepDetailsToolCallsObject
    from .run_step_object import RunStepObject
    from .run_step_object_last_error import RunStepObjectLastError
    from .run_step_object_last_error_code import RunStepObjectLastErrorCode
    from .run_step_object_status import RunStepObjectStatus
    from .run_step_object_type import RunStepObjectType
    from .run_step_stream_event_thread_run_step_cancelled import (
        RunStepStreamEventThreadRunStepCancelled,
    )
    from .run_step_stream_event_thread_run_step_completed import (
        RunStepStreamEventThreadRunStepCompleted,
    )
    from .run_step_stream_event_thread_run_step_created import (
        RunStepStreamEventThreadRunStepCreated,
    )
    from .run_step_stream_event_thread_run_step_delta import RunStepStreamEventThreadRunStepDelta
    from .run_step_stream_event_thread_run_step_expired import (
        RunStepStreamEventThreadRunStepExpired,
    )
    from .run_step_stream_event_thread_run_step_failed import RunStepStreamEventThreadRunStepFailed
    from .run_step_stream_event_thread_run_step_in_progress import (
        RunStepStreamEventThreadRunStepInProgress,
    )
    from .run_stream_event_thread_run_cancelled import RunStreamEventThreadRunCancelled
    from .run_stream_event_thread_run_cancelling import RunStreamEventThreadRunCancelling
    from .run_stream_event_thread_run_completed import RunStreamEventThreadRunCompleted
    from .run_stream_event_thread_run_created import RunStreamEventThreadRunCreated
    from .run_stream_event_thread_run_expired import RunStreamEventThreadRunExpired
    from .run_stream_event_thread_run_failed import RunStreamEventThreadRunFailed
    from .run_stream_event_thread_run_in_progress import RunStreamEventThreadRunInProgress
    from .run_stream_event_thread_run_incomplete import RunStreamEventThreadRunIncomplete
    from .run_stream_event_thread_run_queued import RunStreamEventThreadRunQueued
    from .run_stream_event_thread_run_requires_action import RunStreamEventThreadRunRequiresAction
    from .run_tool_call_object import RunToolCallObject
    from .run_tool_call_object_function import RunToolCallObjectFunction
    from .screenshot_param import ScreenshotParam
    from .scroll_param import ScrollParam
    from .search_content_type import SearchContentType
    from .search_context_size import SearchContextSize
    from .service_tier_2 import ServiceTier2
    from .service_tier_enum import ServiceTierEnum
    from .set_default_skill_version_body import SetDefaultSkillVersionBody
    from .skill_list_resource import SkillListResource
    from .skill_reference_param import SkillReferenceParam
    from .skill_resource import SkillResource
    from .skill_version_list_resource import SkillVersionListResource
    from .skill_version_resource import SkillVersionResource
    from .specific_apply_patch_param import SpecificApplyPatchParam
    from .specific_function_shell_param import SpecificFunctionShellParam
    from .speech_audio_delta_event import SpeechAudioDeltaEvent
    from .speech_audio_done_event import SpeechAudioDoneEvent
    from .speech_audio_done_event_usage import SpeechAudioDoneEventUsage
    from .spend_alert_notification_channel import SpendAlertNotificationChannel
    from .static_chunking_strategy import StaticChunkingStrategy
    from .static_chunking_strategy_request_param import StaticChunkingStrategyRequestParam
    from .static_chunking_strategy_response_param import StaticChunkingStrategyResponseParam
    from .submit_tool_outputs_run_request import SubmitToolOutputsRunRequest
    from .submit_tool_outputs_run_request_tool_outputs_item import (
        SubmitToolOutputsRunRequestToolOutputsItem,
    )
    from .summary_text_content import SummaryTextContent
    from .task_group_item import TaskGroupItem
    from .task_group_task import TaskGroupTask
    from .task_item import TaskItem
    from .task_type import TaskType
    from .text_content import TextContent
    from .text_response_format_json_schema import TextResponseFormatJsonSchema
    from .thread_item_list_resource import ThreadItemListResource
    from .thread_list_resource import ThreadListResource
    from .thread_object import ThreadObject
    from .thread_resource import ThreadResource
    from .thread_stream_event import ThreadStreamEvent
    from .toggle_certificates_request import ToggleCertificatesRequest
    from .token_counts_body import TokenCountsBody
    from .token_counts_resource import TokenCountsResource
    from .tool_choice import ToolChoice
    from .tool_choice_allowed import ToolChoiceAllowed
    from .tool_choice_custom import ToolChoiceCustom
    from .tool_choice_function import ToolChoiceFunction
    from .tool_choice_mcp import ToolChoiceMCP
    from .tool_choice_options import ToolChoiceOptions
    from .tool_choice_types import ToolChoiceTypes
    from .tool_choice_types_type import ToolChoiceTypesType
    from .tool_search_call import ToolSearchCall
    from .tool_search_call_item_param import ToolSearchCallItemParam
    from .tool_search_execution_type import ToolSearchExecutionType
    from .tool_search_output import ToolSearchOutput
    from .tool_search_output_item_param import ToolSearchOutputItemParam
    from .tool_search_tool_param import ToolSearchToolParam
    from .top_log_prob import TopLogProb
    from .transcript_text_delta_event import TranscriptTextDeltaEvent
    from .transcript_text_delta_event_logprobs_item import TranscriptTextDeltaEventLogprobsItem
    from .transcript_text_done_event import TranscriptTextDoneEvent
    from .transcript_text_segment_event import TranscriptTextSegmentEvent
    from .transcript_text_usage_duration import TranscriptTextUsageDuration
    from .transcript_text_usage_tokens import TranscriptTextUsageTokens
    from .transcript_text_usage_tokens_input_token_details import (
        TranscriptTextUsageTokensInputTokenDetails,
    )
    from .transcription_chunking_strategy_enum import TranscriptionChunkingStrategyEnum
    from .transcription_diarized_segment import TranscriptionDiarizedSegment
    from .transcription_segment import TranscriptionSegment
    from .transcription_word import TranscriptionWord
    from .truncation_enum import TruncationEnum
    from .truncation_object import TruncationObject
    from .type_param import TypeParam
    from .update_chat_completion_body import UpdateChatCompletionBody
    from .update_conversation_body import UpdateConversationBody
    from .update_eval_body import UpdateEvalBody
    from .update_group_body import UpdateGroupBody
    from .update_organization_data_retention_body import UpdateOrganizationDataRetentionBody
    from .update_organization_data_retention_body_retention_type import (
        UpdateOrganizationDataRetentionBodyRetentionType,
    )
    from .update_project_data_retention_body import UpdateProjectDataRetentionBody
    from .update_project_data_retention_body_retention_type import (
        UpdateProjectDataRetentionBodyRetentionType,
    )
    from .update_project_service_account_body import UpdateProjectServiceAccountBody
    from .update_project_service_account_body_role import UpdateProjectServiceAccountBodyRole
    from .update_vector_store_file_attributes_request import UpdateVectorStoreFileAttributesRequest
    from .update_vector_store_request import UpdateVectorStoreRequest
    from .update_vector_store_request_expires_after import UpdateVectorStoreRequestExpiresAfter
    from .update_voice_consent_request import UpdateVoiceConsentRequest
    from .upload import Upload
    from .upload_certificate_request import UploadCertificateRequest
    from .upload_file import UploadFile
    from .upload_part import UploadPart
    from .upload_status import UploadStatus
    from .url_annotation import UrlAnnotation
    from .url_annotation_source import UrlAnnotationSource
    from .url_citation_body import UrlCitationBody
    from .usage_audio_speeches_bucket_width import UsageAudioSpeechesBucketWidth
    from .usage_audio_speeches_group_by_item import UsageAudioSpeechesGroupByItem
    from .usage_audio_speeches_result import UsageAudioSpeechesResult
    from .usage_audio_transcriptions_result import UsageAudioTranscriptionsResult
    from .usage_code_interpreter_sessions_result import UsageCodeInterpreterSessionsResult
    from .usage_completions_group_by_item import UsageCompletionsGroupByItem
    from .usage_completions_result import UsageCompletionsResult
    from .usage_costs_group_by_item import UsageCostsGroupByItem
    from .usage_embeddings_result import UsageEmbeddingsResult
    from .usage_file_search_calls_group_by_item import UsageFileSearchCallsGroupByItem
    from .usage_file_search_calls_result import UsageFileSearchCallsResult
    from .usage_images_group_by_item import UsageImagesGroupByItem
    from .usage_images_result import UsageImagesResult
    from .usage_images_sizes_item import UsageImagesSizesItem
    from .usage_images_sources_item import UsageImagesSourcesItem
    from .usage_moderations_result import UsageModerationsResult
    from .usage_response import UsageResponse
    from .usage_time_bucket import UsageTimeBucket
    from .usage_vector_stores_result import UsageVectorStoresResult
    from .usage_web_search_calls_context_levels_item import UsageWebSearchCallsContextLevelsItem
    from .usage_web_search_calls_group_by_item import UsageWebSearchCallsGroupByItem
    from .usage_web_search_calls_result import UsageWebSearchCallsResult
    from .user import User
    from .user_delete_response import UserDeleteResponse
    from .user_list_resource import UserListResource
    from .user_list_response import UserListResponse
    from .user_message_input_text import UserMessageInputText
    from .user_message_item import UserMessageItem
    from .user_message_quoted_text import UserMessageQuotedText
    from .user_projects import UserProjects
    from .user_projects_data_item import UserProjectsDataItem
    from .user_role_assignment import UserRoleAssignment
    from .user_role_update_request import UserRoleUpdateRequest
    from .user_user import UserUser
    from .vad_config import VadConfig
    from .validate_grader_request import ValidateGraderRequest
    from .validate_grader_response import ValidateGraderResponse
    from .vector_store_expiration_after import VectorStoreExpirationAfter
    from .vector_store_file_attributes_2 import VectorStoreFileAttributes2
    from .vector_store_file_batch_object import VectorStoreFileBatchObject
    from .vector_store_file_batch_object_file_counts import VectorStoreFileBatchObjectFileCounts
    from .vector_store_file_batch_object_status import VectorStoreFileBatchObjectStatus
    from .vector_store_file_content_response import VectorStoreFileContentResponse
    from .vector_store_file_content_response_data_item import VectorStoreFileContentResponseDataItem
    from .vector_store_file_object import VectorStoreFileObject
    from .vector_store_file_object_last_error import VectorStoreFileObjectLastError
    from .vector_store_file_object_last_error_code import VectorStoreFileObjectLastErrorCode
    from .vector_store_file_object_status import VectorStoreFileObjectStatus
    from .vector_store_object import VectorStoreObject
    from .vector_store_object_file_counts import VectorStoreObjectFileCounts
    from .vector_store_object_status import VectorStoreObjectStatus
    from .vector_store_search_request import VectorStoreSearchRequest
    from .vector_store_search_request_ranking_options import VectorStoreSearchRequestRankingOptions
    from .vector_store_search_request_ranking_options_ranker import (
        VectorStoreSearchRequestRankingOptionsRanker,
    )
    from .vector_store_search_result_content_object import VectorStoreSearchResultContentObject
    from .vector_store_search_result_item import VectorStoreSearchResultItem
    from .vector_store_search_results_page import VectorStoreSearchResultsPage
    from .verbosity_2 import Verbosity2
    from .video_character_resource import VideoCharacterResource
    from .video_content_variant import VideoContentVariant
    from .video_list_resource import VideoListResource
    from .video_model_enum import VideoModelEnum
    from .video_reference_input_param import VideoReferenceInputParam
    from .video_resource import VideoResource
    from .video_seconds import VideoSeconds
    from .video_size import VideoSize
    from .video_status import VideoStatus
    from .voice_consent_deleted_resource import VoiceConsentDeletedResource
    from .voice_consent_list_resource import VoiceConsentListResource
    from .voice_consent_resource import VoiceConsentResource
    from .voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject
    from .voice_ids_shared_enum import VoiceIdsSharedEnum
    from .voice_resource import VoiceResource
    from .wait_param import WaitParam
    from .web_search_action_find import WebSearchActionFind
    from .web_search_action_open_page import WebSearchActionOpenPage
    from .web_search_action_search import WebSearchActionSearch
    from .web_search_action_search_sources_item import WebSearchActionSearchSourcesItem
    from .web_search_approximate_location_2 import WebSearchApproximateLocation2
    from .web_search_context_size import WebSearchContextSize
    from .web_search_location import WebSearchLocation
    from .web_search_preview_tool import WebSearchPreviewTool
    from .web_search_preview_tool_type import WebSearchPreviewToolType
    from .web_search_tool import WebSearchTool
    from .web_search_tool_call import WebSearchToolCall
    from .web_search_tool_call_status import WebSearchToolCallStatus
    from .web_search_tool_filters import WebSearchToolFilters
    from .web_search_tool_search_context_size import WebSearchToolSearchContextSize
    from .web_search_tool_type import WebSearchToolType
    from .webhook_batch_cancelled import WebhookBatchCancelled
    from .webhook_batch_cancelled_data import WebhookBatchCancelledData
    from .webhook_batch_completed import WebhookBatchCompleted
    from .webhook_batch_expired import WebhookBatchExpired
    from .webhook_batch_failed import WebhookBatchFailed
    from .webhook_eval_run_canceled import WebhookEvalRunCanceled
    from .webhook_eval_run_canceled_data import WebhookEvalRunCanceledData
    from .webhook_eval_run_failed import WebhookEvalRunFailed
    from .webhook_eval_run_succeeded import WebhookEvalRunSucceeded
    from .webhook_fine_tuning_job_cancelled import WebhookFineTuningJobCancelled
    from .webhook_fine_tuning_job_cancelled_data import WebhookFineTuningJobCancelledData
    from .webhook_fine_tuning_job_failed import WebhookFineTuningJobFailed
    from .webhook_fine_tuning_job_succeeded import WebhookFineTuningJobSucceeded
    from .webhook_realtime_call_incoming import WebhookRealtimeCallIncoming
    from .webhook_realtime_call_incoming_data import WebhookRealtimeCallIncomingData
    from .webhook_realtime_call_incoming_data_sip_headers_item import (
        WebhookRealtimeCallIncomingDataSipHeadersItem,
    )
    from .webhook_realtime_call_incoming_data_sip_media_security import (
        WebhookRealtimeCallIncomingDataSipMediaSecurity,
    )
    from .webhook_response_cancelled import WebhookResponseCancelled
    from .webhook_response_cancelled_data import WebhookResponseCancelledData
    from .webhook_response_completed import WebhookResponseCompleted
    from .webhook_response_failed import WebhookResponseFailed
    from .webhook_response_incomplete import WebhookResponseIncomplete
    from .widget_message_item import WidgetMessageItem
    from .workflow_param import WorkflowParam
    from .workflow_param_state_variables import WorkflowParamStateVariables
    from .workflow_tracing_param import WorkflowTracingParam

_MODULES: dict[str, str] = {
    "ActiveStatus": "active_status",
    "AddUploadPartRequest": "add_upload_part_request",
    "AdminApiKey": "admin_api_key",
    "AdminApiKeyCreateResponse": "admin_api_key_create_response",
    "AdminApiKeyOwner": "admin_api_key_owner",
    "AdminApiKeysCreateBody": "admin_api_keys_create_body",
    "AdminApiKeysDeleteResponse": "admin_api_keys_delete_response",
    "AdminApiKeysListOrder": "admin_api_keys_list_order",
    "ApiKeyList": "api_key_list",
    "ApplyPatchCallOutputStatus": "apply_patch_call_output_status",
    "ApplyPatchCallOutputStatusParam": "apply_patch_call_output_status_param",
    "ApplyPatchCallStatus": "apply_patch_call_status",
    "ApplyPatchCallStatusParam": "apply_patch_call_status_param",
    "ApplyPatchCreateFileOperation": "apply_patch_create_file_operation",
    "ApplyPatchCreateFileOperationParam": "apply_patch_create_file_operation_param",
    "ApplyPatchDeleteFileOperation": "apply_patch_delete_file_operation",
    "ApplyPatchDeleteFileOperationParam": "apply_patch_delete_file_operation_param",
    "ApplyPatchToolCall": "apply_patch_tool_call",
    "ApplyPatchToolCallCaller": "apply_patch_tool_call_caller",
    "ApplyPatchToolCallItemParam": "apply_patch_tool_call_item_param",
    "ApplyPatchToolCallItemParamAgent": "apply_patch_tool_call_item_param_agent",
    "ApplyPatchToolCallOutput": "apply_patch_tool_call_output",
    "ApplyPatchToolCallOutputItemParam": "apply_patch_tool_call_output_item_param",
    "ApplyPatchToolParam": "apply_patch_tool_param",
    "ApplyPatchToolParamAllowedCallersItem": "apply_patch_tool_param_allowed_callers_item",
    "ApplyPatchUpdateFileOperation": "apply_patch_update_file_operation",
    "ApplyPatchUpdateFileOperationParam": "apply_patch_update_file_operation_param",
    "ApproximateLocation": "approximate_location",
    "AssignedRoleDetails": "assigned_role_details",
    "AssignedRoleDetailsAssignmentSourcesItem": "assigned_role_details_assignment_sources_item",
    "AssignedRoleDetailsCreatedByUserObj": "assigned_role_details_created_by_user_obj",
    "AssignedRoleDetailsMetadata": "assigned_role_details_metadata",
    "AssistantMessageItem": "assistant_message_item",
    "AssistantObject": "assistant_object",
    "AssistantObjectToolResources": "assistant_object_tool_resources",
    "AssistantObjectToolResourcesCodeInterpreter": "assistant_object_tool_resources_code_interpreter",
    "AssistantObjectToolResourcesFileSearch": "assistant_object_tool_resources_file_search",
    "AssistantSupportedModels": "assistant_supported_models",
    "AssistantToolsCode": "assistant_tools_code",
    "AssistantToolsFileSearch": "assistant_tools_file_search",
    "AssistantToolsFileSearchFileSearch": "assistant_tools_file_search_file_search",
    "AssistantToolsFileSearchTypeOnly": "assistant_tools_file_search_type_only",
    "AssistantToolsFunction": "assistant_tools_function",
    "AssistantsApiResponseFormatOptionEnum": "assistants_api_response_format_option_enum",
    "AssistantsApiToolChoiceOptionEnum": "assistants_api_tool_choice_option_enum",
    "AssistantsNamedToolChoice": "assistants_named_tool_choice",
    "AssistantsNamedToolChoiceFunction": "assistants_named_tool_choice_function",
    "AssistantsNamedToolChoiceType": "assistants_named_tool_choice_type",
    "Attachment": "attachment",
    "AttachmentType": "attachment_type",
    "AudioResponseFormat": "audio_response_format",
    "AudioTranscription": "audio_transcription",
    "AudioTranscriptionDelay": "audio_transcription_delay",
    "AudioTranscriptionModelEnum": "audio_transcription_model_enum",
    "AudioTranscriptionResponse": "audio_transcription_response",
    "AudioTranscriptionResponseDelay": "audio_transcription_response_delay",
    "AuditLog": "audit_log",
    "AuditLogActor": "audit_log_actor",
    "AuditLogActorApiKey": "audit_log_actor_api_key",
    "AuditLogActorApiKeyType": "audit_log_actor_api_key_type",
    "AuditLogActorServiceAccount": "audit_log_actor_service_account",
    "AuditLogActorSession": "audit_log_actor_session",
    "AuditLogActorType": "audit_log_actor_type",
    "AuditLogActorUser": "audit_log_actor_user",
    "AuditLogApiKeyCreated": "audit_log_api_key_created",
    "AuditLogApiKeyCreatedData": "audit_log_api_key_created_data",
    "AuditLogApiKeyDeleted": "audit_log_api_key_deleted",
    "AuditLogApiKeyUpdated": "audit_log_api_key_updated",
    "AuditLogApiKeyUpdatedChangesRequested": "audit_log_api_key_updated_changes_requested",
    "AuditLogCertificateCreated": "audit_log_certificate_created",
    "AuditLogCertificateDeleted": "audit_log_certificate_deleted",
    "AuditLogCertificateUpdated": "audit_log_certificate_updated",
    "AuditLogCertificatesActivated": "audit_log_certificates_activated",
    "AuditLogCertificatesActivatedCertificatesItem": "audit_log_certificates_activated_certificates_item",
    "AuditLogCertificatesDeactivated": "audit_log_certificates_deactivated",
    "AuditLogCheckpointPermissionCreated": "audit_log_checkpoint_permission_created",
    "AuditLogCheckpointPermissionCreatedData": "audit_log_checkpoint_permission_created_data",
    "AuditLogCheckpointPermissionDeleted": "audit_log_checkpoint_permission_deleted",
    "AuditLogEventType": "audit_log_event_type",
    "AuditLogExternalKeyRegistered": "audit_log_external_key_registered",
    "AuditLogExternalKeyRegisteredData": "audit_log_external_key_registered_data",
    "AuditLogExternalKeyRemoved": "audit_log_external_key_removed",
    "AuditLogGroupCreated": "audit_log_group_created",
    "AuditLogGroupCreatedData": "audit_log_group_created_data",
    "AuditLogGroupDeleted": "audit_log_group_deleted",
    "AuditLogGroupUpdated": "audit_log_group_updated",
    "AuditLogGroupUpdatedChangesRequested": "audit_log_group_updated_changes_requested",
    "AuditLogInviteAccepted": "audit_log_invite_accepted",
    "AuditLogInviteDeleted": "audit_log_invite_deleted",
    "AuditLogInviteSent": "audit_log_invite_sent",
    "AuditLogInviteSentData": "audit_log_invite_sent_data",
    "AuditLogIpAllowlistConfigActivated": "audit_log_ip_allowlist_config_activated",
    "AuditLogIpAllowlistConfigActivatedConfigsItem": "audit_log_ip_allowlist_config_activated_configs_item",
    "AuditLogIpAllowlistConfigDeactivated": "audit_log_ip_allowlist_config_deactivated",
    "AuditLogIpAllowlistCreated": "audit_log_ip_allowlist_created",
    "AuditLogIpAllowlistDeleted": "audit_log_ip_allowlist_deleted",
    "AuditLogIpAllowlistUpdated": "audit_log_ip_allowlist_updated",
    "AuditLogLoginFailed": "audit_log_login_failed",
    "AuditLogLoginSucceeded": "audit_log_login_succeeded",
    "AuditLogLogoutFailed": "audit_log_logout_failed",
    "AuditLogLogoutSucceeded": "audit_log_logout_succeeded",
    "AuditLogOrganizationUpdated": "audit_log_organization_updated",
    "AuditLogOrganizationUpdatedChangesRequested": "audit_log_organization_updated_changes_requested",
    "AuditLogProject": "audit_log_project",
    "AuditLogProjectArchived": "audit_log_project_archived",
    "AuditLogProjectCreated": "audit_log_project_created",
    "AuditLogProjectCreatedData": "audit_log_project_created_data",
    "AuditLogProjectDeleted": "audit_log_project_deleted",
    "AuditLogProjectUpdated": "audit_log_project_updated",
    "AuditLogProjectUpdatedChangesRequested": "audit_log_project_updated_changes_requested",
    "AuditLogRateLimitDeleted": "audit_log_rate_limit_deleted",
    "AuditLogRateLimitUpdated": "audit_log_rate_limit_updated",
    "AuditLogRateLimitUpdatedChangesRequested": "audit_log_rate_limit_updated_changes_requested",
    "AuditLogRoleAssignmentCreated": "audit_log_role_assignment_created",
    "AuditLogRoleAssignmentDeleted": "audit_log_role_assignment_deleted",
    "AuditLogRoleCreated": "audit_log_role_created",
    "AuditLogRoleDeleted": "audit_log_role_deleted",
    "AuditLogRoleUpdated": "audit_log_role_updated",
    "AuditLogRoleUpdatedChangesRequested": "audit_log_role_updated_changes_requested",
    "AuditLogRoleUpdatedChangesRequestedMetadata": "audit_log_role_updated_changes_requested_metadata",
    "AuditLogScimDisabled": "audit_log_scim_disabled",
    "AuditLogScimEnabled": "audit_log_scim_enabled",
    "AuditLogServiceAccountCreated": "audit_log_service_account_created",
    "AuditLogServiceAccountCreatedData": "audit_log_service_account_created_data",
    "AuditLogServiceAccountDeleted": "audit_log_service_account_deleted",
    "AuditLogServiceAccountUpdated": "audit_log_service_account_updated",
    "AuditLogServiceAccountUpdatedChangesRequested": "audit_log_service_account_updated_changes_requested",
    "AuditLogUserAdded": "audit_log_user_added",
    "AuditLogUserAddedData": "audit_log_user_added_data",
    "AuditLogUserDeleted": "audit_log_user_deleted",
    "AuditLogUserUpdated": "audit_log_user_updated",
    "AuditLogUserUpdatedChangesRequested": "audit_log_user_updated_changes_requested",
    "AutoChunkingStrategyRequestParam": "auto_chunking_strategy_request_param",
    "AutoCodeInterpreterToolParam": "auto_code_interpreter_tool_param",
    "AutomaticThreadTitlingParam": "automatic_thread_titling_param",
    "Batch": "batch",
    "BatchErrors": "batch_errors",
    "BatchErrorsDataItem": "batch_errors_data_item",
    "BatchFileExpirationAfter": "batch_file_expiration_after",
    "BatchRequestCounts": "batch_request_counts",
    "BatchStatus": "batch_status",
    "BatchUsage": "batch_usage",
    "BatchUsageInputTokensDetails": "batch_usage_input_tokens_details",
    "BatchUsageOutputTokensDetails": "batch_usage_output_tokens_details",
    "Certificate": "certificate",
    "CertificateCertificateDetails": "certificate_certificate_details",
    "CertificateObject": "certificate_object",
    "ChatCompletionAllowedTools": "chat_completion_allowed_tools",
    "ChatCompletionAllowedToolsChoice": "chat_completion_allowed_tools_choice",
    "ChatCompletionAllowedToolsMode": "chat_completion_allowed_tools_mode",
    "ChatCompletionAllowedToolsToolsItem": "chat_completion_allowed_tools_tools_item",
    "ChatCompletionDeleted": "chat_completion_deleted",
    "ChatCompletionFunctionCallOption": "chat_completion_function_call_option",
    "ChatCompletionFunctions": "chat_completion_functions",
    "ChatCompletionList": "chat_completion_list",
    "ChatCompletionMessageCustomToolCall": "chat_completion_message_custom_tool_call",
    "ChatCompletionMessageCustomToolCallCustom": "chat_completion_message_custom_tool_call_custom",
    "ChatCompletionMessageList": "chat_completion_message_list",
    "ChatCompletionMessageListDataItem": "chat_completion_message_list_data_item",
    "ChatCompletionMessageListDataItemAnnotationsItem": "chat_completion_message_list_data_item_annotations_item",
    "ChatCompletionMessageListDataItemAnnotationsItemUrlCitation": "chat_completion_message_list_data_item_annotations_item_url_citation",
    "ChatCompletionMessageListDataItemAudio": "chat_completion_message_list_data_item_audio",
    "ChatCompletionMessageListDataItemFunctionCall": "chat_completion_message_list_data_item_function_call",
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "ChatCompletionMessageToolCallChunk": "chat_completion_message_tool_call_chunk",
    "ChatCompletionMessageToolCallChunkFunction": "chat_completion_message_tool_call_chunk_function",
    "ChatCompletionMessageToolCallFunction": "chat_completion_message_tool_call_function",
    "ChatCompletionModalitiesItem": "chat_completion_modalities_item",
    "ChatCompletionNamedToolChoice": "chat_completion_named_tool_choice",
    "ChatCompletionNamedToolChoiceCustom": "chat_completion_named_tool_choice_custom",
    "ChatCompletionNamedToolChoiceCustomCustom": "chat_completion_named_tool_choice_custom_custom",
    "ChatCompletionRequestAssistantMessage": "chat_completion_request_assistant_message",
    "ChatCompletionRequestAssistantMessageAudio": "chat_completion_request_assistant_message_audio",
    "ChatCompletionRequestAssistantMessageFunctionCall": "chat_completion_request_assistant_message_function_call",
    "ChatCompletionRequestDeveloperMessage": "chat_completion_request_developer_message",
    "ChatCompletionRequestFunctionMessage": "chat_completion_request_function_message",
    "ChatCompletionRequestMessageContentPartAudio": "chat_completion_request_message_content_part_audio",
    "ChatCompletionRequestMessageContentPartAudioInputAudio": "chat_completion_request_message_content_part_audio_input_audio",
    "ChatCompletionRequestMessageContentPartAudioInputAudioFormat": "chat_completion_request_message_content_part_audio_input_audio_format",
    "ChatCompletionRequestMessageContentPartFile": "chat_completion_request_message_content_part_file",
    "ChatCompletionRequestMessageContentPartFileFile": "chat_completion_request_message_content_part_file_file",
    "ChatCompletionRequestMessageContentPartImage": "chat_completion_request_message_content_part_image",
    "ChatCompletionRequestMessageContentPartImageImageUrl": "chat_completion_request_message_content_part_image_image_url",
    "ChatCompletionRequestMessageContentPartImageImageUrlDetail": "chat_completion_request_message_content_part_image_image_url_detail",
    "ChatCompletionRequestMessageContentPartImagePromptCacheBreakpoint": "chat_completion_request_message_content_part_image_prompt_cache_breakpoint",
    "ChatCompletionRequestMessageContentPartRefusal": "chat_completion_request_message_content_part_refusal",
    "ChatCompletionRequestMessageContentPartText": "chat_completion_request_message_content_part_text",
    "ChatCompletionRequestSystemMessage": "chat_completion_request_system_message",
    "ChatCompletionRequestSystemMessageContentPart": "chat_completion_request_system_message_content_part",
    "ChatCompletionRequestToolMessage": "chat_completion_request_tool_message",
    "ChatCompletionRequestToolMessageContentPart": "chat_completion_request_tool_message_content_part",
    "ChatCompletionRequestUserMessage": "chat_completion_request_user_message",
    "ChatCompletionResponseMessage": "chat_completion_response_message",
    "ChatCompletionRole": "chat_completion_role",
    "ChatCompletionStreamOptions2": "chat_completion_stream_options_2",
    "ChatCompletionStreamResponseDelta": "chat_completion_stream_response_delta",
    "ChatCompletionStreamResponseDeltaAudio": "chat_completion_stream_response_delta_audio",
    "ChatCompletionStreamResponseDeltaFunctionCall": "chat_completion_stream_response_delta_function_call",
    "ChatCompletionStreamResponseDeltaRole": "chat_completion_stream_response_delta_role",
    "ChatCompletionTokenLogprob": "chat_completion_token_logprob",
    "ChatCompletionTokenLogprobTopLogprobsItem": "chat_completion_token_logprob_top_logprobs_item",
    "ChatCompletionTool": "chat_completion_tool",
    "ChatCompletionToolChoiceOptionToolChoiceMode": "chat_completion_tool_choice_option_tool_choice_mode",
    "ChatSessionAutomaticThreadTitling": "chat_session_automatic_thread_titling",
    "ChatSessionChatkitConfiguration": "chat_session_chatkit_configuration",
    "ChatSessionFileUpload": "chat_session_file_upload",
    "ChatSessionHistory": "chat_session_history",
    "ChatSessionRateLimits": "chat_session_rate_limits",
    "ChatSessionResource": "chat_session_resource",
    "ChatSessionStatus": "chat_session_status",
    "ChatkitConfigurationParam": "chatkit_configuration_param",
    "ChatkitWorkflow": "chatkit_workflow",
    "ChatkitWorkflowStateVariables": "chatkit_workflow_state_variables",
    "ChatkitWorkflowTracing": "chatkit_workflow_tracing",
    "ClickButtonType": "click_button_type",
    "ClickParam": "click_param",
    "ClientToolCallItem": "client_tool_call_item",
    "ClientToolCallStatus": "client_tool_call_status",
    "ClosedStatus": "closed_status",
    "CodeInterpreterFileOutput": "code_interpreter_file_output",
    "CodeInterpreterFileOutputFilesItem": "code_interpreter_file_output_files_item",
    "CodeInterpreterOutputImage": "code_interpreter_output_image",
    "CodeInterpreterOutputLogs": "code_interpreter_output_logs",
    "CodeInterpreterTextOutput": "code_interpreter_text_output",
    "CodeInterpreterTool": "code_interpreter_tool",
    "CodeInterpreterToolCall": "code_interpreter_tool_call",
    "CodeInterpreterToolCallStatus": "code_interpreter_tool_call_status",
    "CompactResource": "compact_resource",
    "CompactResourceImage": "compact_resource_image",
    "CompactResponseMethodPublicBody": "compact_response_method_public_body",
    "CompactionBody": "compaction_body",
    "CompactionSummaryItemParam": "compaction_summary_item_param",
    "CompactionTriggerItemParam": "compaction_trigger_item_param",
    "ComparisonFilter": "comparison_filter",
    "ComparisonFilterType": "comparison_filter_type",
    "CompleteUploadRequest": "complete_upload_request",
    "CompletionUsage": "completion_usage",
    "CompletionUsageCompletionTokensDetails": "completion_usage_completion_tokens_details",
    "CompletionUsagePromptTokensDetails": "completion_usage_prompt_tokens_details",
    "CompoundFilter": "compound_filter",
    "CompoundFilterType": "compound_filter_type",
    "ComputerCallOutputItemParam": "computer_call_output_item_param",
    "ComputerCallOutputStatus": "computer_call_output_status",
    "ComputerCallSafetyCheckParam": "computer_call_safety_check_param",
    "ComputerEnvironment": "computer_environment",
    "ComputerScreenshotContent": "computer_screenshot_content",
    "ComputerScreenshotImage": "computer_screenshot_image",
    "ComputerTool": "computer_tool",
    "ComputerToolCall": "computer_tool_call",
    "ComputerToolCallOutput": "computer_tool_call_output",
    "ComputerToolCallOutputResource": "computer_tool_call_output_resource",
    "ComputerToolCallOutputStatus": "computer_tool_call_output_status",
    "ComputerToolCallStatus": "computer_tool_call_status",
    "ComputerUsePreviewTool": "computer_use_preview_tool",
    "ContainerAutoParam": "container_auto_param",
    "ContainerFileCitationBody": "container_file_citation_body",
    "ContainerFileListResource": "container_file_list_resource",
    "ContainerFileResource": "container_file_resource",
    "ContainerListResource": "container_list_resource",
    "ContainerMemoryLimit": "container_memory_limit",
    "ContainerNetworkPolicyAllowlistParam": "container_network_policy_allowlist_param",
    "ContainerNetworkPolicyDisabledParam": "container_network_policy_disabled_param",
    "ContainerNetworkPolicyDomainSecretParam": "container_network_policy_domain_secret_param",
    "ContainerReferenceParam": "container_reference_param",
    "ContainerReferenceResource": "container_reference_resource",
    "ContainerResource": "container_resource",
    "ContainerResourceExpiresAfter": "container_resource_expires_after",
    "ContainerResourceMemoryLimit": "container_resource_memory_limit",
    "ContainerResourceNetworkPolicy": "container_resource_network_policy",
    "ContainerResourceNetworkPolicyType": "container_resource_network_policy_type",
    "ContextManagementParam": "context_management_param",
    "Conversation2": "conversation_2",
    "ConversationItemList": "conversation_item_list",
    "ConversationParam2": "conversation_param_2",
    "ConversationResource": "conversation_resource",
    "CoordParam": "coord_param",
    "CostsResult": "costs_result",
    "CostsResultAmount": "costs_result_amount",
    "CostsResultApiSource": "costs_result_api_source",
    "CostsResultQuantityUnit": "costs_result_quantity_unit",
    "CreateAssistantRequest": "create_assistant_request",
    "CreateAssistantRequestToolResources": "create_assistant_request_tool_resources",
    "CreateAssistantRequestToolResourcesCodeInterpreter": "create_assistant_request_tool_resources_code_interpreter",
    "CreateAssistantRequestToolResourcesFileSearch": "create_assistant_request_tool_resources_file_search",
    "CreateAssistantRequestToolResourcesFileSearchVectorStoresItem": "create_assistant_request_tool_resources_file_search_vector_stores_item",
    "CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyAutoChunkingStrategy": "create_assistant_request_tool_resources_file_search_vector_stores_item_chunking_strategy_auto_chunking_strategy",
    "CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategy": "create_assistant_request_tool_resources_file_search_vector_stores_item_chunking_strategy_static_chunking_strategy",
    "CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategyStatic": "create_assistant_request_tool_resources_file_search_vector_stores_item_chunking_strategy_static_chunking_strategy_static",
    "CreateBatchBody": "create_batch_body",
    "CreateBatchBodyEndpoint": "create_batch_body_endpoint",
    "CreateChatCompletionRequest": "create_chat_completion_request",
    "CreateChatCompletionRequestAudio": "create_chat_completion_request_audio",
    "CreateChatCompletionRequestAudioFormat": "create_chat_completion_request_audio_format",
    "CreateChatCompletionRequestFunctionCallEnum": "create_chat_completion_request_function_call_enum",
    "CreateChatCompletionRequestLogitBias": "create_chat_completion_request_logit_bias",
    "CreateChatCompletionRequestPromptCacheRetention": "create_chat_completion_request_prompt_cache_retention",
    "CreateChatCompletionRequestWebSearchOptions": "create_chat_completion_request_web_search_options",
    "CreateChatCompletionRequestWebSearchOptionsUserLocation": "create_chat_completion_request_web_search_options_user_location",
    "CreateChatCompletionResponse": "create_chat_completion_response",
    "CreateChatCompletionResponseChoicesItem": "create_chat_completion_response_choices_item",
    "CreateChatCompletionResponseChoicesItemFinishReason": "create_chat_completion_response_choices_item_finish_reason",
    "CreateChatCompletionResponseChoicesItemLogprobs": "create_chat_completion_response_choices_item_logprobs",
    "CreateChatCompletionResponseMetadata": "create_chat_completion_response_metadata",
    "CreateChatCompletionResponseModeration": "create_chat_completion_response_moderation",
    "CreateChatCompletionStreamResponse": "create_chat_completion_stream_response",
    "CreateChatCompletionStreamResponseChoicesItem": "create_chat_completion_stream_response_choices_item",
    "CreateChatCompletionStreamResponseChoicesItemFinishReason": "create_chat_completion_stream_response_choices_item_finish_reason",
    "CreateChatCompletionStreamResponseChoicesItemLogprobs": "create_chat_completion_stream_response_choices_item_logprobs",
    "CreateChatSessionBody": "create_chat_session_body",
    "CreateCompletionRequest": "create_completion_request",
    "CreateCompletionRequestModelEnum": "create_completion_request_model_enum",
    "CreateCompletionResponse": "create_completion_response",
    "CreateCompletionResponseChoicesItem": "create_completion_response_choices_item",
    "CreateCompletionResponseChoicesItemFinishReason": "create_completion_response_choices_item_finish_reason",
    "CreateCompletionResponseChoicesItemLogprobs": "create_completion_response_choices_item_logprobs",
    "CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem": "create_completion_response_choices_item_logprobs_top_logprobs_item",
    "CreateContainerBody": "create_container_body",
    "CreateContainerBodyExpiresAfter": "create_container_body_expires_after",
    "CreateContainerBodyMemoryLimit": "create_container_body_memory_limit",
    "CreateContainerFileBody": "create_container_file_body",
    "CreateConversationBody": "create_conversation_body",
    "CreateConversationItemsBody": "create_conversation_items_body",
    "CreateEmbeddingRequest": "create_embedding_request",
    "CreateEmbeddingRequestEncodingFormat": "create_embedding_request_encoding_format",
    "CreateEmbeddingRequestModelEnum": "create_embedding_request_model_enum",
    "CreateEmbeddingResponse": "create_embedding_response",
    "CreateEmbeddingResponseUsage": "create_embedding_response_usage",
    "CreateEvalCompletionsRunDataSource": "create_eval_completions_run_data_source",
    "CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages": "create_eval_completions_run_data_source_input_messages_item_reference_input_messages",
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages": "create_eval_completions_run_data_source_input_messages_template_input_messages",
    "CreateEvalCompletionsRunDataSourceSamplingParams": "create_eval_completions_run_data_source_sampling_params",
    "CreateEvalCustomDataSourceConfig": "create_eval_custom_data_source_config",
    "CreateEvalCustomDataSourceConfigItemSchema": "create_eval_custom_data_source_config_item_schema",
    "CreateEvalItemSimpleInputMessage": "create_eval_item_simple_input_message",
    "CreateEvalJsonlRunDataSource": "create_eval_jsonl_run_data_source",
    "CreateEvalLabelModelGrader": "create_eval_label_model_grader",
    "CreateEvalLogsDataSourceConfig": "create_eval_logs_data_source_config",
    "CreateEvalLogsDataSourceConfigMetadata": "create_eval_logs_data_source_config_metadata",
    "CreateEvalRequest": "create_eval_request",
    "CreateEvalResponsesRunDataSource": "create_eval_responses_run_data_source",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference": "create_eval_responses_run_data_source_input_messages_input_messages_item_reference",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate": "create_eval_responses_run_data_source_input_messages_input_messages_template",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage": "create_eval_responses_run_data_source_input_messages_input_messages_template_template_item_chat_message",
    "CreateEvalResponsesRunDataSourceSamplingParams": "create_eval_responses_run_data_source_sampling_params",
    "CreateEvalResponsesRunDataSourceSamplingParamsText": "create_eval_responses_run_data_source_sampling_params_text",
    "CreateEvalRunRequest": "create_eval_run_request",
    "CreateEvalStoredCompletionsDataSourceConfig": "create_eval_stored_completions_data_source_config",
    "CreateEvalStoredCompletionsDataSourceConfigMetadata": "create_eval_stored_completions_data_source_config_metadata",
    "CreateFileRequest": "create_file_request",
    "CreateFileRequestPurpose": "create_file_request_purpose",
    "CreateFineTuningCheckpointPermissionRequest": "create_fine_tuning_checkpoint_permission_request",
    "CreateFineTuningJobRequest": "create_fine_tuning_job_request",
    "CreateFineTuningJobRequestHyperparameters": "create_fine_tuning_job_request_hyperparameters",
    "CreateFineTuningJobRequestHyperparametersBatchSizeEnum": "create_fine_tuning_job_request_hyperparameters_batch_size_enum",
    "CreateFineTuningJobRequestIntegrationsItem": "create_fine_tuning_job_request_integrations_item",
    "CreateFineTuningJobRequestIntegrationsItemWandb": "create_fine_tuning_job_request_integrations_item_wandb",
    "CreateFineTuningJobRequestModelEnum": "create_fine_tuning_job_request_model_enum",
    "CreateGroupBody": "create_group_body",
    "CreateGroupUserBody": "create_group_user_body",
    "CreateImageEditRequest": "create_image_edit_request",
    "CreateImageEditRequestBackground": "create_image_edit_request_background",
    "CreateImageEditRequestModelEnum": "create_image_edit_request_model_enum",
    "CreateImageEditRequestOutputFormat": "create_image_edit_request_output_format",
    "CreateImageEditRequestQuality": "create_image_edit_request_quality",
    "CreateImageEditRequestResponseFormat": "create_image_edit_request_response_format",
    "CreateImageEditRequestSizeEnum": "create_image_edit_request_size_enum",
    "CreateImageRequest": "create_image_request",
    "CreateImageRequestModelEnum": "create_image_request_model_enum",
    "CreateImageRequestModeration": "create_image_request_moderation",
    "CreateImageRequestQuality": "create_image_request_quality",
    "CreateImageRequestSizeEnum": "create_image_request_size_enum",
    "CreateImageRequestStyle": "create_image_request_style",
    "CreateImageVariationRequest": "create_image_variation_request",
    "CreateImageVariationRequestModelEnum": "create_image_variation_request_model_enum",
    "CreateImageVariationRequestSize": "create_image_variation_request_size",
    "CreateMessageRequest": "create_message_request",
    "CreateMessageRequestAttachmentsItem": "create_message_request_attachments_item",
    "CreateMessageRequestRole": "create_message_request_role",
    "CreateModelResponseProperties": "create_model_response_properties",
    "CreateModerationRequest": "create_moderation_request",
    "CreateModerationRequestInputVariant3ItemImageUrl": "create_moderation_request_input_variant_3_item_image_url",
    "CreateModerationRequestInputVariant3ItemImageUrlImageUrl": "create_moderation_request_input_variant_3_item_image_url_image_url",
    "CreateModerationRequestInputVariant3ItemText": "create_moderation_request_input_variant_3_item_text",
    "CreateModerationRequestModelEnum": "create_moderation_request_model_enum",
    "CreateModerationResponse": "create_moderation_response",
    "CreateModerationResponseResultsItem": "create_moderation_response_results_item",
    "CreateModerationResponseResultsItemCategories": "create_moderation_response_results_item_categories",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypes": "create_moderation_response_results_item_category_applied_input_types",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem": "create_moderation_response_results_item_category_applied_input_types_self_harm_item",
    "CreateModerationResponseResultsItemCategoryScores": "create_moderation_response_results_item_category_scores",
    "CreateResponse": "create_response",
    "CreateResponseTruncation": "create_response_truncation",
    "CreateRunRequest": "create_run_request",
    "CreateRunRequestTruncationStrategy": "create_run_request_truncation_strategy",
    "CreateRunRequestTruncationStrategyType": "create_run_request_truncation_strategy_type",
    "CreateSkillBody": "create_skill_body",
    "CreateSkillVersionBody": "create_skill_version_body",
    "CreateSpeechRequest": "create_speech_request",
    "CreateSpeechRequestModelEnum": "create_speech_request_model_enum",
    "CreateSpeechRequestResponseFormat": "create_speech_request_response_format",
    "CreateSpeechRequestStreamFormat": "create_speech_request_stream_format",
    "CreateSpendAlertBody": "create_spend_alert_body",
    "CreateThreadAndRunRequest": "create_thread_and_run_request",
    "CreateThreadAndRunRequestModelEnum": "create_thread_and_run_request_model_enum",
    "CreateThreadAndRunRequestToolResources": "create_thread_and_run_request_tool_resources",
    "CreateThreadRequest": "create_thread_request",
    "CreateThreadRequestToolResources": "create_thread_request_tool_resources",
    "CreateThreadRequestToolResourcesFileSearch": "create_thread_request_tool_resources_file_search",
    "CreateTranscriptionRequest": "create_transcription_request",
    "CreateTranscriptionRequestChunkingStrategyEnum": "create_transcription_request_chunking_strategy_enum",
    "CreateTranscriptionRequestModelEnum": "create_transcription_request_model_enum",
    "CreateTranscriptionRequestTimestampGranularitiesItem": "create_transcription_request_timestamp_granularities_item",
    "CreateTranscriptionResponseDiarizedJson": "create_transcription_response_diarized_json",
    "CreateTranscriptionResponseJson": "create_transcription_response_json",
    "CreateTranscriptionResponseJsonLanguagesItem": "create_transcription_response_json_languages_item",
    "CreateTranscriptionResponseJsonLogprobsItem": "create_transcription_response_json_logprobs_item",
    "CreateTranscriptionResponseVerboseJson": "create_transcription_response_verbose_json",
    "CreateTranslationRequest": "create_translation_request",
    "CreateTranslationRequestModelEnum": "create_translation_request_model_enum",
    "CreateTranslationRequestResponseFormat": "create_translation_request_response_format",
    "CreateTranslationResponseJson": "create_translation_response_json",
    "CreateTranslationResponseVerboseJson": "create_translation_response_verbose_json",
    "CreateUploadRequest": "create_upload_request",
    "CreateUploadRequestPurpose": "create_upload_request_purpose",
    "CreateVectorStoreFileBatchRequest": "create_vector_store_file_batch_request",
    "CreateVectorStoreFileRequest": "create_vector_store_file_request",
    "CreateVectorStoreRequest": "create_vector_store_request",
    "CreateVideoCharacterBody": "create_video_character_body",
    "CreateVideoEditJsonBody": "create_video_edit_json_body",
    "CreateVideoEditMultipartBody": "create_video_edit_multipart_body",
    "CreateVideoExtendJsonBody": "create_video_extend_json_body",
    "CreateVideoExtendMultipartBody": "create_video_extend_multipart_body",
    "CreateVideoJsonBody": "create_video_json_body",
    "CreateVideoMultipartBody": "create_video_multipart_body",
    "CreateVideoRemixBody": "create_video_remix_body",
    "CreateVoiceConsentRequest": "create_voice_consent_request",
    "CreateVoiceRequest": "create_voice_request",
    "CustomGrammarFormatParam": "custom_grammar_format_param",
    "CustomTextFormatParam": "custom_text_format_param",
    "CustomToolCall": "custom_tool_call",
    "CustomToolCallOutput": "custom_tool_call_output",
    "CustomToolCallOutputResource": "custom_tool_call_output_resource",
    "CustomToolCallResource": "custom_tool_call_resource",
    "CustomToolChatCompletions": "custom_tool_chat_completions",
    "CustomToolChatCompletionsCustom": "custom_tool_chat_completions_custom",
    "CustomToolChatCompletionsCustomFormatGrammarFormat": "custom_tool_chat_completions_custom_format_grammar_format",
    "CustomToolChatCompletionsCustomFormatGrammarFormatGrammar": "custom_tool_chat_completions_custom_format_grammar_format_grammar",
    "CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax": "custom_tool_chat_completions_custom_format_grammar_format_grammar_syntax",
    "CustomToolChatCompletionsCustomFormatTextFormat": "custom_tool_chat_completions_custom_format_text_format",
    "CustomToolParam": "custom_tool_param",
    "DeleteAssistantResponse": "delete_assistant_response",
    "DeleteCertificateResponse": "delete_certificate_response",
    "DeleteEvalResponse": "delete_eval_response",
    "DeleteEvalRunResponse": "delete_eval_run_response",
    "DeleteFileResponse": "delete_file_response",
    "DeleteFineTuningCheckpointPermissionResponse": "delete_fine_tuning_checkpoint_permission_response",
    "DeleteMessageResponse": "delete_message_response",
    "DeleteModelResponse": "delete_model_response",
    "DeleteThreadResponse": "delete_thread_response",
    "DeleteVectorStoreFileResponse": "delete_vector_store_file_response",
    "DeleteVectorStoreResponse": "delete_vector_store_response",
    "DeletedConversation": "deleted_conversation",
    "DeletedConversationResource": "deleted_conversation_resource",
    "DeletedRoleAssignmentResource": "deleted_role_assignment_resource",
    "DeletedSkillResource": "deleted_skill_resource",
    "DeletedSkillVersionResource": "deleted_skill_version_resource",
    "DeletedThreadResource": "deleted_thread_resource",
    "DeletedVideoResource": "deleted_video_resource",
    "DetailEnum": "detail_enum",
    "DoneEvent": "done_event",
    "DoubleClickAction": "double_click_action",
    "DragParam": "drag_param",
    "DragPoint": "drag_point",
    "EasyInputMessage": "easy_input_message",
    "EasyInputMessageRole": "easy_input_message_role",
    "EditImageBodyJsonParam": "edit_image_body_json_param",
    "EditImageBodyJsonParamInputFidelity": "edit_image_body_json_param_input_fidelity",
    "EditImageBodyJsonParamModelEnum": "edit_image_body_json_param_model_enum",
    "EditImageBodyJsonParamQuality": "edit_image_body_json_param_quality",
    "EditImageBodyJsonParamSize": "edit_image_body_json_param_size",
    "Embedding": "embedding",
    "EmptyModelParam": "empty_model_param",
    "Error": "error",
    "Error2": "error_2",
    "Error2Headers": "error_2_headers",
    "ErrorEvent": "error_event",
    "ErrorMisalignment": "error_misalignment",
    "ErrorResponse": "error_response",
    "Eval": "eval_",
    "EvalApiError": "eval_api_error",
    "EvalCustomDataSourceConfig": "eval_custom_data_source_config",
    "EvalCustomDataSourceConfigSchema": "eval_custom_data_source_config_schema",
    "EvalGraderLabelModel": "eval_grader_label_model",
    "EvalGraderPython": "eval_grader_python",
    "EvalGraderScoreModel": "eval_grader_score_model",
    "EvalGraderScoreModelSamplingParams": "eval_grader_score_model_sampling_params",
    "EvalGraderStringCheck": "eval_grader_string_check",
    "EvalGraderTextSimilarity": "eval_grader_text_similarity",
    "EvalGraderTextSimilarityEvaluationMetric": "eval_grader_text_similarity_evaluation_metric",
    "EvalItem": "eval_item",
    "EvalItemContentOutputText": "eval_item_content_output_text",
    "EvalItemInputImage": "eval_item_input_image",
    "EvalJsonlFileContentSource": "eval_jsonl_file_content_source",
    "EvalJsonlFileContentSourceContentItem": "eval_jsonl_file_content_source_content_item",
    "EvalJsonlFileContentSourceContentItemItem": "eval_jsonl_file_content_source_content_item_item",
    "EvalJsonlFileContentSourceContentItemSample": "eval_jsonl_file_content_source_content_item_sample",
    "EvalJsonlFileIdSource": "eval_jsonl_file_id_source",
    "EvalList": "eval_list",
    "EvalLogsDataSourceConfig": "eval_logs_data_source_config",
    "EvalResponsesSource": "eval_responses_source",
    "EvalResponsesSourceMetadata": "eval_responses_source_metadata",
    "EvalRun": "eval_run",
    "EvalRunList": "eval_run_list",
    "EvalRunOutputItem": "eval_run_output_item",
    "EvalRunOutputItemDatasourceItem": "eval_run_output_item_datasource_item",
    "EvalRunOutputItemList": "eval_run_output_item_list",
    "EvalRunOutputItemResult": "eval_run_output_item_result",
    "EvalRunOutputItemSample": "eval_run_output_item_sample",
    "EvalRunOutputItemSampleInputItem": "eval_run_output_item_sample_input_item",
    "EvalRunOutputItemSampleOutputItem": "eval_run_output_item_sample_output_item",
    "EvalRunOutputItemSampleUsage": "eval_run_output_item_sample_usage",
    "EvalRunPerModelUsageItem": "eval_run_per_model_usage_item",
    "EvalRunPerTestingCriteriaResultsItem": "eval_run_per_testing_criteria_results_item",
    "EvalRunResultCounts": "eval_run_result_counts",
    "EvalStoredCompletionsDataSourceConfig": "eval_stored_completions_data_source_config",
    "EvalStoredCompletionsSource": "eval_stored_completions_source",
    "ExpiresAfterParam": "expires_after_param",
    "FileAnnotation": "file_annotation",
    "FileAnnotationSource": "file_annotation_source",
    "FileCitationBody": "file_citation_body",
    "FileDetailEnum": "file_detail_enum",
    "FileExpirationAfter": "file_expiration_after",
    "FileInputDetail": "file_input_detail",
    "FilePath": "file_path",
    "FileSearchRanker": "file_search_ranker",
    "FileSearchRankingOptions": "file_search_ranking_options",
    "FileSearchTool": "file_search_tool",
    "FileSearchToolCall": "file_search_tool_call",
    "FileSearchToolCallResultsItem": "file_search_tool_call_results_item",
    "FileSearchToolCallStatus": "file_search_tool_call_status",
    "FileUploadParam": "file_upload_param",
    "FineTuneChatCompletionRequestAssistantMessage": "fine_tune_chat_completion_request_assistant_message",
    "FineTuneChatCompletionRequestAssistantMessageWeight": "fine_tune_chat_completion_request_assistant_message_weight",
    "FineTuneDPOHyperparameters": "fine_tune_dpo_hyperparameters",
    "FineTuneDPOMethod": "fine_tune_dpo_method",
    "FineTuneMethod": "fine_tune_method",
    "FineTuneMethodType": "fine_tune_method_type",
    "FineTuneReinforcementHyperparameters": "fine_tune_reinforcement_hyperparameters",
    "FineTuneReinforcementHyperparametersReasoningEffort": "fine_tune_reinforcement_hyperparameters_reasoning_effort",
    "FineTuneReinforcementMethod": "fine_tune_reinforcement_method",
    "FineTuneSupervisedHyperparameters": "fine_tune_supervised_hyperparameters",
    "FineTuneSupervisedMethod": "fine_tune_supervised_method",
    "FineTuningCheckpointPermission": "fine_tuning_checkpoint_permission",
    "FineTuningIntegration": "fine_tuning_integration",
    "FineTuningIntegrationWandb": "fine_tuning_integration_wandb",
    "FineTuningJob": "fine_tuning_job",
    "FineTuningJobCheckpoint": "fine_tuning_job_checkpoint",
    "FineTuningJobCheckpointMetrics": "fine_tuning_job_checkpoint_metrics",
    "FineTuningJobError": "fine_tuning_job_error",
    "FineTuningJobEvent": "fine_tuning_job_event",
    "FineTuningJobEventData": "fine_tuning_job_event_data",
    "FineTuningJobEventLevel": "fine_tuning_job_event_level",
    "FineTuningJobEventType": "fine_tuning_job_event_type",
    "FineTuningJobHyperparameters": "fine_tuning_job_hyperparameters",
    "FineTuningJobStatus": "fine_tuning_job_status",
    "FunctionCallItemStatus": "function_call_item_status",
    "FunctionCallOutputItemParam": "function_call_output_item_param",
    "FunctionCallOutputStatusEnum": "function_call_output_status_enum",
    "FunctionCallStatus": "function_call_status",
    "FunctionObject": "function_object",
    "FunctionParameters": "function_parameters",
    "FunctionShellAction": "function_shell_action",
    "FunctionShellActionParam": "function_shell_action_param",
    "FunctionShellCall": "function_shell_call",
    "FunctionShellCallItemParam": "function_shell_call_item_param",
    "FunctionShellCallItemStatus": "function_shell_call_item_status",
    "FunctionShellCallOutput": "function_shell_call_output",
    "FunctionShellCallOutputContent": "function_shell_call_output_content",
    "FunctionShellCallOutputContentParam": "function_shell_call_output_content_param",
    "FunctionShellCallOutputExitOutcome": "function_shell_call_output_exit_outcome",
    "FunctionShellCallOutputExitOutcomeParam": "function_shell_call_output_exit_outcome_param",
    "FunctionShellCallOutputItemParam": "function_shell_call_output_item_param",
    "FunctionShellCallOutputStatusEnum": "function_shell_call_output_status_enum",
    "FunctionShellCallOutputTimeoutOutcome": "function_shell_call_output_timeout_outcome",
    "FunctionShellCallOutputTimeoutOutcomeParam": "function_shell_call_output_timeout_outcome_param",
    "FunctionShellCallStatus": "function_shell_call_status",
    "FunctionShellToolParam": "function_shell_tool_param",
    "FunctionTool": "function_tool",
    "FunctionToolCall": "function_tool_call",
    "FunctionToolCallOutput": "function_tool_call_output",
    "FunctionToolCallOutputResource": "function_tool_call_output_resource",
    "FunctionToolCallResource": "function_tool_call_resource",
    "FunctionToolOutputSchema": "function_tool_output_schema",
    "FunctionToolParam": "function_tool_param",
    "FunctionToolParameters": "function_tool_parameters",
    "GetEvalRunOutputItemsStatus": "get_eval_run_output_items_status",
    "GetEvalRunsStatus": "get_eval_runs_status",
    "GraderLabelModel": "grader_label_model",
    "GraderMulti": "grader_multi",
    "GraderPython": "grader_python",
    "GraderScoreModel": "grader_score_model",
    "GraderStringCheck": "grader_string_check",
    "GraderStringCheckOperation": "grader_string_check_operation",
    "GraderTextSimilarity": "grader_text_similarity",
    "GrammarSyntax1": "grammar_syntax_1",
    "Group": "group",
    "GroupDeletedResource": "group_deleted_resource",
    "GroupListResource": "group_list_resource",
    "GroupMemberUser": "group_member_user",
    "GroupMemberUserUserType": "group_member_user_user_type",
    "GroupResourceWithSuccess": "group_resource_with_success",
    "GroupResponse": "group_response",
    "GroupResponseGroupType": "group_response_group_type",
    "GroupRoleAssignment": "group_role_assignment",
    "GroupUser": "group_user",
    "GroupUserAssignment": "group_user_assignment",
    "GroupUserDeletedResource": "group_user_deleted_resource",
    "HistoryParam": "history_param",
    "HostedToolPermission": "hosted_tool_permission",
    "HostedToolPermissionUpdate": "hosted_tool_permission_update",
    "HybridSearchOptions": "hybrid_search_options",
    "Image": "image",
    "ImageDetail": "image_detail",
    "ImageEditCompletedEvent": "image_edit_completed_event",
    "ImageEditCompletedEventBackground": "image_edit_completed_event_background",
    "ImageEditCompletedEventOutputFormat": "image_edit_completed_event_output_format",
    "ImageEditCompletedEventQuality": "image_edit_completed_event_quality",
    "ImageEditCompletedEventSize": "image_edit_completed_event_size",
    "ImageEditPartialImageEvent": "image_edit_partial_image_event",
    "ImageEditPartialImageEventBackground": "image_edit_partial_image_event_background",
    "ImageEditPartialImageEventOutputFormat": "image_edit_partial_image_event_output_format",
    "ImageEditPartialImageEventQuality": "image_edit_partial_image_event_quality",
    "ImageEditPartialImageEventSize": "image_edit_partial_image_event_size",
    "ImageGenActionEnum": "image_gen_action_enum",
    "ImageGenCompletedEvent": "image_gen_completed_event",
    "ImageGenCompletedEventBackground": "image_gen_completed_event_background",
    "ImageGenCompletedEventOutputFormat": "image_gen_completed_event_output_format",
    "ImageGenCompletedEventQuality": "image_gen_completed_event_quality",
    "ImageGenCompletedEventSize": "image_gen_completed_event_size",
    "ImageGenInputUsageDetails": "image_gen_input_usage_details",
    "ImageGenOutputTokensDetails": "image_gen_output_tokens_details",
    "ImageGenPartialImageEvent": "image_gen_partial_image_event",
    "ImageGenPartialImageEventBackground": "image_gen_partial_image_event_background",
    "ImageGenPartialImageEventOutputFormat": "image_gen_partial_image_event_output_format",
    "ImageGenPartialImageEventQuality": "image_gen_partial_image_event_quality",
    "ImageGenPartialImageEventSize": "image_gen_partial_image_event_size",
    "ImageGenTool": "image_gen_tool",
    "ImageGenToolBackground": "image_gen_tool_background",
    "ImageGenToolCall": "image_gen_tool_call",
    "ImageGenToolCallStatus": "image_gen_tool_call_status",
    "ImageGenToolComplexity": "image_gen_tool_complexity",
    "ImageGenToolInputImageMask": "image_gen_tool_input_image_mask",
    "ImageGenToolModelEnum": "image_gen_tool_model_enum",
    "ImageGenToolModeration": "image_gen_tool_moderation",
    "ImageGenToolOutputFormat": "image_gen_tool_output_format",
    "ImageGenToolQuality": "image_gen_tool_quality",
    "ImageGenToolSizeEnum": "image_gen_tool_size_enum",
    "ImageGenToolSvg": "image_gen_tool_svg",
    "ImageGenUsage": "image_gen_usage",
    "ImageRefParam": "image_ref_param",
    "ImageRefParam2": "image_ref_param_2",
    "ImagesResponse": "images_response",
    "ImagesResponseBackground": "images_response_background",
    "ImagesResponseOutputFormat": "images_response_output_format",
    "ImagesResponseQuality": "images_response_quality",
    "ImagesResponseSize": "images_response_size",
    "ImagesResponseSvgUsage": "images_response_svg_usage",
    "ImagesUsage": "images_usage",
    "ImagesUsageInputTokensDetails": "images_usage_input_tokens_details",
    "IncludeEnum": "include_enum",
    "InferenceOptions": "inference_options",
    "InlineSkillParam": "inline_skill_param",
    "InlineSkillSourceParam": "inline_skill_source_param",
    "InputAudio": "input_audio",
    "InputAudioInputAudio": "input_audio_input_audio",
    "InputAudioInputAudioFormat": "input_audio_input_audio_format",
    "InputFidelity": "input_fidelity",
    "InputFileContent": "input_file_content",
    "InputFileContentParam": "input_file_content_param",
    "InputImageContent": "input_image_content",
    "InputImageContentParamAutoParam": "input_image_content_param_auto_param",
    "InputMessage": "input_message",
    "InputMessageResource": "input_message_resource",
    "InputMessageRole": "input_message_role",
    "InputMessageStatus": "input_message_status",
    "InputTextContent": "input_text_content",
    "InputTextContentParam": "input_text_content_param",
    "Invite": "invite",
    "InviteDeleteResponse": "invite_delete_response",
    "InviteListResponse": "invite_list_response",
    "InviteProjectGroupBody": "invite_project_group_body",
    "InviteProjectsItem": "invite_projects_item",
    "InviteProjectsItemRole": "invite_projects_item_role",
    "InviteRequest": "invite_request",
    "InviteRequestRole": "invite_request_role",
    "InviteRole": "invite_role",
    "InviteStatus": "invite_status",
    "ItemReferenceParam": "item_reference_param",
    "ItemReferenceParamType": "item_reference_param_type",
    "KeyPressAction": "key_press_action",
    "ListAssistantsOrder": "list_assistants_order",
    "ListAssistantsResponse": "list_assistants_response",
    "ListAuditLogsEffectiveAt": "list_audit_logs_effective_at",
    "ListAuditLogsResponse": "list_audit_logs_response",
    "ListBatchesResponse": "list_batches_response",
    "ListCertificatesResponse": "list_certificates_response",
    "ListChatCompletionsOrder": "list_chat_completions_order",
    "ListConversationItemsOrder": "list_conversation_items_order",
    "ListEvalsOrderBy": "list_evals_order_by",
    "ListFilesInVectorStoreBatchFilter": "list_files_in_vector_store_batch_filter",
    "ListFilesResponse": "list_files_response",
    "ListFineTuningCheckpointPermissionResponse": "list_fine_tuning_checkpoint_permission_response",
    "ListFineTuningCheckpointPermissionsOrder": "list_fine_tuning_checkpoint_permissions_order",
    "ListFineTuningJobCheckpointsResponse": "list_fine_tuning_job_checkpoints_response",
    "ListFineTuningJobEventsResponse": "list_fine_tuning_job_events_response",
    "ListMessagesResponse": "list_messages_response",
    "ListModelsResponse": "list_models_response",
    "ListPaginatedFineTuningJobsMetadata": "list_paginated_fine_tuning_jobs_metadata",
    "ListPaginatedFineTuningJobsResponse": "list_paginated_fine_tuning_jobs_response",
    "ListProjectCertificatesResponse": "list_project_certificates_response",
    "ListRunStepsResponse": "list_run_steps_response",
    "ListRunsResponse": "list_runs_response",
    "ListVectorStoreFilesResponse": "list_vector_store_files_response",
    "ListVectorStoresResponse": "list_vector_stores_response",
    "LocalEnvironmentParam": "local_environment_param",
    "LocalEnvironmentResource": "local_environment_resource",
    "LocalShellExecAction": "local_shell_exec_action",
    "LocalShellExecActionEnv": "local_shell_exec_action_env",
    "LocalShellToolCall": "local_shell_tool_call",
    "LocalShellToolCallOutput": "local_shell_tool_call_output",
    "LocalShellToolCallOutputStatus": "local_shell_tool_call_output_status",
    "LocalShellToolCallStatus": "local_shell_tool_call_status",
    "LocalShellToolParam": "local_shell_tool_param",
    "LocalSkillParam": "local_skill_param",
    "LockedStatus": "locked_status",
    "LogProb": "log_prob",
    "LogProbProperties": "log_prob_properties",
    "MCPApprovalRequest": "mcp_approval_request",
    "MCPApprovalResponse": "mcp_approval_response",
    "MCPApprovalResponseResource": "mcp_approval_response_resource",
    "MCPListTools": "mcp_list_tools",
    "MCPListToolsTool": "mcp_list_tools_tool",
    "MCPListToolsToolAnnotations": "mcp_list_tools_tool_annotations",
    "MCPListToolsToolInputSchema": "mcp_list_tools_tool_input_schema",
    "MCPTool": "mcp_tool",
    "MCPToolCall": "mcp_tool_call",
    "MCPToolCallStatus": "mcp_tool_call_status",
    "MCPToolConnectorId": "mcp_tool_connector_id",
    "MCPToolFilter": "mcp_tool_filter",
    "MCPToolHeaders": "mcp_tool_headers",
    "MCPToolRequireApprovalMCPToolApprovalFilter": "mcp_tool_require_approval_mcp_tool_approval_filter",
    "MCPToolRequireApprovalMCPToolApprovalSetting": "mcp_tool_require_approval_mcp_tool_approval_setting",
    "Message": "message",
    "MessageContentImageFileObject": "message_content_image_file_object",
    "MessageContentImageFileObjectImageFile": "message_content_image_file_object_image_file",
    "MessageContentImageFileObjectImageFileDetail": "message_content_image_file_object_image_file_detail",
    "MessageContentImageUrlObject": "message_content_image_url_object",
    "MessageContentImageUrlObjectImageUrl": "message_content_image_url_object_image_url",
    "MessageContentImageUrlObjectImageUrlDetail": "message_content_image_url_object_image_url_detail",
    "MessageContentRefusalObject": "message_content_refusal_object",
    "MessageContentTextAnnotationsFileCitationObject": "message_content_text_annotations_file_citation_object",
    "MessageContentTextAnnotationsFileCitationObjectFileCitation": "message_content_text_annotations_file_citation_object_file_citation",
    "MessageContentTextAnnotationsFilePathObject": "message_content_text_annotations_file_path_object",
    "MessageContentTextAnnotationsFilePathObjectFilePath": "message_content_text_annotations_file_path_object_file_path",
    "MessageContentTextObject": "message_content_text_object",
    "MessageContentTextObjectText": "message_content_text_object_text",
    "MessageDeltaContentImageFileObject": "message_delta_content_image_file_object",
    "MessageDeltaContentImageFileObjectImageFile": "message_delta_content_image_file_object_image_file",
    "MessageDeltaContentImageUrlObject": "message_delta_content_image_url_object",
    "MessageDeltaContentImageUrlObjectImageUrl": "message_delta_content_image_url_object_image_url",
    "MessageDeltaContentImageUrlObjectImageUrlDetail": "message_delta_content_image_url_object_image_url_detail",
    "MessageDeltaContentRefusalObject": "message_delta_content_refusal_object",
    "MessageDeltaContentTextAnnotationsFileCitationObject": "message_delta_content_text_annotations_file_citation_object",
    "MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation": "message_delta_content_text_annotations_file_citation_object_file_citation",
    "MessageDeltaContentTextAnnotationsFilePathObject": "message_delta_content_text_annotations_file_path_object",
    "MessageDeltaContentTextAnnotationsFilePathObjectFilePath": "message_delta_content_text_annotations_file_path_object_file_path",
    "MessageDeltaContentTextObject": "message_delta_content_text_object",
    "MessageDeltaContentTextObjectText": "message_delta_content_text_object_text",
    "MessageDeltaObject": "message_delta_object",
    "MessageDeltaObjectDelta": "message_delta_object_delta",
    "MessageDeltaObjectDeltaRole": "message_delta_object_delta_role",
    "MessageObject": "message_object",
    "MessageObjectIncompleteDetails": "message_object_incomplete_details",
    "MessageObjectIncompleteDetailsReason": "message_object_incomplete_details_reason",
    "MessageObjectStatus": "message_object_status",
    "MessagePhase": "message_phase",
    "MessagePhase2": "message_phase_2",
    "MessageRequestContentTextObject": "message_request_content_text_object",
    "MessageRole": "message_role",
    "MessageStatus": "message_status",
    "MessageStreamEventThreadMessageCompleted": "message_stream_event_thread_message_completed",
    "MessageStreamEventThreadMessageCreated": "message_stream_event_thread_message_created",
    "MessageStreamEventThreadMessageDelta": "message_stream_event_thread_message_delta",
    "MessageStreamEventThreadMessageInProgress": "message_stream_event_thread_message_in_progress",
    "MessageStreamEventThreadMessageIncomplete": "message_stream_event_thread_message_incomplete",
    "Metadata2": "metadata_2",
    "Model": "model",
    "ModelIdsResponsesResponsesOnlyModel": "model_ids_responses_responses_only_model",
    "ModelIdsSharedEnum": "model_ids_shared_enum",
    "ModelResponseProperties": "model_response_properties",
    "ModifyAssistantRequest": "modify_assistant_request",
    "ModifyAssistantRequestToolResources": "modify_assistant_request_tool_resources",
    "ModifyAssistantRequestToolResourcesCodeInterpreter": "modify_assistant_request_tool_resources_code_interpreter",
    "ModifyAssistantRequestToolResourcesFileSearch": "modify_assistant_request_tool_resources_file_search",
    "ModifyCertificateRequest": "modify_certificate_request",
    "ModifyMessageRequest": "modify_message_request",
    "ModifyRunRequest": "modify_run_request",
    "ModifyThreadRequest": "modify_thread_request",
    "ModifyThreadRequestToolResources": "modify_thread_request_tool_resources",
    "ModifyThreadRequestToolResourcesFileSearch": "modify_thread_request_tool_resources_file_search",
    "MoveParam": "move_param",
    "NamespaceToolParam": "namespace_tool_param",
    "NoiseReductionType": "noise_reduction_type",
    "OpenAIFile": "open_ai_file",
    "OpenAIFilePurpose": "open_ai_file_purpose",
    "OpenAIFileStatus": "open_ai_file_status",
    "OrderEnum": "order_enum",
    "OrganizationCertificate": "organization_certificate",
    "OrganizationCertificateActivationResponse": "organization_certificate_activation_response",
    "OrganizationCertificateCertificateDetails": "organization_certificate_certificate_details",
    "OrganizationCertificateDeactivationResponse": "organization_certificate_deactivation_response",
    "OrganizationDataRetention": "organization_data_retention",
    "OrganizationDataRetentionType": "organization_data_retention_type",
    "OrganizationProjectCertificate": "organization_project_certificate",
    "OrganizationProjectCertificateActivationResponse": "organization_project_certificate_activation_response",
    "OrganizationProjectCertificateDeactivationResponse": "organization_project_certificate_deactivation_response",
    "OrganizationSpendAlert": "organization_spend_alert",
    "OrganizationSpendAlertDeletedResource": "organization_spend_alert_deleted_resource",
    "OrganizationSpendAlertListResource": "organization_spend_alert_list_resource",
    "OtherChunkingStrategyResponseParam": "other_chunking_strategy_response_param",
    "OutputAudio": "output_audio",
    "OutputMessage": "output_message",
    "OutputTextContent": "output_text_content",
    "PredictionContent": "prediction_content",
    "Project": "project",
    "ProjectApiKey": "project_api_key",
    "ProjectApiKeyDeleteResponse": "project_api_key_delete_response",
    "ProjectApiKeyListResponse": "project_api_key_list_response",
    "ProjectApiKeyOwner": "project_api_key_owner",
    "ProjectApiKeyOwnerProjectAccess": "project_api_key_owner_project_access",
    "ProjectApiKeyOwnerServiceAccount": "project_api_key_owner_service_account",
    "ProjectApiKeyOwnerType": "project_api_key_owner_type",
    "ProjectApiKeyOwnerUser": "project_api_key_owner_user",
    "ProjectCreateRequest": "project_create_request",
    "ProjectDataRetention": "project_data_retention",
    "ProjectDataRetentionType": "project_data_retention_type",
    "ProjectGroup": "project_group",
    "ProjectGroupDeletedResource": "project_group_deleted_resource",
    "ProjectGroupListResource": "project_group_list_resource",
    "ProjectHostedToolPermissions": "project_hosted_tool_permissions",
    "ProjectHostedToolPermissionsUpdateRequest": "project_hosted_tool_permissions_update_request",
    "ProjectListResponse": "project_list_response",
    "ProjectModelPermissions": "project_model_permissions",
    "ProjectModelPermissionsDeleteResponse": "project_model_permissions_delete_response",
    "ProjectModelPermissionsMode": "project_model_permissions_mode",
    "ProjectModelPermissionsUpdateRequest": "project_model_permissions_update_request",
    "ProjectModelPermissionsUpdateRequestMode": "project_model_permissions_update_request_mode",
    "ProjectRateLimit": "project_rate_limit",
    "ProjectRateLimitListResponse": "project_rate_limit_list_response",
    "ProjectRateLimitUpdateRequest": "project_rate_limit_update_request",
    "ProjectResidency": "project_residency",
    "ProjectServiceAccount": "project_service_account",
    "ProjectServiceAccountApiKey": "project_service_account_api_key",
    "ProjectServiceAccountCreateRequest": "project_service_account_create_request",
    "ProjectServiceAccountCreateResponse": "project_service_account_create_response",
    "ProjectServiceAccountDeleteResponse": "project_service_account_delete_response",
    "ProjectServiceAccountListResponse": "project_service_account_list_response",
    "ProjectServiceAccountRole": "project_service_account_role",
    "ProjectSpendAlert": "project_spend_alert",
    "ProjectSpendAlertDeletedResource": "project_spend_alert_deleted_resource",
    "ProjectSpendAlertListResource": "project_spend_alert_list_resource",
    "ProjectUpdateRequest": "project_update_request",
    "ProjectUser": "project_user",
    "ProjectUserCreateRequest": "project_user_create_request",
    "ProjectUserDeleteResponse": "project_user_delete_response",
    "ProjectUserListResponse": "project_user_list_response",
    "ProjectUserUpdateRequest": "project_user_update_request",
    "Prompt2": "prompt_2",
    "PromptCacheRetentionEnum": "prompt_cache_retention_enum",
    "PublicAssignOrganizationGroupRoleBody": "public_assign_organization_group_role_body",
    "PublicCreateOrganizationRoleBody": "public_create_organization_role_body",
    "PublicRoleListResource": "public_role_list_resource",
    "PublicUpdateOrganizationRoleBody": "public_update_organization_role_body",
    "RankerVersionType": "ranker_version_type",
    "RankingOptions": "ranking_options",
    "RateLimitsParam": "rate_limits_param",
    "RealtimeAudioFormatsPCMAAudioFormat": "realtime_audio_formats_pcma_audio_format",
    "RealtimeAudioFormatsPCMAudioFormat": "realtime_audio_formats_pcm_audio_format",
    "RealtimeAudioFormatsPCMAudioFormatRate": "realtime_audio_formats_pcm_audio_format_rate",
    "RealtimeAudioFormatsPCMUAudioFormat": "realtime_audio_formats_pcmu_audio_format",
    "RealtimeBetaClientEventConversationItemCreate": "realtime_beta_client_event_conversation_item_create",
    "RealtimeBetaClientEventConversationItemDelete": "realtime_beta_client_event_conversation_item_delete",
    "RealtimeBetaClientEventConversationItemRetrieve": "realtime_beta_client_event_conversation_item_retrieve",
    "RealtimeBetaClientEventConversationItemTruncate": "realtime_beta_client_event_conversation_item_truncate",
    "RealtimeBetaClientEventInputAudioBufferAppend": "realtime_beta_client_event_input_audio_buffer_append",
    "RealtimeBetaClientEventInputAudioBufferClear": "realtime_beta_client_event_input_audio_buffer_clear",
    "RealtimeBetaClientEventInputAudioBufferCommit": "realtime_beta_client_event_input_audio_buffer_commit",
    "RealtimeBetaClientEventOutputAudioBufferClear": "realtime_beta_client_event_output_audio_buffer_clear",
    "RealtimeBetaClientEventResponseCancel": "realtime_beta_client_event_response_cancel",
    "RealtimeBetaClientEventResponseCreate": "realtime_beta_client_event_response_create",
    "RealtimeBetaClientEventSessionUpdate": "realtime_beta_client_event_session_update",
    "RealtimeBetaClientEventTranscriptionSessionUpdate": "realtime_beta_client_event_transcription_session_update",
    "RealtimeBetaResponse": "realtime_beta_response",
    "RealtimeBetaResponseCreateParams": "realtime_beta_response_create_params",
    "RealtimeBetaResponseCreateParamsConversationEnum": "realtime_beta_response_create_params_conversation_enum",
    "RealtimeBetaResponseCreateParamsToolsItem": "realtime_beta_response_create_params_tools_item",
    "RealtimeBetaResponseCreateParamsToolsItemParameters": "realtime_beta_response_create_params_tools_item_parameters",
    "RealtimeBetaResponseMaxOutputTokensEnum": "realtime_beta_response_max_output_tokens_enum",
    "RealtimeBetaResponseOutputAudioFormat": "realtime_beta_response_output_audio_format",
    "RealtimeBetaResponseStatus": "realtime_beta_response_status",
    "RealtimeBetaResponseStatusDetails": "realtime_beta_response_status_details",
    "RealtimeBetaResponseStatusDetailsError": "realtime_beta_response_status_details_error",
    "RealtimeBetaResponseStatusDetailsReason": "realtime_beta_response_status_details_reason",
    "RealtimeBetaResponseStatusDetailsType": "realtime_beta_response_status_details_type",
    "RealtimeBetaResponseUsage": "realtime_beta_response_usage",
    "RealtimeBetaResponseUsageInputTokenDetails": "realtime_beta_response_usage_input_token_details",
    "RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails": "realtime_beta_response_usage_input_token_details_cached_tokens_details",
    "RealtimeBetaResponseUsageOutputTokenDetails": "realtime_beta_response_usage_output_token_details",
    "RealtimeBetaServerEventConversationItemCreated": "realtime_beta_server_event_conversation_item_created",
    "RealtimeBetaServerEventConversationItemDeleted": "realtime_beta_server_event_conversation_item_deleted",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted": "realtime_beta_server_event_conversation_item_input_audio_transcription_completed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta": "realtime_beta_server_event_conversation_item_input_audio_transcription_delta",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed": "realtime_beta_server_event_conversation_item_input_audio_transcription_failed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError": "realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment": "realtime_beta_server_event_conversation_item_input_audio_transcription_segment",
    "RealtimeBetaServerEventConversationItemRetrieved": "realtime_beta_server_event_conversation_item_retrieved",
    "RealtimeBetaServerEventConversationItemTruncated": "realtime_beta_server_event_conversation_item_truncated",
    "RealtimeBetaServerEventError": "realtime_beta_server_event_error",
    "RealtimeBetaServerEventErrorError": "realtime_beta_server_event_error_error",
    "RealtimeBetaServerEventInputAudioBufferCleared": "realtime_beta_server_event_input_audio_buffer_cleared",
    "RealtimeBetaServerEventInputAudioBufferCommitted": "realtime_beta_server_event_input_audio_buffer_committed",
    "RealtimeBetaServerEventInputAudioBufferSpeechStarted": "realtime_beta_server_event_input_audio_buffer_speech_started",
    "RealtimeBetaServerEventInputAudioBufferSpeechStopped": "realtime_beta_server_event_input_audio_buffer_speech_stopped",
    "RealtimeBetaServerEventMCPListToolsCompleted": "realtime_beta_server_event_mcp_list_tools_completed",
    "RealtimeBetaServerEventMCPListToolsFailed": "realtime_beta_server_event_mcp_list_tools_failed",
    "RealtimeBetaServerEventMCPListToolsInProgress": "realtime_beta_server_event_mcp_list_tools_in_progress",
    "RealtimeBetaServerEventRateLimitsUpdated": "realtime_beta_server_event_rate_limits_updated",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem": "realtime_beta_server_event_rate_limits_updated_rate_limits_item",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName": "realtime_beta_server_event_rate_limits_updated_rate_limits_item_name",
    "RealtimeBetaServerEventResponseAudioDelta": "realtime_beta_server_event_response_audio_delta",
    "RealtimeBetaServerEventResponseAudioDone": "realtime_beta_server_event_response_audio_done",
    "RealtimeBetaServerEventResponseAudioTranscriptDelta": "realtime_beta_server_event_response_audio_transcript_delta",
    "RealtimeBetaServerEventResponseAudioTranscriptDone": "realtime_beta_server_event_response_audio_transcript_done",
    "RealtimeBetaServerEventResponseContentPartAdded": "realtime_beta_server_event_response_content_part_added",
    "RealtimeBetaServerEventResponseContentPartAddedPart": "realtime_beta_server_event_response_content_part_added_part",
    "RealtimeBetaServerEventResponseContentPartAddedPartType": "realtime_beta_server_event_response_content_part_added_part_type",
    "RealtimeBetaServerEventResponseContentPartDone": "realtime_beta_server_event_response_content_part_done",
    "RealtimeBetaServerEventResponseContentPartDonePart": "realtime_beta_server_event_response_content_part_done_part",
    "RealtimeBetaServerEventResponseCreated": "realtime_beta_server_event_response_created",
    "RealtimeBetaServerEventResponseDone": "realtime_beta_server_event_response_done",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDelta": "realtime_beta_server_event_response_function_call_arguments_delta",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDone": "realtime_beta_server_event_response_function_call_arguments_done",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDelta": "realtime_beta_server_event_response_mcp_call_arguments_delta",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDone": "realtime_beta_server_event_response_mcp_call_arguments_done",
    "RealtimeBetaServerEventResponseMCPCallCompleted": "realtime_beta_server_event_response_mcp_call_completed",
    "RealtimeBetaServerEventResponseMCPCallFailed": "realtime_beta_server_event_response_mcp_call_failed",
    "RealtimeBetaServerEventResponseMCPCallInProgress": "realtime_beta_server_event_response_mcp_call_in_progress",
    "RealtimeBetaServerEventResponseOutputItemAdded": "realtime_beta_server_event_response_output_item_added",
    "RealtimeBetaServerEventResponseOutputItemDone": "realtime_beta_server_event_response_output_item_done",
    "RealtimeBetaServerEventResponseTextDelta": "realtime_beta_server_event_response_text_delta",
    "RealtimeBetaServerEventResponseTextDone": "realtime_beta_server_event_response_text_done",
    "RealtimeBetaServerEventSessionCreated": "realtime_beta_server_event_session_created",
    "RealtimeBetaServerEventSessionUpdated": "realtime_beta_server_event_session_updated",
    "RealtimeBetaServerEventTranscriptionSessionCreated": "realtime_beta_server_event_transcription_session_created",
    "RealtimeBetaServerEventTranscriptionSessionUpdated": "realtime_beta_server_event_transcription_session_updated",
    "RealtimeCallCreateRequest": "realtime_call_create_request",
    "RealtimeCallReferRequest": "realtime_call_refer_request",
    "RealtimeCallRejectRequest": "realtime_call_reject_request",
    "RealtimeClientEventConversationItemCreate": "realtime_client_event_conversation_item_create",
    "RealtimeClientEventConversationItemDelete": "realtime_client_event_conversation_item_delete",
    "RealtimeClientEventConversationItemRetrieve": "realtime_client_event_conversation_item_retrieve",
    "RealtimeClientEventConversationItemTruncate": "realtime_client_event_conversation_item_truncate",
    "RealtimeClientEventInputAudioBufferAppend": "realtime_client_event_input_audio_buffer_append",
    "RealtimeClientEventInputAudioBufferClear": "realtime_client_event_input_audio_buffer_clear",
    "RealtimeClientEventInputAudioBufferCommit": "realtime_client_event_input_audio_buffer_commit",
    "RealtimeClientEventOutputAudioBufferClear": "realtime_client_event_output_audio_buffer_clear",
    "RealtimeClientEventResponseCancel": "realtime_client_event_response_cancel",
    "RealtimeClientEventResponseCreate": "realtime_client_event_response_create",
    "RealtimeClientEventSessionUpdate": "realtime_client_event_session_update",
    "RealtimeClientEventTranscriptionSessionUpdate": "realtime_client_event_transcription_session_update",
    "RealtimeConversationItemFunctionCall": "realtime_conversation_item_function_call",
    "RealtimeConversationItemFunctionCallOutput": "realtime_conversation_item_function_call_output",
    "RealtimeConversationItemFunctionCallStatus": "realtime_conversation_item_function_call_status",
    "RealtimeConversationItemMessageAssistant": "realtime_conversation_item_message_assistant",
    "RealtimeConversationItemMessageAssistantContentItem": "realtime_conversation_item_message_assistant_content_item",
    "RealtimeConversationItemMessageAssistantContentItemType": "realtime_conversation_item_message_assistant_content_item_type",
    "RealtimeConversationItemMessageSystem": "realtime_conversation_item_message_system",
    "RealtimeConversationItemMessageSystemContentItem": "realtime_conversation_item_message_system_content_item",
    "RealtimeConversationItemMessageUser": "realtime_conversation_item_message_user",
    "RealtimeConversationItemMessageUserContentItem": "realtime_conversation_item_message_user_content_item",
    "RealtimeConversationItemMessageUserContentItemDetail": "realtime_conversation_item_message_user_content_item_detail",
    "RealtimeConversationItemMessageUserContentItemType": "realtime_conversation_item_message_user_content_item_type",
    "RealtimeConversationItemWithReference": "realtime_conversation_item_with_reference",
    "RealtimeConversationItemWithReferenceContentItem": "realtime_conversation_item_with_reference_content_item",
    "RealtimeConversationItemWithReferenceContentItemType": "realtime_conversation_item_with_reference_content_item_type",
    "RealtimeConversationItemWithReferenceRole": "realtime_conversation_item_with_reference_role",
    "RealtimeConversationItemWithReferenceStatus": "realtime_conversation_item_with_reference_status",
    "RealtimeConversationItemWithReferenceType": "realtime_conversation_item_with_reference_type",
    "RealtimeCreateClientSecretRequest": "realtime_create_client_secret_request",
    "RealtimeCreateClientSecretRequestExpiresAfter": "realtime_create_client_secret_request_expires_after",
    "RealtimeCreateClientSecretResponse": "realtime_create_client_secret_response",
    "RealtimeFunctionTool": "realtime_function_tool",
    "RealtimeMCPApprovalRequest": "realtime_mcp_approval_request",
    "RealtimeMCPApprovalResponse": "realtime_mcp_approval_response",
    "RealtimeMCPHTTPError": "realtime_mcphttp_error",
    "RealtimeMCPListTools": "realtime_mcp_list_tools",
    "RealtimeMCPProtocolError": "realtime_mcp_protocol_error",
    "RealtimeMCPToolCall": "realtime_mcp_tool_call",
    "RealtimeMCPToolExecutionError": "realtime_mcp_tool_execution_error",
    "RealtimeReasoning": "realtime_reasoning",
    "RealtimeReasoningEffort": "realtime_reasoning_effort",
    "RealtimeResponse": "realtime_response",
    "RealtimeResponseAudio": "realtime_response_audio",
    "RealtimeResponseAudioOutput": "realtime_response_audio_output",
    "RealtimeResponseCreateParams": "realtime_response_create_params",
    "RealtimeResponseCreateParamsAudio": "realtime_response_create_params_audio",
    "RealtimeResponseCreateParamsAudioOutput": "realtime_response_create_params_audio_output",
    "RealtimeResponseStatusDetails": "realtime_response_status_details",
    "RealtimeResponseStatusDetailsReason": "realtime_response_status_details_reason",
    "RealtimeResponseUsage": "realtime_response_usage",
    "RealtimeResponseUsageInputTokenDetails": "realtime_response_usage_input_token_details",
    "RealtimeServerEventConversationCreated": "realtime_server_event_conversation_created",
    "RealtimeServerEventConversationCreatedConversation": "realtime_server_event_conversation_created_conversation",
    "RealtimeServerEventConversationItemAdded": "realtime_server_event_conversation_item_added",
    "RealtimeServerEventConversationItemCreated": "realtime_server_event_conversation_item_created",
    "RealtimeServerEventConversationItemDeleted": "realtime_server_event_conversation_item_deleted",
    "RealtimeServerEventConversationItemDone": "realtime_server_event_conversation_item_done",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted": "realtime_server_event_conversation_item_input_audio_transcription_completed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDelta": "realtime_server_event_conversation_item_input_audio_transcription_delta",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailed": "realtime_server_event_conversation_item_input_audio_transcription_failed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegment": "realtime_server_event_conversation_item_input_audio_transcription_segment",
    "RealtimeServerEventConversationItemRetrieved": "realtime_server_event_conversation_item_retrieved",
    "RealtimeServerEventConversationItemTruncated": "realtime_server_event_conversation_item_truncated",
    "RealtimeServerEventError": "realtime_server_event_error",
    "RealtimeServerEventInputAudioBufferCleared": "realtime_server_event_input_audio_buffer_cleared",
    "RealtimeServerEventInputAudioBufferCommitted": "realtime_server_event_input_audio_buffer_committed",
    "RealtimeServerEventInputAudioBufferDtmfEventReceived": "realtime_server_event_input_audio_buffer_dtmf_event_received",
    "RealtimeServerEventInputAudioBufferSpeechStarted": "realtime_server_event_input_audio_buffer_speech_started",
    "RealtimeServerEventInputAudioBufferSpeechStopped": "realtime_server_event_input_audio_buffer_speech_stopped",
    "RealtimeServerEventInputAudioBufferTimeoutTriggered": "realtime_server_event_input_audio_buffer_timeout_triggered",
    "RealtimeServerEventMCPListToolsCompleted": "realtime_server_event_mcp_list_tools_completed",
    "RealtimeServerEventMCPListToolsFailed": "realtime_server_event_mcp_list_tools_failed",
    "RealtimeServerEventMCPListToolsInProgress": "realtime_server_event_mcp_list_tools_in_progress",
    "RealtimeServerEventOutputAudioBufferCleared": "realtime_server_event_output_audio_buffer_cleared",
    "RealtimeServerEventOutputAudioBufferStarted": "realtime_server_event_output_audio_buffer_started",
    "RealtimeServerEventOutputAudioBufferStopped": "realtime_server_event_output_audio_buffer_stopped",
    "RealtimeServerEventRateLimitsUpdated": "realtime_server_event_rate_limits_updated",
    "RealtimeServerEventResponseAudioDelta": "realtime_server_event_response_audio_delta",
    "RealtimeServerEventResponseAudioDone": "realtime_server_event_response_audio_done",
    "RealtimeServerEventResponseAudioTranscriptDelta": "realtime_server_event_response_audio_transcript_delta",
    "RealtimeServerEventResponseAudioTranscriptDone": "realtime_server_event_response_audio_transcript_done",
    "RealtimeServerEventResponseContentPartAdded": "realtime_server_event_response_content_part_added",
    "RealtimeServerEventResponseContentPartDone": "realtime_server_event_response_content_part_done",
    "RealtimeServerEventResponseCreated": "realtime_server_event_response_created",
    "RealtimeServerEventResponseDone": "realtime_server_event_response_done",
    "RealtimeServerEventResponseFunctionCallArgumentsDelta": "realtime_server_event_response_function_call_arguments_delta",
    "RealtimeServerEventResponseFunctionCallArgumentsDone": "realtime_server_event_response_function_call_arguments_done",
    "RealtimeServerEventResponseMCPCallArgumentsDelta": "realtime_server_event_response_mcp_call_arguments_delta",
    "RealtimeServerEventResponseMCPCallArgumentsDone": "realtime_server_event_response_mcp_call_arguments_done",
    "RealtimeServerEventResponseMCPCallCompleted": "realtime_server_event_response_mcp_call_completed",
    "RealtimeServerEventResponseMCPCallFailed": "realtime_server_event_response_mcp_call_failed",
    "RealtimeServerEventResponseMCPCallInProgress": "realtime_server_event_response_mcp_call_in_progress",
    "RealtimeServerEventResponseOutputItemAdded": "realtime_server_event_response_output_item_added",
    "RealtimeServerEventResponseOutputItemDone": "realtime_server_event_response_output_item_done",
    "RealtimeServerEventResponseTextDelta": "realtime_server_event_response_text_delta",
    "RealtimeServerEventResponseTextDone": "realtime_server_event_response_text_done",
    "RealtimeServerEventSessionCreated": "realtime_server_event_session_created",
    "RealtimeServerEventSessionUpdated": "realtime_server_event_session_updated",
    "RealtimeServerEventTranscriptionSessionUpdated": "realtime_server_event_transcription_session_updated",
    "RealtimeSession": "realtime_session",
    "RealtimeSessionCreateRequest": "realtime_session_create_request",
    "RealtimeSessionCreateRequestClientSecret": "realtime_session_create_request_client_secret",
    "RealtimeSessionCreateRequestGA": "realtime_session_create_request_ga",
    "RealtimeSessionCreateRequestGAAudio": "realtime_session_create_request_ga_audio",
    "RealtimeSessionCreateRequestGAAudioInput": "realtime_session_create_request_ga_audio_input",
    "RealtimeSessionCreateRequestGAAudioInputNoiseReduction": "realtime_session_create_request_ga_audio_input_noise_reduction",
    "RealtimeSessionCreateRequestGAAudioOutput": "realtime_session_create_request_ga_audio_output",
    "RealtimeSessionCreateRequestGAModelEnum": "realtime_session_create_request_ga_model_enum",
    "RealtimeSessionCreateRequestGATracingAuto": "realtime_session_create_request_ga_tracing_auto",
    "RealtimeSessionCreateRequestGATracingTracingConfiguration": "realtime_session_create_request_ga_tracing_tracing_configuration",
    "RealtimeSessionCreateRequestGATracingTracingConfigurationMetadata": "realtime_session_create_request_ga_tracing_tracing_configuration_metadata",
    "RealtimeSessionCreateRequestInputAudioTranscription": "realtime_session_create_request_input_audio_transcription",
    "RealtimeSessionCreateRequestToolsItem": "realtime_session_create_request_tools_item",
    "RealtimeSessionCreateRequestTurnDetection": "realtime_session_create_request_turn_detection",
    "RealtimeSessionCreateResponse": "realtime_session_create_response",
    "RealtimeSessionCreateResponseAudio": "realtime_session_create_response_audio",
    "RealtimeSessionCreateResponseAudioInput": "realtime_session_create_response_audio_input",
    "RealtimeSessionCreateResponseAudioInputNoiseReduction": "realtime_session_create_response_audio_input_noise_reduction",
    "RealtimeSessionCreateResponseAudioInputTurnDetection": "realtime_session_create_response_audio_input_turn_detection",
    "RealtimeSessionCreateResponseAudioOutput": "realtime_session_create_response_audio_output",
    "RealtimeSessionCreateResponseGA": "realtime_session_create_response_ga",
    "RealtimeSessionCreateResponseGAAudio": "realtime_session_create_response_ga_audio",
    "RealtimeSessionCreateResponseGAAudioInput": "realtime_session_create_response_ga_audio_input",
    "RealtimeSessionCreateResponseGAAudioOutput": "realtime_session_create_response_ga_audio_output",
    "RealtimeSessionInputAudioFormat": "realtime_session_input_audio_format",
    "RealtimeSessionInputAudioNoiseReduction": "realtime_session_input_audio_noise_reduction",
    "RealtimeSessionModelEnum": "realtime_session_model_enum",
    "RealtimeSessionOutputAudioFormat": "realtime_session_output_audio_format",
    "RealtimeSessionTracingEnum": "realtime_session_tracing_enum",
    "RealtimeSessionTracingTracingConfiguration": "realtime_session_tracing_tracing_configuration",
    "RealtimeSessionTracingTracingConfigurationMetadata": "realtime_session_tracing_tracing_configuration_metadata",
    "RealtimeTranscriptionSessionCreateRequest": "realtime_transcription_session_create_request",
    "RealtimeTranscriptionSessionCreateRequestGA": "realtime_transcription_session_create_request_ga",
    "RealtimeTranscriptionSessionCreateRequestGAAudio": "realtime_transcription_session_create_request_ga_audio",
    "RealtimeTranscriptionSessionCreateRequestTurnDetection": "realtime_transcription_session_create_request_turn_detection",
    "RealtimeTranscriptionSessionCreateResponse": "realtime_transcription_session_create_response",
    "RealtimeTranscriptionSessionCreateResponseClientSecret": "realtime_transcription_session_create_response_client_secret",
    "RealtimeTranscriptionSessionCreateResponseGA": "realtime_transcription_session_create_response_ga",
    "RealtimeTranscriptionSessionCreateResponseGAAudio": "realtime_transcription_session_create_response_ga_audio",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInput": "realtime_transcription_session_create_response_ga_audio_input",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection": "realtime_transcription_session_create_response_ga_audio_input_turn_detection",
    "RealtimeTranslationClientEventInputAudioBufferAppend": "realtime_translation_client_event_input_audio_buffer_append",
    "RealtimeTranslationClientEventSessionClose": "realtime_translation_client_event_session_close",
    "RealtimeTranslationClientEventSessionUpdate": "realtime_translation_client_event_session_update",
    "RealtimeTranslationClientSecretCreateRequest": "realtime_translation_client_secret_create_request",
    "RealtimeTranslationClientSecretCreateResponse": "realtime_translation_client_secret_create_response",
    "RealtimeTranslationServerEventSessionClosed": "realtime_translation_server_event_session_closed",
    "RealtimeTranslationServerEventSessionCreated": "realtime_translation_server_event_session_created",
    "RealtimeTranslationServerEventSessionInputTranscriptDelta": "realtime_translation_server_event_session_input_transcript_delta",
    "RealtimeTranslationServerEventSessionOutputAudioDelta": "realtime_translation_server_event_session_output_audio_delta",
    "RealtimeTranslationServerEventSessionOutputTranscriptDelta": "realtime_translation_server_event_session_output_transcript_delta",
    "RealtimeTranslationServerEventSessionUpdated": "realtime_translation_server_event_session_updated",
    "RealtimeTranslationSession": "realtime_translation_session",
    "RealtimeTranslationSessionAudio": "realtime_translation_session_audio",
    "RealtimeTranslationSessionAudioInput": "realtime_translation_session_audio_input",
    "RealtimeTranslationSessionAudioInputNoiseReduction": "realtime_translation_session_audio_input_noise_reduction",
    "RealtimeTranslationSessionAudioInputTranscription": "realtime_translation_session_audio_input_transcription",
    "RealtimeTranslationSessionAudioOutput": "realtime_translation_session_audio_output",
    "RealtimeTranslationSessionCreateRequest": "realtime_translation_session_create_request",
    "RealtimeTranslationSessionCreateRequestAudio": "realtime_translation_session_create_request_audio",
    "RealtimeTranslationSessionCreateRequestAudioInput": "realtime_translation_session_create_request_audio_input",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction": "realtime_translation_session_create_request_audio_input_noise_reduction",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscription": "realtime_translation_session_create_request_audio_input_transcription",
    "RealtimeTranslationSessionUpdateRequest": "realtime_translation_session_update_request",
    "RealtimeTruncationEnum": "realtime_truncation_enum",
    "RealtimeTruncationRetentionRatioTruncation": "realtime_truncation_retention_ratio_truncation",
    "RealtimeTruncationRetentionRatioTruncationTokenLimits": "realtime_truncation_retention_ratio_truncation_token_limits",
    "RealtimeTurnDetectionSemanticVAD": "realtime_turn_detection_semantic_vad",
    "RealtimeTurnDetectionSemanticVADEagerness": "realtime_turn_detection_semantic_vad_eagerness",
    "RealtimeTurnDetectionServerVAD": "realtime_turn_detection_server_vad",
    "Reasoning": "reasoning",
    "ReasoningContext": "reasoning_context",
    "ReasoningEffort2": "reasoning_effort_2",
    "ReasoningGenerateSummary": "reasoning_generate_summary",
    "ReasoningItem": "reasoning_item",
    "ReasoningMode": "reasoning_mode",
    "ReasoningSummary": "reasoning_summary",
    "ReasoningTextContent": "reasoning_text_content",
    "RefusalContent": "refusal_content",
    "ResponseAccessPrograms": "response_access_programs",
    "ResponseAudioDeltaEvent": "response_audio_delta_event",
    "ResponseAudioDoneEvent": "response_audio_done_event",
    "ResponseAudioTranscriptDeltaEvent": "response_audio_transcript_delta_event",
    "ResponseAudioTranscriptDoneEvent": "response_audio_transcript_done_event",
    "ResponseCodeInterpreterCallCodeDeltaEvent": "response_code_interpreter_call_code_delta_event",
    "ResponseCodeInterpreterCallCodeDoneEvent": "response_code_interpreter_call_code_done_event",
    "ResponseCodeInterpreterCallCompletedEvent": "response_code_interpreter_call_completed_event",
    "ResponseCodeInterpreterCallInProgressEvent": "response_code_interpreter_call_in_progress_event",
    "ResponseCodeInterpreterCallInterpretingEvent": "response_code_interpreter_call_interpreting_event",
    "ResponseCompletedEvent": "response_completed_event",
    "ResponseContentPartAddedEvent": "response_content_part_added_event",
    "ResponseContentPartDoneEvent": "response_content_part_done_event",
    "ResponseCreatedEvent": "response_created_event",
    "ResponseCustomToolCallInputDeltaEvent": "response_custom_tool_call_input_delta_event",
    "ResponseCustomToolCallInputDoneEvent": "response_custom_tool_call_input_done_event",
    "ResponseError2": "response_error_2",
    "ResponseErrorCode": "response_error_code",
    "ResponseErrorEvent": "response_error_event",
    "ResponseFailedEvent": "response_failed_event",
    "ResponseFileSearchCallCompletedEvent": "response_file_search_call_completed_event",
    "ResponseFileSearchCallInProgressEvent": "response_file_search_call_in_progress_event",
    "ResponseFileSearchCallSearchingEvent": "response_file_search_call_searching_event",
    "ResponseFormatJsonObject": "response_format_json_object",
    "ResponseFormatJsonSchema": "response_format_json_schema",
    "ResponseFormatJsonSchemaJsonSchema": "response_format_json_schema_json_schema",
    "ResponseFormatJsonSchemaSchema": "response_format_json_schema_schema",
    "ResponseFormatText": "response_format_text",
    "ResponseFormatTextGrammar": "response_format_text_grammar",
    "ResponseFormatTextPython": "response_format_text_python",
    "ResponseFunctionCallArgumentsDeltaEvent": "response_function_call_arguments_delta_event",
    "ResponseFunctionCallArgumentsDoneEvent": "response_function_call_arguments_done_event",
    "ResponseImageGenCallCompletedEvent": "response_image_gen_call_completed_event",
    "ResponseImageGenCallGeneratingEvent": "response_image_gen_call_generating_event",
    "ResponseImageGenCallInProgressEvent": "response_image_gen_call_in_progress_event",
    "ResponseImageGenCallPartialImageEvent": "response_image_gen_call_partial_image_event",
    "ResponseInProgressEvent": "response_in_progress_event",
    "ResponseIncompleteDetails": "response_incomplete_details",
    "ResponseIncompleteDetailsReason": "response_incomplete_details_reason",
    "ResponseIncompleteEvent": "response_incomplete_event",
    "ResponseItemList": "response_item_list",
    "ResponseLogProb": "response_log_prob",
    "ResponseLogProbTopLogprobsItem": "response_log_prob_top_logprobs_item",
    "ResponseMCPCallArgumentsDeltaEvent": "response_mcp_call_arguments_delta_event",
    "ResponseMCPCallArgumentsDoneEvent": "response_mcp_call_arguments_done_event",
    "ResponseMCPCallCompletedEvent": "response_mcp_call_completed_event",
    "ResponseMCPCallFailedEvent": "response_mcp_call_failed_event",
    "ResponseMCPCallInProgressEvent": "response_mcp_call_in_progress_event",
    "ResponseMCPListToolsCompletedEvent": "response_mcp_list_tools_completed_event",
    "ResponseMCPListToolsFailedEvent": "response_mcp_list_tools_failed_event",
    "ResponseMCPListToolsInProgressEvent": "response_mcp_list_tools_in_progress_event",
    "ResponseObject": "response_object",
    "ResponseOutputItemAddedEvent": "response_output_item_added_event",
    "ResponseOutputItemDoneEvent": "response_output_item_done_event",
    "ResponseOutputText": "response_output_text",
    "ResponseOutputTextAnnotationAddedEvent": "response_output_text_annotation_added_event",
    "ResponseOutputTextAnnotationAddedEventAnnotation": "response_output_text_annotation_added_event_annotation",
    "ResponsePromptCacheDiagnostics": "response_prompt_cache_diagnostics",
    "ResponsePromptCacheOptions": "response_prompt_cache_options",
    "ResponsePromptVariables2": "response_prompt_variables_2",
    "ResponseProperties": "response_properties",
    "ResponseQueuedEvent": "response_queued_event",
    "ResponseReasoningSummaryPartAddedEvent": "response_reasoning_summary_part_added_event",
    "ResponseReasoningSummaryPartAddedEventPart": "response_reasoning_summary_part_added_event_part",
    "ResponseReasoningSummaryPartDoneEvent": "response_reasoning_summary_part_done_event",
    "ResponseReasoningSummaryPartDoneEventPart": "response_reasoning_summary_part_done_event_part",
    "ResponseReasoningSummaryPartDoneEventStatus": "response_reasoning_summary_part_done_event_status",
    "ResponseReasoningSummaryTextDeltaEvent": "response_reasoning_summary_text_delta_event",
    "ResponseReasoningSummaryTextDoneEvent": "response_reasoning_summary_text_done_event",
    "ResponseReasoningTextDeltaEvent": "response_reasoning_text_delta_event",
    "ResponseReasoningTextDoneEvent": "response_reasoning_text_done_event",
    "ResponseRefusalDeltaEvent": "response_refusal_delta_event",
    "ResponseRefusalDoneEvent": "response_refusal_done_event",
    "ResponseStatus": "response_status",
    "ResponseStreamOptions2": "response_stream_options_2",
    "ResponseTextDeltaEvent": "response_text_delta_event",
    "ResponseTextDoneEvent": "response_text_done_event",
    "ResponseTextParam": "response_text_param",
    "ResponseToolUsage": "response_tool_usage",
    "ResponseUsage": "response_usage",
    "ResponseUsageInputTokensDetails": "response_usage_input_tokens_details",
    "ResponseUsageInputTokensDetailsCacheWriteTokensDetails": "response_usage_input_tokens_details_cache_write_tokens_details",
    "ResponseWebSearchCallCompletedEvent": "response_web_search_call_completed_event",
    "ResponseWebSearchCallInProgressEvent": "response_web_search_call_in_progress_event",
    "ResponseWebSearchCallSearchingEvent": "response_web_search_call_searching_event",
    "ResponsesClientEvent": "responses_client_event",
    "ResponsesClientEventResponseCreate": "responses_client_event_response_create",
    "RetrieveProjectGroupGroupType": "retrieve_project_group_group_type",
    "Role": "role",
    "RoleDeletedResource": "role_deleted_resource",
    "RoleListResource": "role_list_resource",
    "RunCompletionUsage2": "run_completion_usage_2",
    "RunGraderRequest": "run_grader_request",
    "RunGraderRequestItem": "run_grader_request_item",
    "RunGraderResponse": "run_grader_response",
    "RunGraderResponseMetadata": "run_grader_response_metadata",
    "RunGraderResponseMetadataErrors": "run_grader_response_metadata_errors",
    "RunGraderResponseMetadataScores": "run_grader_response_metadata_scores",
    "RunGraderResponseModelGraderTokenUsagePerModel": "run_grader_response_model_grader_token_usage_per_model",
    "RunGraderResponseSubRewards": "run_grader_response_sub_rewards",
    "RunObject": "run_object",
    "RunObjectIncompleteDetails": "run_object_incomplete_details",
    "RunObjectIncompleteDetailsReason": "run_object_incomplete_details_reason",
    "RunObjectLastError": "run_object_last_error",
    "RunObjectLastErrorCode": "run_object_last_error_code",
    "RunObjectRequiredAction": "run_object_required_action",
    "RunObjectRequiredActionSubmitToolOutputs": "run_object_required_action_submit_tool_outputs",
    "RunObjectStatus": "run_object_status",
    "RunStepCompletionUsage2": "run_step_completion_usage_2",
    "RunStepDeltaObject": "run_step_delta_object",
    "RunStepDeltaObjectDelta": "run_step_delta_object_delta",
    "RunStepDeltaStepDetailsMessageCreationObject": "run_step_delta_step_details_message_creation_object",
    "RunStepDeltaStepDetailsMessageCreationObjectMessageCreation": "run_step_delta_step_details_message_creation_object_message_creation",
    "RunStepDeltaStepDetailsToolCallsCodeObject": "run_step_delta_step_details_tool_calls_code_object",
    "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter": "run_step_delta_step_details_tool_calls_code_object_code_interpreter",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject": "run_step_delta_step_details_tool_calls_code_output_image_object",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage": "run_step_delta_step_details_tool_calls_code_output_image_object_image",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject": "run_step_delta_step_details_tool_calls_code_output_logs_object",
    "RunStepDeltaStepDetailsToolCallsFileSearchObject": "run_step_delta_step_details_tool_calls_file_search_object",
    "RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch": "run_step_delta_step_details_tool_calls_file_search_object_file_search",
    "RunStepDeltaStepDetailsToolCallsFunctionObject": "run_step_delta_step_details_tool_calls_function_object",
    "RunStepDeltaStepDetailsToolCallsFunctionObjectFunction": "run_step_delta_step_details_tool_calls_function_object_function",
    "RunStepDeltaStepDetailsToolCallsObject": "run_step_delta_step_details_tool_calls_object",
    "RunStepDetailsMessageCreationObject": "run_step_details_message_creation_object",
    "RunStepDetailsMessageCreationObjectMessageCreation": "run_step_details_message_creation_object_message_creation",
    "RunStepDetailsToolCallsCodeObject": "run_step_details_tool_calls_code_object",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreter": "run_step_details_tool_calls_code_object_code_interpreter",
    "RunStepDetailsToolCallsCodeOutputImageObject": "run_step_details_tool_calls_code_output_image_object",
    "RunStepDetailsToolCallsCodeOutputImageObjectImage": "run_step_details_tool_calls_code_output_image_object_image",
    "RunStepDetailsToolCallsCodeOutputLogsObject": "run_step_details_tool_calls_code_output_logs_object",
    "RunStepDetailsToolCallsFileSearchObject": "run_step_details_tool_calls_file_search_object",
    "RunStepDetailsToolCallsFileSearchObjectFileSearch": "run_step_details_tool_calls_file_search_object_file_search",
    "RunStepDetailsToolCallsFileSearchRankingOptionsObject": "run_step_details_tool_calls_file_search_ranking_options_object",
    "RunStepDetailsToolCallsFileSearchResultObject": "run_step_details_tool_calls_file_search_result_object",
    "RunStepDetailsToolCallsFileSearchResultObjectContentItem": "run_step_details_tool_calls_file_search_result_object_content_item",
    "RunStepDetailsToolCallsFunctionObject": "run_step_details_tool_calls_function_object",
    "RunStepDetailsToolCallsFunctionObjectFunction": "run_step_details_tool_calls_function_object_function",
    "RunStepDetailsToolCallsObject": "run_step_details_tool_calls_object",
    "RunStepObject": "run_step_object",
    "RunStepObjectLastError": "run_step_object_last_error",
    "RunStepObjectLastErrorCode": "run_step_object_last_error_code",
    "RunStepObjectStatus": "run_step_object_status",
    "RunStepObjectType": "run_step_object_type",
    "RunStepStreamEventThreadRunStepCancelled": "run_step_stream_event_thread_run_step_cancelled",
    "RunStepStreamEventThreadRunStepCompleted": "run_step_stream_event_thread_run_step_completed",
    "RunStepStreamEventThreadRunStepCreated": "run_step_stream_event_thread_run_step_created",
    "RunStepStreamEventThreadRunStepDelta": "run_step_stream_event_thread_run_step_delta",
    "RunStepStreamEventThreadRunStepExpired": "run_step_stream_event_thread_run_step_expired",
    "RunStepStreamEventThreadRunStepFailed": "run_step_stream_event_thread_run_step_failed",
    "RunStepStreamEventThreadRunStepInProgress": "run_step_stream_event_thread_run_step_in_progress",
    "RunStreamEventThreadRunCancelled": "run_stream_event_thread_run_cancelled",
    "RunStreamEventThreadRunCancelling": "run_stream_event_thread_run_cancelling",
    "RunStreamEventThreadRunCompleted": "run_stream_event_thread_run_completed",
    "RunStreamEventThreadRunCreated": "run_stream_event_thread_run_created",
    "RunStreamEventThreadRunExpired": "run_stream_event_thread_run_expired",
    "RunStreamEventThreadRunFailed": "run_stream_event_thread_run_failed",
    "RunStreamEventThreadRunInProgress": "run_stream_event_thread_run_in_progress",
    "RunStreamEventThreadRunIncomplete": "run_stream_event_thread_run_incomplete",
    "RunStreamEventThreadRunQueued": "run_stream_event_thread_run_queued",
    "RunStreamEventThreadRunRequiresAction": "run_stream_event_thread_run_requires_action",
    "RunToolCallObject": "run_tool_call_object",
    "RunToolCallObjectFunction": "run_tool_call_object_function",
    "ScreenshotParam": "screenshot_param",
    "ScrollParam": "scroll_param",
    "SearchContentType": "search_content_type",
    "SearchContextSize": "search_context_size",
    "ServiceTier2": "service_tier_2",
    "ServiceTierEnum": "service_tier_enum",
    "SetDefaultSkillVersionBody": "set_default_skill_version_body",
    "SkillListResource": "skill_list_resource",
    "SkillReferenceParam": "skill_reference_param",
    "SkillResource": "skill_resource",
    "SkillVersionListResource": "skill_version_list_resource",
    "SkillVersionResource": "skill_version_resource",
    "SpecificApplyPatchParam": "specific_apply_patch_param",
    "SpecificFunctionShellParam": "specific_function_shell_param",
    "SpeechAudioDeltaEvent": "speech_audio_delta_event",
    "SpeechAudioDoneEvent": "speech_audio_done_event",
    "SpeechAudioDoneEventUsage": "speech_audio_done_event_usage",
    "SpendAlertNotificationChannel": "spend_alert_notification_channel",
    "StaticChunkingStrategy": "static_chunking_strategy",
    "StaticChunkingStrategyRequestParam": "static_chunking_strategy_request_param",
    "StaticChunkingStrategyResponseParam": "static_chunking_strategy_response_param",
    "SubmitToolOutputsRunRequest": "submit_tool_outputs_run_request",
    "SubmitToolOutputsRunRequestToolOutputsItem": "submit_tool_outputs_run_request_tool_outputs_item",
    "SummaryTextContent": "summary_text_content",
    "TaskGroupItem": "task_group_item",
    "TaskGroupTask": "task_group_task",
    "TaskItem": "task_item",
    "TaskType": "task_type",
    "TextContent": "text_content",
    "TextResponseFormatJsonSchema": "text_response_format_json_schema",
    "ThreadItemListResource": "thread_item_list_resource",
    "ThreadListResource": "thread_list_resource",
    "ThreadObject": "thread_object",
    "ThreadResource": "thread_resource",
    "ThreadStreamEvent": "thread_stream_event",
    "ToggleCertificatesRequest": "toggle_certificates_request",
    "TokenCountsBody": "token_counts_body",
    "TokenCountsResource": "token_counts_resource",
    "ToolChoice": "tool_choice",
    "ToolChoiceAllowed": "tool_choice_allowed",
    "ToolChoiceCustom": "tool_choice_custom",
    "ToolChoiceFunction": "tool_choice_function",
    "ToolChoiceMCP": "tool_choice_mcp",
    "ToolChoiceOptions": "tool_choice_options",
    "ToolChoiceTypes": "tool_choice_types",
    "ToolChoiceTypesType": "tool_choice_types_type",
    "ToolSearchCall": "tool_search_call",
    "ToolSearchCallItemParam": "tool_search_call_item_param",
    "ToolSearchExecutionType": "tool_search_execution_type",
    "ToolSearchOutput": "tool_search_output",
    "ToolSearchOutputItemParam": "tool_search_output_item_param",
    "ToolSearchToolParam": "tool_search_tool_param",
    "TopLogProb": "top_log_prob",
    "TranscriptTextDeltaEvent": "transcript_text_delta_event",
    "TranscriptTextDeltaEventLogprobsItem": "transcript_text_delta_event_logprobs_item",
    "TranscriptTextDoneEvent": "transcript_text_done_event",
    "TranscriptTextSegmentEvent": "transcript_text_segment_event",
    "TranscriptTextUsageDuration": "transcript_text_usage_duration",
    "TranscriptTextUsageTokens": "transcript_text_usage_tokens",
    "TranscriptTextUsageTokensInputTokenDetails": "transcript_text_usage_tokens_input_token_details",
    "TranscriptionChunkingStrategyEnum": "transcription_chunking_strategy_enum",
    "TranscriptionDiarizedSegment": "transcription_diarized_segment",
    "TranscriptionSegment": "transcription_segment",
    "TranscriptionWord": "transcription_word",
    "TruncationEnum": "truncation_enum",
    "TruncationObject": "truncation_object",
    "TypeParam": "type_param",
    "UpdateChatCompletionBody": "update_chat_completion_body",
    "UpdateConversationBody": "update_conversation_body",
    "UpdateEvalBody": "update_eval_body",
    "UpdateGroupBody": "update_group_body",
    "UpdateOrganizationDataRetentionBody": "update_organization_data_retention_body",
    "UpdateOrganizationDataRetentionBodyRetentionType": "update_organization_data_retention_body_retention_type",
    "UpdateProjectDataRetentionBody": "update_project_data_retention_body",
    "UpdateProjectDataRetentionBodyRetentionType": "update_project_data_retention_body_retention_type",
    "UpdateProjectServiceAccountBody": "update_project_service_account_body",
    "UpdateProjectServiceAccountBodyRole": "update_project_service_account_body_role",
    "UpdateVectorStoreFileAttributesRequest": "update_vector_store_file_attributes_request",
    "UpdateVectorStoreRequest": "update_vector_store_request",
    "UpdateVectorStoreRequestExpiresAfter": "update_vector_store_request_expires_after",
    "UpdateVoiceConsentRequest": "update_voice_consent_request",
    "Upload": "upload",
    "UploadCertificateRequest": "upload_certificate_request",
    "UploadFile": "upload_file",
    "UploadPart": "upload_part",
    "UploadStatus": "upload_status",
    "UrlAnnotation": "url_annotation",
    "UrlAnnotationSource": "url_annotation_source",
    "UrlCitationBody": "url_citation_body",
    "UsageAudioSpeechesBucketWidth": "usage_audio_speeches_bucket_width",
    "UsageAudioSpeechesGroupByItem": "usage_audio_speeches_group_by_item",
    "UsageAudioSpeechesResult": "usage_audio_speeches_result",
    "UsageAudioTranscriptionsResult": "usage_audio_transcriptions_result",
    "UsageCodeInterpreterSessionsResult": "usage_code_interpreter_sessions_result",
    "UsageCompletionsGroupByItem": "usage_completions_group_by_item",
    "UsageCompletionsResult": "usage_completions_result",
    "UsageCostsGroupByItem": "usage_costs_group_by_item",
    "UsageEmbeddingsResult": "usage_embeddings_result",
    "UsageFileSearchCallsGroupByItem": "usage_file_search_calls_group_by_item",
    "UsageFileSearchCallsResult": "usage_file_search_calls_result",
    "UsageImagesGroupByItem": "usage_images_group_by_item",
    "UsageImagesResult": "usage_images_result",
    "UsageImagesSizesItem": "usage_images_sizes_item",
    "UsageImagesSourcesItem": "usage_images_sources_item",
    "UsageModerationsResult": "usage_moderations_result",
    "UsageResponse": "usage_response",
    "UsageTimeBucket": "usage_time_bucket",
    "UsageVectorStoresResult": "usage_vector_stores_result",
    "UsageWebSearchCallsContextLevelsItem": "usage_web_search_calls_context_levels_item",
    "UsageWebSearchCallsGroupByItem": "usage_web_search_calls_group_by_item",
    "UsageWebSearchCallsResult": "usage_web_search_calls_result",
    "User": "user",
    "UserDeleteResponse": "user_delete_response",
    "UserListResource": "user_list_resource",
    "UserListResponse": "user_list_response",
    "UserMessageInputText": "user_message_input_text",
    "UserMessageItem": "user_message_item",
    "UserMessageQuotedText": "user_message_quoted_text",
    "UserProjects": "user_projects",
    "UserProjectsDataItem": "user_projects_data_item",
    "UserRoleAssignment": "user_role_assignment",
    "UserRoleUpdateRequest": "user_role_update_request",
    "UserUser": "user_user",
    "VadConfig": "vad_config",
    "ValidateGraderRequest": "validate_grader_request",
    "ValidateGraderResponse": "validate_grader_response",
    "VectorStoreExpirationAfter": "vector_store_expiration_after",
    "VectorStoreFileAttributes2": "vector_store_file_attributes_2",
    "VectorStoreFileBatchObject": "vector_store_file_batch_object",
    "VectorStoreFileBatchObjectFileCounts": "vector_store_file_batch_object_file_counts",
    "VectorStoreFileBatchObjectStatus": "vector_store_file_batch_object_status",
    "VectorStoreFileContentResponse": "vector_store_file_content_response",
    "VectorStoreFileContentResponseDataItem": "vector_store_file_content_response_data_item",
    "VectorStoreFileObject": "vector_store_file_object",
    "VectorStoreFileObjectLastError": "vector_store_file_object_last_error",
    "VectorStoreFileObjectLastErrorCode": "vector_store_file_object_last_error_code",
    "VectorStoreFileObjectStatus": "vector_store_file_object_status",
    "VectorStoreObject": "vector_store_object",
    "VectorStoreObjectFileCounts": "vector_store_object_file_counts",
    "VectorStoreObjectStatus": "vector_store_object_status",
    "VectorStoreSearchRequest": "vector_store_search_request",
    "VectorStoreSearchRequestRankingOptions": "vector_store_search_request_ranking_options",
    "VectorStoreSearchRequestRankingOptionsRanker": "vector_store_search_request_ranking_options_ranker",
    "VectorStoreSearchResultContentObject": "vector_store_search_result_content_object",
    "VectorStoreSearchResultItem": "vector_store_search_result_item",
    "VectorStoreSearchResultsPage": "vector_store_search_results_page",
    "Verbosity2": "verbosity_2",
    "VideoCharacterResource": "video_character_resource",
    "VideoContentVariant": "video_content_variant",
    "VideoListResource": "video_list_resource",
    "VideoModelEnum": "video_model_enum",
    "VideoReferenceInputParam": "video_reference_input_param",
    "VideoResource": "video_resource",
    "VideoSeconds": "video_seconds",
    "VideoSize": "video_size",
    "VideoStatus": "video_status",
    "VoiceConsentDeletedResource": "voice_consent_deleted_resource",
    "VoiceConsentListResource": "voice_consent_list_resource",
    "VoiceConsentResource": "voice_consent_resource",
    "VoiceIdsOrCustomVoiceObject": "voice_ids_or_custom_voice_object",
    "VoiceIdsSharedEnum": "voice_ids_shared_enum",
    "VoiceResource": "voice_resource",
    "WaitParam": "wait_param",
    "WebSearchActionFind": "web_search_action_find",
    "WebSearchActionOpenPage": "web_search_action_open_page",
    "WebSearchActionSearch": "web_search_action_search",
    "WebSearchActionSearchSourcesItem": "web_search_action_search_sources_item",
    "WebSearchApproximateLocation2": "web_search_approximate_location_2",
    "WebSearchContextSize": "web_search_context_size",
    "WebSearchLocation": "web_search_location",
    "WebSearchPreviewTool": "web_search_preview_tool",
    "WebSearchPreviewToolType": "web_search_preview_tool_type",
    "WebSearchTool": "web_search_tool",
    "WebSearchToolCall": "web_search_tool_call",
    "WebSearchToolCallStatus": "web_search_tool_call_status",
    "WebSearchToolFilters": "web_search_tool_filters",
    "WebSearchToolSearchContextSize": "web_search_tool_search_context_size",
    "WebSearchToolType": "web_search_tool_type",
    "WebhookBatchCancelled": "webhook_batch_cancelled",
    "WebhookBatchCancelledData": "webhook_batch_cancelled_data",
    "WebhookBatchCompleted": "webhook_batch_completed",
    "WebhookBatchExpired": "webhook_batch_expired",
    "WebhookBatchFailed": "webhook_batch_failed",
    "WebhookEvalRunCanceled": "webhook_eval_run_canceled",
    "WebhookEvalRunCanceledData": "webhook_eval_run_canceled_data",
    "WebhookEvalRunFailed": "webhook_eval_run_failed",
    "WebhookEvalRunSucceeded": "webhook_eval_run_succeeded",
    "WebhookFineTuningJobCancelled": "webhook_fine_tuning_job_cancelled",
    "WebhookFineTuningJobCancelledData": "webhook_fine_tuning_job_cancelled_data",
    "WebhookFineTuningJobFailed": "webhook_fine_tuning_job_failed",
    "WebhookFineTuningJobSucceeded": "webhook_fine_tuning_job_succeeded",
    "WebhookRealtimeCallIncoming": "webhook_realtime_call_incoming",
    "WebhookRealtimeCallIncomingData": "webhook_realtime_call_incoming_data",
    "WebhookRealtimeCallIncomingDataSipHeadersItem": "webhook_realtime_call_incoming_data_sip_headers_item",
    "WebhookRealtimeCallIncomingDataSipMediaSecurity": "webhook_realtime_call_incoming_data_sip_media_security",
    "WebhookResponseCancelled": "webhook_response_cancelled",
    "WebhookResponseCancelledData": "webhook_response_cancelled_data",
    "WebhookResponseCompleted": "webhook_response_completed",
    "WebhookResponseFailed": "webhook_response_failed",
    "WebhookResponseIncomplete": "webhook_response_incomplete",
    "WidgetMessageItem": "widget_message_item",
    "WorkflowParam": "workflow_param",
    "WorkflowParamStateVariables": "workflow_param_state_variables",
    "WorkflowTracingParam": "workflow_tracing_param",
}

__all__ = (
    "ActiveStatus",
    "AddUploadPartRequest",
    "AdminApiKey",
    "AdminApiKeyCreateResponse",
    "AdminApiKeyOwner",
    "AdminApiKeysCreateBody",
    "AdminApiKeysDeleteResponse",
    "AdminApiKeysListOrder",
    "ApiKeyList",
    "ApplyPatchCallOutputStatus",
    "ApplyPatchCallOutputStatusParam",
    "ApplyPatchCallStatus",
    "ApplyPatchCallStatusParam",
    "ApplyPatchCreateFileOperation",
    "ApplyPatchCreateFileOperationParam",
    "ApplyPatchDeleteFileOperation",
    "ApplyPatchDeleteFileOperationParam",
    "ApplyPatchToolCall",
    "ApplyPatchToolCallCaller",
    "ApplyPatchToolCallItemParam",
    "ApplyPatchToolCallItemParamAgent",
    "ApplyPatchToolCallOutput",
    "ApplyPatchToolCallOutputItemParam",
    "ApplyPatchToolParam",
    "ApplyPatchToolParamAllowedCallersItem",
    "ApplyPatchUpdateFileOperation",
    "ApplyPatchUpdateFileOperationParam",
    "ApproximateLocation",
    "AssignedRoleDetails",
    "AssignedRoleDetailsAssignmentSourcesItem",
    "AssignedRoleDetailsCreatedByUserObj",
    "AssignedRoleDetailsMetadata",
    "AssistantMessageItem",
    "AssistantObject",
    "AssistantObjectToolResources",
    "AssistantObjectToolResourcesCodeInterpreter",
    "AssistantObjectToolResourcesFileSearch",
    "AssistantSupportedModels",
    "AssistantToolsCode",
    "AssistantToolsFileSearch",
    "AssistantToolsFileSearchFileSearch",
    "AssistantToolsFileSearchTypeOnly",
    "AssistantToolsFunction",
    "AssistantsApiResponseFormatOptionEnum",
    "AssistantsApiToolChoiceOptionEnum",
    "AssistantsNamedToolChoice",
    "AssistantsNamedToolChoiceFunction",
    "AssistantsNamedToolChoiceType",
    "Attachment",
    "AttachmentType",
    "AudioResponseFormat",
    "AudioTranscription",
    "AudioTranscriptionDelay",
    "AudioTranscriptionModelEnum",
    "AudioTranscriptionResponse",
    "AudioTranscriptionResponseDelay",
    "AuditLog",
    "AuditLogActor",
    "AuditLogActorApiKey",
    "AuditLogActorApiKeyType",
    "AuditLogActorServiceAccount",
    "AuditLogActorSession",
    "AuditLogActorType",
    "AuditLogActorUser",
    "AuditLogApiKeyCreated",
    "AuditLogApiKeyCreatedData",
    "AuditLogApiKeyDeleted",
    "AuditLogApiKeyUpdated",
    "AuditLogApiKeyUpdatedChangesRequested",
    "AuditLogCertificateCreated",
    "AuditLogCertificateDeleted",
    "AuditLogCertificateUpdated",
    "AuditLogCertificatesActivated",
    "AuditLogCertificatesActivatedCertificatesItem",
    "AuditLogCertificatesDeactivated",
    "AuditLogCheckpointPermissionCreated",
    "AuditLogCheckpointPermissionCreatedData",
    "AuditLogCheckpointPermissionDeleted",
    "AuditLogEventType",
    "AuditLogExternalKeyRegistered",
    "AuditLogExternalKeyRegisteredData",
    "AuditLogExternalKeyRemoved",
    "AuditLogGroupCreated",
    "AuditLogGroupCreatedData",
    "AuditLogGroupDeleted",
    "AuditLogGroupUpdated",
    "AuditLogGroupUpdatedChangesRequested",
    "AuditLogInviteAccepted",
    "AuditLogInviteDeleted",
    "AuditLogInviteSent",
    "AuditLogInviteSentData",
    "AuditLogIpAllowlistConfigActivated",
    "AuditLogIpAllowlistConfigActivatedConfigsItem",
    "AuditLogIpAllowlistConfigDeactivated",
    "AuditLogIpAllowlistCreated",
    "AuditLogIpAllowlistDeleted",
    "AuditLogIpAllowlistUpdated",
    "AuditLogLoginFailed",
    "AuditLogLoginSucceeded",
    "AuditLogLogoutFailed",
    "AuditLogLogoutSucceeded",
    "AuditLogOrganizationUpdated",
    "AuditLogOrganizationUpdatedChangesRequested",
    "AuditLogProject",
    "AuditLogProjectArchived",
    "AuditLogProjectCreated",
    "AuditLogProjectCreatedData",
    "AuditLogProjectDeleted",
    "AuditLogProjectUpdated",
    "AuditLogProjectUpdatedChangesRequested",
    "AuditLogRateLimitDeleted",
    "AuditLogRateLimitUpdated",
    "AuditLogRateLimitUpdatedChangesRequested",
    "AuditLogRoleAssignmentCreated",
    "AuditLogRoleAssignmentDeleted",
    "AuditLogRoleCreated",
    "AuditLogRoleDeleted",
    "AuditLogRoleUpdated",
    "AuditLogRoleUpdatedChangesRequested",
    "AuditLogRoleUpdatedChangesRequestedMetadata",
    "AuditLogScimDisabled",
    "AuditLogScimEnabled",
    "AuditLogServiceAccountCreated",
    "AuditLogServiceAccountCreatedData",
    "AuditLogServiceAccountDeleted",
    "AuditLogServiceAccountUpdated",
    "AuditLogServiceAccountUpdatedChangesRequested",
    "AuditLogUserAdded",
    "AuditLogUserAddedData",
    "AuditLogUserDeleted",
    "AuditLogUserUpdated",
    "AuditLogUserUpdatedChangesRequested",
    "AutoChunkingStrategyRequestParam",
    "AutoCodeInterpreterToolParam",
    "AutomaticThreadTitlingParam",
    "Batch",
    "BatchErrors",
    "BatchErrorsDataItem",
    "BatchFileExpirationAfter",
    "BatchRequestCounts",
    "BatchStatus",
    "BatchUsage",
    "BatchUsageInputTokensDetails",
    "BatchUsageOutputTokensDetails",
    "Certificate",
    "CertificateCertificateDetails",
    "CertificateObject",
    "ChatCompletionAllowedTools",
    "ChatCompletionAllowedToolsChoice",
    "ChatCompletionAllowedToolsMode",
    "ChatCompletionAllowedToolsToolsItem",
    "ChatCompletionDeleted",
    "ChatCompletionFunctionCallOption",
    "ChatCompletionFunctions",
    "ChatCompletionList",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageCustomToolCallCustom",
    "ChatCompletionMessageList",
    "ChatCompletionMessageListDataItem",
    "ChatCompletionMessageListDataItemAnnotationsItem",
    "ChatCompletionMessageListDataItemAnnotationsItemUrlCitation",
    "ChatCompletionMessageListDataItemAudio",
    "ChatCompletionMessageListDataItemFunctionCall",
    "ChatCompletionMessageToolCall",
    "ChatCompletionMessageToolCallChunk",
    "ChatCompletionMessageToolCallChunkFunction",
    "ChatCompletionMessageToolCallFunction",
    "ChatCompletionModalitiesItem",
    "ChatCompletionNamedToolChoice",
    "ChatCompletionNamedToolChoiceCustom",
    "ChatCompletionNamedToolChoiceCustomCustom",
    "ChatCompletionRequestAssistantMessage",
    "ChatCompletionRequestAssistantMessageAudio",
    "ChatCompletionRequestAssistantMessageFunctionCall",
    "ChatCompletionRequestDeveloperMessage",
    "ChatCompletionRequestFunctionMessage",
    "ChatCompletionRequestMessageContentPartAudio",
    "ChatCompletionRequestMessageContentPartAudioInputAudio",
    "ChatCompletionRequestMessageContentPartAudioInputAudioFormat",
    "ChatCompletionRequestMessageContentPartFile",
    "ChatCompletionRequestMessageContentPartFileFile",
    "ChatCompletionRequestMessageContentPartImage",
    "ChatCompletionRequestMessageContentPartImageImageUrl",
    "ChatCompletionRequestMessageContentPartImageImageUrlDetail",
    "ChatCompletionRequestMessageContentPartImagePromptCacheBreakpoint",
    "ChatCompletionRequestMessageContentPartRefusal",
    "ChatCompletionRequestMessageContentPartText",
    "ChatCompletionRequestSystemMessage",
    "ChatCompletionRequestSystemMessageContentPart",
    "ChatCompletionRequestToolMessage",
    "ChatCompletionRequestToolMessageContentPart",
    "ChatCompletionRequestUserMessage",
    "ChatCompletionResponseMessage",
    "ChatCompletionRole",
    "ChatCompletionStreamOptions2",
    "ChatCompletionStreamResponseDelta",
    "ChatCompletionStreamResponseDeltaAudio",
    "ChatCompletionStreamResponseDeltaFunctionCall",
    "ChatCompletionStreamResponseDeltaRole",
    "ChatCompletionTokenLogprob",
    "ChatCompletionTokenLogprobTopLogprobsItem",
    "ChatCompletionTool",
    "ChatCompletionToolChoiceOptionToolChoiceMode",
    "ChatSessionAutomaticThreadTitling",
    "ChatSessionChatkitConfiguration",
    "ChatSessionFileUpload",
    "ChatSessionHistory",
    "ChatSessionRateLimits",
    "ChatSessionResource",
    "ChatSessionStatus",
    "ChatkitConfigurationParam",
    "ChatkitWorkflow",
    "ChatkitWorkflowStateVariables",
    "ChatkitWorkflowTracing",
    "ClickButtonType",
    "ClickParam",
    "ClientToolCallItem",
    "ClientToolCallStatus",
    "ClosedStatus",
    "CodeInterpreterFileOutput",
    "CodeInterpreterFileOutputFilesItem",
    "CodeInterpreterOutputImage",
    "CodeInterpreterOutputLogs",
    "CodeInterpreterTextOutput",
    "CodeInterpreterTool",
    "CodeInterpreterToolCall",
    "CodeInterpreterToolCallStatus",
    "CompactResource",
    "CompactResourceImage",
    "CompactResponseMethodPublicBody",
    "CompactionBody",
    "CompactionSummaryItemParam",
    "CompactionTriggerItemParam",
    "ComparisonFilter",
    "ComparisonFilterType",
    "CompleteUploadRequest",
    "CompletionUsage",
    "CompletionUsageCompletionTokensDetails",
    "CompletionUsagePromptTokensDetails",
    "CompoundFilter",
    "CompoundFilterType",
    "ComputerCallOutputItemParam",
    "ComputerCallOutputStatus",
    "ComputerCallSafetyCheckParam",
    "ComputerEnvironment",
    "ComputerScreenshotContent",
    "ComputerScreenshotImage",
    "ComputerTool",
    "ComputerToolCall",
    "ComputerToolCallOutput",
    "ComputerToolCallOutputResource",
    "ComputerToolCallOutputStatus",
    "ComputerToolCallStatus",
    "ComputerUsePreviewTool",
    "ContainerAutoParam",
    "ContainerFileCitationBody",
    "ContainerFileListResource",
    "ContainerFileResource",
    "ContainerListResource",
    "ContainerMemoryLimit",
    "ContainerNetworkPolicyAllowlistParam",
    "ContainerNetworkPolicyDisabledParam",
    "ContainerNetworkPolicyDomainSecretParam",
    "ContainerReferenceParam",
    "ContainerReferenceResource",
    "ContainerResource",
    "ContainerResourceExpiresAfter",
    "ContainerResourceMemoryLimit",
    "ContainerResourceNetworkPolicy",
    "ContainerResourceNetworkPolicyType",
    "ContextManagementParam",
    "Conversation2",
    "ConversationItemList",
    "ConversationParam2",
    "ConversationResource",
    "CoordParam",
    "CostsResult",
    "CostsResultAmount",
    "CostsResultApiSource",
    "CostsResultQuantityUnit",
    "CreateAssistantRequest",
    "CreateAssistantRequestToolResources",
    "CreateAssistantRequestToolResourcesCodeInterpreter",
    "CreateAssistantRequestToolResourcesFileSearch",
    "CreateAssistantRequestToolResourcesFileSearchVectorStoresItem",
    "CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyAutoChunkingStrategy",
    "CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategy",
    "CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategyStatic",
    "CreateBatchBody",
    "CreateBatchBodyEndpoint",
    "CreateChatCompletionRequest",
    "CreateChatCompletionRequestAudio",
    "CreateChatCompletionRequestAudioFormat",
    "CreateChatCompletionRequestFunctionCallEnum",
    "CreateChatCompletionRequestLogitBias",
    "CreateChatCompletionRequestPromptCacheRetention",
    "CreateChatCompletionRequestWebSearchOptions",
    "CreateChatCompletionRequestWebSearchOptionsUserLocation",
    "CreateChatCompletionResponse",
    "CreateChatCompletionResponseChoicesItem",
    "CreateChatCompletionResponseChoicesItemFinishReason",
    "CreateChatCompletionResponseChoicesItemLogprobs",
    "CreateChatCompletionResponseMetadata",
    "CreateChatCompletionResponseModeration",
    "CreateChatCompletionStreamResponse",
    "CreateChatCompletionStreamResponseChoicesItem",
    "CreateChatCompletionStreamResponseChoicesItemFinishReason",
    "CreateChatCompletionStreamResponseChoicesItemLogprobs",
    "CreateChatSessionBody",
    "CreateCompletionRequest",
    "CreateCompletionRequestModelEnum",
    "CreateCompletionResponse",
    "CreateCompletionResponseChoicesItem",
    "CreateCompletionResponseChoicesItemFinishReason",
    "CreateCompletionResponseChoicesItemLogprobs",
    "CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem",
    "CreateContainerBody",
    "CreateContainerBodyExpiresAfter",
    "CreateContainerBodyMemoryLimit",
    "CreateContainerFileBody",
    "CreateConversationBody",
    "CreateConversationItemsBody",
    "CreateEmbeddingRequest",
    "CreateEmbeddingRequestEncodingFormat",
    "CreateEmbeddingRequestModelEnum",
    "CreateEmbeddingResponse",
    "CreateEmbeddingResponseUsage",
    "CreateEvalCompletionsRunDataSource",
    "CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages",
    "CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages",
    "CreateEvalCompletionsRunDataSourceSamplingParams",
    "CreateEvalCustomDataSourceConfig",
    "CreateEvalCustomDataSourceConfigItemSchema",
    "CreateEvalItemSimpleInputMessage",
    "CreateEvalJsonlRunDataSource",
    "CreateEvalLabelModelGrader",
    "CreateEvalLogsDataSourceConfig",
    "CreateEvalLogsDataSourceConfigMetadata",
    "CreateEvalRequest",
    "CreateEvalResponsesRunDataSource",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate",
    "CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage",
    "CreateEvalResponsesRunDataSourceSamplingParams",
    "CreateEvalResponsesRunDataSourceSamplingParamsText",
    "CreateEvalRunRequest",
    "CreateEvalStoredCompletionsDataSourceConfig",
    "CreateEvalStoredCompletionsDataSourceConfigMetadata",
    "CreateFileRequest",
    "CreateFileRequestPurpose",
    "CreateFineTuningCheckpointPermissionRequest",
    "CreateFineTuningJobRequest",
    "CreateFineTuningJobRequestHyperparameters",
    "CreateFineTuningJobRequestHyperparametersBatchSizeEnum",
    "CreateFineTuningJobRequestIntegrationsItem",
    "CreateFineTuningJobRequestIntegrationsItemWandb",
    "CreateFineTuningJobRequestModelEnum",
    "CreateGroupBody",
    "CreateGroupUserBody",
    "CreateImageEditRequest",
    "CreateImageEditRequestBackground",
    "CreateImageEditRequestModelEnum",
    "CreateImageEditRequestOutputFormat",
    "CreateImageEditRequestQuality",
    "CreateImageEditRequestResponseFormat",
    "CreateImageEditRequestSizeEnum",
    "CreateImageRequest",
    "CreateImageRequestModelEnum",
    "CreateImageRequestModeration",
    "CreateImageRequestQuality",
    "CreateImageRequestSizeEnum",
    "CreateImageRequestStyle",
    "CreateImageVariationRequest",
    "CreateImageVariationRequestModelEnum",
    "CreateImageVariationRequestSize",
    "CreateMessageRequest",
    "CreateMessageRequestAttachmentsItem",
    "CreateMessageRequestRole",
    "CreateModelResponseProperties",
    "CreateModerationRequest",
    "CreateModerationRequestInputVariant3ItemImageUrl",
    "CreateModerationRequestInputVariant3ItemImageUrlImageUrl",
    "CreateModerationRequestInputVariant3ItemText",
    "CreateModerationRequestModelEnum",
    "CreateModerationResponse",
    "CreateModerationResponseResultsItem",
    "CreateModerationResponseResultsItemCategories",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypes",
    "CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem",
    "CreateModerationResponseResultsItemCategoryScores",
    "CreateResponse",
    "CreateResponseTruncation",
    "CreateRunRequest",
    "CreateRunRequestTruncationStrategy",
    "CreateRunRequestTruncationStrategyType",
    "CreateSkillBody",
    "CreateSkillVersionBody",
    "CreateSpeechRequest",
    "CreateSpeechRequestModelEnum",
    "CreateSpeechRequestResponseFormat",
    "CreateSpeechRequestStreamFormat",
    "CreateSpendAlertBody",
    "CreateThreadAndRunRequest",
    "CreateThreadAndRunRequestModelEnum",
    "CreateThreadAndRunRequestToolResources",
    "CreateThreadRequest",
    "CreateThreadRequestToolResources",
    "CreateThreadRequestToolResourcesFileSearch",
    "CreateTranscriptionRequest",
    "CreateTranscriptionRequestChunkingStrategyEnum",
    "CreateTranscriptionRequestModelEnum",
    "CreateTranscriptionRequestTimestampGranularitiesItem",
    "CreateTranscriptionResponseDiarizedJson",
    "CreateTranscriptionResponseJson",
    "CreateTranscriptionResponseJsonLanguagesItem",
    "CreateTranscriptionResponseJsonLogprobsItem",
    "CreateTranscriptionResponseVerboseJson",
    "CreateTranslationRequest",
    "CreateTranslationRequestModelEnum",
    "CreateTranslationRequestResponseFormat",
    "CreateTranslationResponseJson",
    "CreateTranslationResponseVerboseJson",
    "CreateUploadRequest",
    "CreateUploadRequestPurpose",
    "CreateVectorStoreFileBatchRequest",
    "CreateVectorStoreFileRequest",
    "CreateVectorStoreRequest",
    "CreateVideoCharacterBody",
    "CreateVideoEditJsonBody",
    "CreateVideoEditMultipartBody",
    "CreateVideoExtendJsonBody",
    "CreateVideoExtendMultipartBody",
    "CreateVideoJsonBody",
    "CreateVideoMultipartBody",
    "CreateVideoRemixBody",
    "CreateVoiceConsentRequest",
    "CreateVoiceRequest",
    "CustomGrammarFormatParam",
    "CustomTextFormatParam",
    "CustomToolCall",
    "CustomToolCallOutput",
    "CustomToolCallOutputResource",
    "CustomToolCallResource",
    "CustomToolChatCompletions",
    "CustomToolChatCompletionsCustom",
    "CustomToolChatCompletionsCustomFormatGrammarFormat",
    "CustomToolChatCompletionsCustomFormatGrammarFormatGrammar",
    "CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax",
    "CustomToolChatCompletionsCustomFormatTextFormat",
    "CustomToolParam",
    "DeleteAssistantResponse",
    "DeleteCertificateResponse",
    "DeleteEvalResponse",
    "DeleteEvalRunResponse",
    "DeleteFileResponse",
    "DeleteFineTuningCheckpointPermissionResponse",
    "DeleteMessageResponse",
    "DeleteModelResponse",
    "DeleteThreadResponse",
    "DeleteVectorStoreFileResponse",
    "DeleteVectorStoreResponse",
    "DeletedConversation",
    "DeletedConversationResource",
    "DeletedRoleAssignmentResource",
    "DeletedSkillResource",
    "DeletedSkillVersionResource",
    "DeletedThreadResource",
    "DeletedVideoResource",
    "DetailEnum",
    "DoneEvent",
    "DoubleClickAction",
    "DragParam",
    "DragPoint",
    "EasyInputMessage",
    "EasyInputMessageRole",
    "EditImageBodyJsonParam",
    "EditImageBodyJsonParamInputFidelity",
    "EditImageBodyJsonParamModelEnum",
    "EditImageBodyJsonParamQuality",
    "EditImageBodyJsonParamSize",
    "Embedding",
    "EmptyModelParam",
    "Error",
    "Error2",
    "Error2Headers",
    "ErrorEvent",
    "ErrorMisalignment",
    "ErrorResponse",
    "Eval",
    "EvalApiError",
    "EvalCustomDataSourceConfig",
    "EvalCustomDataSourceConfigSchema",
    "EvalGraderLabelModel",
    "EvalGraderPython",
    "EvalGraderScoreModel",
    "EvalGraderScoreModelSamplingParams",
    "EvalGraderStringCheck",
    "EvalGraderTextSimilarity",
    "EvalGraderTextSimilarityEvaluationMetric",
    "EvalItem",
    "EvalItemContentOutputText",
    "EvalItemInputImage",
    "EvalJsonlFileContentSource",
    "EvalJsonlFileContentSourceContentItem",
    "EvalJsonlFileContentSourceContentItemItem",
    "EvalJsonlFileContentSourceContentItemSample",
    "EvalJsonlFileIdSource",
    "EvalList",
    "EvalLogsDataSourceConfig",
    "EvalResponsesSource",
    "EvalResponsesSourceMetadata",
    "EvalRun",
    "EvalRunList",
    "EvalRunOutputItem",
    "EvalRunOutputItemDatasourceItem",
    "EvalRunOutputItemList",
    "EvalRunOutputItemResult",
    "EvalRunOutputItemSample",
    "EvalRunOutputItemSampleInputItem",
    "EvalRunOutputItemSampleOutputItem",
    "EvalRunOutputItemSampleUsage",
    "EvalRunPerModelUsageItem",
    "EvalRunPerTestingCriteriaResultsItem",
    "EvalRunResultCounts",
    "EvalStoredCompletionsDataSourceConfig",
    "EvalStoredCompletionsSource",
    "ExpiresAfterParam",
    "FileAnnotation",
    "FileAnnotationSource",
    "FileCitationBody",
    "FileDetailEnum",
    "FileExpirationAfter",
    "FileInputDetail",
    "FilePath",
    "FileSearchRanker",
    "FileSearchRankingOptions",
    "FileSearchTool",
    "FileSearchToolCall",
    "FileSearchToolCallResultsItem",
    "FileSearchToolCallStatus",
    "FileUploadParam",
    "FineTuneChatCompletionRequestAssistantMessage",
    "FineTuneChatCompletionRequestAssistantMessageWeight",
    "FineTuneDPOHyperparameters",
    "FineTuneDPOMethod",
    "FineTuneMethod",
    "FineTuneMethodType",
    "FineTuneReinforcementHyperparameters",
    "FineTuneReinforcementHyperparametersReasoningEffort",
    "FineTuneReinforcementMethod",
    "FineTuneSupervisedHyperparameters",
    "FineTuneSupervisedMethod",
    "FineTuningCheckpointPermission",
    "FineTuningIntegration",
    "FineTuningIntegrationWandb",
    "FineTuningJob",
    "FineTuningJobCheckpoint",
    "FineTuningJobCheckpointMetrics",
    "FineTuningJobError",
    "FineTuningJobEvent",
    "FineTuningJobEventData",
    "FineTuningJobEventLevel",
    "FineTuningJobEventType",
    "FineTuningJobHyperparameters",
    "FineTuningJobStatus",
    "FunctionCallItemStatus",
    "FunctionCallOutputItemParam",
    "FunctionCallOutputStatusEnum",
    "FunctionCallStatus",
    "FunctionObject",
    "FunctionParameters",
    "FunctionShellAction",
    "FunctionShellActionParam",
    "FunctionShellCall",
    "FunctionShellCallItemParam",
    "FunctionShellCallItemStatus",
    "FunctionShellCallOutput",
    "FunctionShellCallOutputContent",
    "FunctionShellCallOutputContentParam",
    "FunctionShellCallOutputExitOutcome",
    "FunctionShellCallOutputExitOutcomeParam",
    "FunctionShellCallOutputItemParam",
    "FunctionShellCallOutputStatusEnum",
    "FunctionShellCallOutputTimeoutOutcome",
    "FunctionShellCallOutputTimeoutOutcomeParam",
    "FunctionShellCallStatus",
    "FunctionShellToolParam",
    "FunctionTool",
    "FunctionToolCall",
    "FunctionToolCallOutput",
    "FunctionToolCallOutputResource",
    "FunctionToolCallResource",
    "FunctionToolOutputSchema",
    "FunctionToolParam",
    "FunctionToolParameters",
    "GetEvalRunOutputItemsStatus",
    "GetEvalRunsStatus",
    "GraderLabelModel",
    "GraderMulti",
    "GraderPython",
    "GraderScoreModel",
    "GraderStringCheck",
    "GraderStringCheckOperation",
    "GraderTextSimilarity",
    "GrammarSyntax1",
    "Group",
    "GroupDeletedResource",
    "GroupListResource",
    "GroupMemberUser",
    "GroupMemberUserUserType",
    "GroupResourceWithSuccess",
    "GroupResponse",
    "GroupResponseGroupType",
    "GroupRoleAssignment",
    "GroupUser",
    "GroupUserAssignment",
    "GroupUserDeletedResource",
    "HistoryParam",
    "HostedToolPermission",
    "HostedToolPermissionUpdate",
    "HybridSearchOptions",
    "Image",
    "ImageDetail",
    "ImageEditCompletedEvent",
    "ImageEditCompletedEventBackground",
    "ImageEditCompletedEventOutputFormat",
    "ImageEditCompletedEventQuality",
    "ImageEditCompletedEventSize",
    "ImageEditPartialImageEvent",
    "ImageEditPartialImageEventBackground",
    "ImageEditPartialImageEventOutputFormat",
    "ImageEditPartialImageEventQuality",
    "ImageEditPartialImageEventSize",
    "ImageGenActionEnum",
    "ImageGenCompletedEvent",
    "ImageGenCompletedEventBackground",
    "ImageGenCompletedEventOutputFormat",
    "ImageGenCompletedEventQuality",
    "ImageGenCompletedEventSize",
    "ImageGenInputUsageDetails",
    "ImageGenOutputTokensDetails",
    "ImageGenPartialImageEvent",
    "ImageGenPartialImageEventBackground",
    "ImageGenPartialImageEventOutputFormat",
    "ImageGenPartialImageEventQuality",
    "ImageGenPartialImageEventSize",
    "ImageGenTool",
    "ImageGenToolBackground",
    "ImageGenToolCall",
    "ImageGenToolCallStatus",
    "ImageGenToolComplexity",
    "ImageGenToolInputImageMask",
    "ImageGenToolModelEnum",
    "ImageGenToolModeration",
    "ImageGenToolOutputFormat",
    "ImageGenToolQuality",
    "ImageGenToolSizeEnum",
    "ImageGenToolSvg",
    "ImageGenUsage",
    "ImageRefParam",
    "ImageRefParam2",
    "ImagesResponse",
    "ImagesResponseBackground",
    "ImagesResponseOutputFormat",
    "ImagesResponseQuality",
    "ImagesResponseSize",
    "ImagesResponseSvgUsage",
    "ImagesUsage",
    "ImagesUsageInputTokensDetails",
    "IncludeEnum",
    "InferenceOptions",
    "InlineSkillParam",
    "InlineSkillSourceParam",
    "InputAudio",
    "InputAudioInputAudio",
    "InputAudioInputAudioFormat",
    "InputFidelity",
    "InputFileContent",
    "InputFileContentParam",
    "InputImageContent",
    "InputImageContentParamAutoParam",
    "InputMessage",
    "InputMessageResource",
    "InputMessageRole",
    "InputMessageStatus",
    "InputTextContent",
    "InputTextContentParam",
    "Invite",
    "InviteDeleteResponse",
    "InviteListResponse",
    "InviteProjectGroupBody",
    "InviteProjectsItem",
    "InviteProjectsItemRole",
    "InviteRequest",
    "InviteRequestRole",
    "InviteRole",
    "InviteStatus",
    "ItemReferenceParam",
    "ItemReferenceParamType",
    "KeyPressAction",
    "ListAssistantsOrder",
    "ListAssistantsResponse",
    "ListAuditLogsEffectiveAt",
    "ListAuditLogsResponse",
    "ListBatchesResponse",
    "ListCertificatesResponse",
    "ListChatCompletionsOrder",
    "ListConversationItemsOrder",
    "ListEvalsOrderBy",
    "ListFilesInVectorStoreBatchFilter",
    "ListFilesResponse",
    "ListFineTuningCheckpointPermissionResponse",
    "ListFineTuningCheckpointPermissionsOrder",
    "ListFineTuningJobCheckpointsResponse",
    "ListFineTuningJobEventsResponse",
    "ListMessagesResponse",
    "ListModelsResponse",
    "ListPaginatedFineTuningJobsMetadata",
    "ListPaginatedFineTuningJobsResponse",
    "ListProjectCertificatesResponse",
    "ListRunStepsResponse",
    "ListRunsResponse",
    "ListVectorStoreFilesResponse",
    "ListVectorStoresResponse",
    "LocalEnvironmentParam",
    "LocalEnvironmentResource",
    "LocalShellExecAction",
    "LocalShellExecActionEnv",
    "LocalShellToolCall",
    "LocalShellToolCallOutput",
    "LocalShellToolCallOutputStatus",
    "LocalShellToolCallStatus",
    "LocalShellToolParam",
    "LocalSkillParam",
    "LockedStatus",
    "LogProb",
    "LogProbProperties",
    "MCPApprovalRequest",
    "MCPApprovalResponse",
    "MCPApprovalResponseResource",
    "MCPListTools",
    "MCPListToolsTool",
    "MCPListToolsToolAnnotations",
    "MCPListToolsToolInputSchema",
    "MCPTool",
    "MCPToolCall",
    "MCPToolCallStatus",
    "MCPToolConnectorId",
    "MCPToolFilter",
    "MCPToolHeaders",
    "MCPToolRequireApprovalMCPToolApprovalFilter",
    "MCPToolRequireApprovalMCPToolApprovalSetting",
    "Message",
    "MessageContentImageFileObject",
    "MessageContentImageFileObjectImageFile",
    "MessageContentImageFileObjectImageFileDetail",
    "MessageContentImageUrlObject",
    "MessageContentImageUrlObjectImageUrl",
    "MessageContentImageUrlObjectImageUrlDetail",
    "MessageContentRefusalObject",
    "MessageContentTextAnnotationsFileCitationObject",
    "MessageContentTextAnnotationsFileCitationObjectFileCitation",
    "MessageContentTextAnnotationsFilePathObject",
    "MessageContentTextAnnotationsFilePathObjectFilePath",
    "MessageContentTextObject",
    "MessageContentTextObjectText",
    "MessageDeltaContentImageFileObject",
    "MessageDeltaContentImageFileObjectImageFile",
    "MessageDeltaContentImageUrlObject",
    "MessageDeltaContentImageUrlObjectImageUrl",
    "MessageDeltaContentImageUrlObjectImageUrlDetail",
    "MessageDeltaContentRefusalObject",
    "MessageDeltaContentTextAnnotationsFileCitationObject",
    "MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation",
    "MessageDeltaContentTextAnnotationsFilePathObject",
    "MessageDeltaContentTextAnnotationsFilePathObjectFilePath",
    "MessageDeltaContentTextObject",
    "MessageDeltaContentTextObjectText",
    "MessageDeltaObject",
    "MessageDeltaObjectDelta",
    "MessageDeltaObjectDeltaRole",
    "MessageObject",
    "MessageObjectIncompleteDetails",
    "MessageObjectIncompleteDetailsReason",
    "MessageObjectStatus",
    "MessagePhase",
    "MessagePhase2",
    "MessageRequestContentTextObject",
    "MessageRole",
    "MessageStatus",
    "MessageStreamEventThreadMessageCompleted",
    "MessageStreamEventThreadMessageCreated",
    "MessageStreamEventThreadMessageDelta",
    "MessageStreamEventThreadMessageInProgress",
    "MessageStreamEventThreadMessageIncomplete",
    "Metadata2",
    "Model",
    "ModelIdsResponsesResponsesOnlyModel",
    "ModelIdsSharedEnum",
    "ModelResponseProperties",
    "ModifyAssistantRequest",
    "ModifyAssistantRequestToolResources",
    "ModifyAssistantRequestToolResourcesCodeInterpreter",
    "ModifyAssistantRequestToolResourcesFileSearch",
    "ModifyCertificateRequest",
    "ModifyMessageRequest",
    "ModifyRunRequest",
    "ModifyThreadRequest",
    "ModifyThreadRequestToolResources",
    "ModifyThreadRequestToolResourcesFileSearch",
    "MoveParam",
    "NamespaceToolParam",
    "NoiseReductionType",
    "OpenAIFile",
    "OpenAIFilePurpose",
    "OpenAIFileStatus",
    "OrderEnum",
    "OrganizationCertificate",
    "OrganizationCertificateActivationResponse",
    "OrganizationCertificateCertificateDetails",
    "OrganizationCertificateDeactivationResponse",
    "OrganizationDataRetention",
    "OrganizationDataRetentionType",
    "OrganizationProjectCertificate",
    "OrganizationProjectCertificateActivationResponse",
    "OrganizationProjectCertificateDeactivationResponse",
    "OrganizationSpendAlert",
    "OrganizationSpendAlertDeletedResource",
    "OrganizationSpendAlertListResource",
    "OtherChunkingStrategyResponseParam",
    "OutputAudio",
    "OutputMessage",
    "OutputTextContent",
    "PredictionContent",
    "Project",
    "ProjectApiKey",
    "ProjectApiKeyDeleteResponse",
    "ProjectApiKeyListResponse",
    "ProjectApiKeyOwner",
    "ProjectApiKeyOwnerProjectAccess",
    "ProjectApiKeyOwnerServiceAccount",
    "ProjectApiKeyOwnerType",
    "ProjectApiKeyOwnerUser",
    "ProjectCreateRequest",
    "ProjectDataRetention",
    "ProjectDataRetentionType",
    "ProjectGroup",
    "ProjectGroupDeletedResource",
    "ProjectGroupListResource",
    "ProjectHostedToolPermissions",
    "ProjectHostedToolPermissionsUpdateRequest",
    "ProjectListResponse",
    "ProjectModelPermissions",
    "ProjectModelPermissionsDeleteResponse",
    "ProjectModelPermissionsMode",
    "ProjectModelPermissionsUpdateRequest",
    "ProjectModelPermissionsUpdateRequestMode",
    "ProjectRateLimit",
    "ProjectRateLimitListResponse",
    "ProjectRateLimitUpdateRequest",
    "ProjectResidency",
    "ProjectServiceAccount",
    "ProjectServiceAccountApiKey",
    "ProjectServiceAccountCreateRequest",
    "ProjectServiceAccountCreateResponse",
    "ProjectServiceAccountDeleteResponse",
    "ProjectServiceAccountListResponse",
    "ProjectServiceAccountRole",
    "ProjectSpendAlert",
    "ProjectSpendAlertDeletedResource",
    "ProjectSpendAlertListResource",
    "ProjectUpdateRequest",
    "ProjectUser",
    "ProjectUserCreateRequest",
    "ProjectUserDeleteResponse",
    "ProjectUserListResponse",
    "ProjectUserUpdateRequest",
    "Prompt2",
    "PromptCacheRetentionEnum",
    "PublicAssignOrganizationGroupRoleBody",
    "PublicCreateOrganizationRoleBody",
    "PublicRoleListResource",
    "PublicUpdateOrganizationRoleBody",
    "RankerVersionType",
    "RankingOptions",
    "RateLimitsParam",
    "RealtimeAudioFormatsPCMAAudioFormat",
    "RealtimeAudioFormatsPCMAudioFormat",
    "RealtimeAudioFormatsPCMAudioFormatRate",
    "RealtimeAudioFormatsPCMUAudioFormat",
    "RealtimeBetaClientEventConversationItemCreate",
    "RealtimeBetaClientEventConversationItemDelete",
    "RealtimeBetaClientEventConversationItemRetrieve",
    "RealtimeBetaClientEventConversationItemTruncate",
    "RealtimeBetaClientEventInputAudioBufferAppend",
    "RealtimeBetaClientEventInputAudioBufferClear",
    "RealtimeBetaClientEventInputAudioBufferCommit",
    "RealtimeBetaClientEventOutputAudioBufferClear",
    "RealtimeBetaClientEventResponseCancel",
    "RealtimeBetaClientEventResponseCreate",
    "RealtimeBetaClientEventSessionUpdate",
    "RealtimeBetaClientEventTranscriptionSessionUpdate",
    "RealtimeBetaResponse",
    "RealtimeBetaResponseCreateParams",
    "RealtimeBetaResponseCreateParamsConversationEnum",
    "RealtimeBetaResponseCreateParamsToolsItem",
    "RealtimeBetaResponseCreateParamsToolsItemParameters",
    "RealtimeBetaResponseMaxOutputTokensEnum",
    "RealtimeBetaResponseOutputAudioFormat",
    "RealtimeBetaResponseStatus",
    "RealtimeBetaResponseStatusDetails",
    "RealtimeBetaResponseStatusDetailsError",
    "RealtimeBetaResponseStatusDetailsReason",
    "RealtimeBetaResponseStatusDetailsType",
    "RealtimeBetaResponseUsage",
    "RealtimeBetaResponseUsageInputTokenDetails",
    "RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails",
    "RealtimeBetaResponseUsageOutputTokenDetails",
    "RealtimeBetaServerEventConversationItemCreated",
    "RealtimeBetaServerEventConversationItemDeleted",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError",
    "RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment",
    "RealtimeBetaServerEventConversationItemRetrieved",
    "RealtimeBetaServerEventConversationItemTruncated",
    "RealtimeBetaServerEventError",
    "RealtimeBetaServerEventErrorError",
    "RealtimeBetaServerEventInputAudioBufferCleared",
    "RealtimeBetaServerEventInputAudioBufferCommitted",
    "RealtimeBetaServerEventInputAudioBufferSpeechStarted",
    "RealtimeBetaServerEventInputAudioBufferSpeechStopped",
    "RealtimeBetaServerEventMCPListToolsCompleted",
    "RealtimeBetaServerEventMCPListToolsFailed",
    "RealtimeBetaServerEventMCPListToolsInProgress",
    "RealtimeBetaServerEventRateLimitsUpdated",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem",
    "RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName",
    "RealtimeBetaServerEventResponseAudioDelta",
    "RealtimeBetaServerEventResponseAudioDone",
    "RealtimeBetaServerEventResponseAudioTranscriptDelta",
    "RealtimeBetaServerEventResponseAudioTranscriptDone",
    "RealtimeBetaServerEventResponseContentPartAdded",
    "RealtimeBetaServerEventResponseContentPartAddedPart",
    "RealtimeBetaServerEventResponseContentPartAddedPartType",
    "RealtimeBetaServerEventResponseContentPartDone",
    "RealtimeBetaServerEventResponseContentPartDonePart",
    "RealtimeBetaServerEventResponseCreated",
    "RealtimeBetaServerEventResponseDone",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDelta",
    "RealtimeBetaServerEventResponseFunctionCallArgumentsDone",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDelta",
    "RealtimeBetaServerEventResponseMCPCallArgumentsDone",
    "RealtimeBetaServerEventResponseMCPCallCompleted",
    "RealtimeBetaServerEventResponseMCPCallFailed",
    "RealtimeBetaServerEventResponseMCPCallInProgress",
    "RealtimeBetaServerEventResponseOutputItemAdded",
    "RealtimeBetaServerEventResponseOutputItemDone",
    "RealtimeBetaServerEventResponseTextDelta",
    "RealtimeBetaServerEventResponseTextDone",
    "RealtimeBetaServerEventSessionCreated",
    "RealtimeBetaServerEventSessionUpdated",
    "RealtimeBetaServerEventTranscriptionSessionCreated",
    "RealtimeBetaServerEventTranscriptionSessionUpdated",
    "RealtimeCallCreateRequest",
    "RealtimeCallReferRequest",
    "RealtimeCallRejectRequest",
    "RealtimeClientEventConversationItemCreate",
    "RealtimeClientEventConversationItemDelete",
    "RealtimeClientEventConversationItemRetrieve",
    "RealtimeClientEventConversationItemTruncate",
    "RealtimeClientEventInputAudioBufferAppend",
    "RealtimeClientEventInputAudioBufferClear",
    "RealtimeClientEventInputAudioBufferCommit",
    "RealtimeClientEventOutputAudioBufferClear",
    "RealtimeClientEventResponseCancel",
    "RealtimeClientEventResponseCreate",
    "RealtimeClientEventSessionUpdate",
    "RealtimeClientEventTranscriptionSessionUpdate",
    "RealtimeConversationItemFunctionCall",
    "RealtimeConversationItemFunctionCallOutput",
    "RealtimeConversationItemFunctionCallStatus",
    "RealtimeConversationItemMessageAssistant",
    "RealtimeConversationItemMessageAssistantContentItem",
    "RealtimeConversationItemMessageAssistantContentItemType",
    "RealtimeConversationItemMessageSystem",
    "RealtimeConversationItemMessageSystemContentItem",
    "RealtimeConversationItemMessageUser",
    "RealtimeConversationItemMessageUserContentItem",
    "RealtimeConversationItemMessageUserContentItemDetail",
    "RealtimeConversationItemMessageUserContentItemType",
    "RealtimeConversationItemWithReference",
    "RealtimeConversationItemWithReferenceContentItem",
    "RealtimeConversationItemWithReferenceContentItemType",
    "RealtimeConversationItemWithReferenceRole",
    "RealtimeConversationItemWithReferenceStatus",
    "RealtimeConversationItemWithReferenceType",
    "RealtimeCreateClientSecretRequest",
    "RealtimeCreateClientSecretRequestExpiresAfter",
    "RealtimeCreateClientSecretResponse",
    "RealtimeFunctionTool",
    "RealtimeMCPApprovalRequest",
    "RealtimeMCPApprovalResponse",
    "RealtimeMCPHTTPError",
    "RealtimeMCPListTools",
    "RealtimeMCPProtocolError",
    "RealtimeMCPToolCall",
    "RealtimeMCPToolExecutionError",
    "RealtimeReasoning",
    "RealtimeReasoningEffort",
    "RealtimeResponse",
    "RealtimeResponseAudio",
    "RealtimeResponseAudioOutput",
    "RealtimeResponseCreateParams",
    "RealtimeResponseCreateParamsAudio",
    "RealtimeResponseCreateParamsAudioOutput",
    "RealtimeResponseStatusDetails",
    "RealtimeResponseStatusDetailsReason",
    "RealtimeResponseUsage",
    "RealtimeResponseUsageInputTokenDetails",
    "RealtimeServerEventConversationCreated",
    "RealtimeServerEventConversationCreatedConversation",
    "RealtimeServerEventConversationItemAdded",
    "RealtimeServerEventConversationItemCreated",
    "RealtimeServerEventConversationItemDeleted",
    "RealtimeServerEventConversationItemDone",
    "RealtimeServerEventConversationItemInputAudioTranscriptionCompleted",
    "RealtimeServerEventConversationItemInputAudioTranscriptionDelta",
    "RealtimeServerEventConversationItemInputAudioTranscriptionFailed",
    "RealtimeServerEventConversationItemInputAudioTranscriptionSegment",
    "RealtimeServerEventConversationItemRetrieved",
    "RealtimeServerEventConversationItemTruncated",
    "RealtimeServerEventError",
    "RealtimeServerEventInputAudioBufferCleared",
    "RealtimeServerEventInputAudioBufferCommitted",
    "RealtimeServerEventInputAudioBufferDtmfEventReceived",
    "RealtimeServerEventInputAudioBufferSpeechStarted",
    "RealtimeServerEventInputAudioBufferSpeechStopped",
    "RealtimeServerEventInputAudioBufferTimeoutTriggered",
    "RealtimeServerEventMCPListToolsCompleted",
    "RealtimeServerEventMCPListToolsFailed",
    "RealtimeServerEventMCPListToolsInProgress",
    "RealtimeServerEventOutputAudioBufferCleared",
    "RealtimeServerEventOutputAudioBufferStarted",
    "RealtimeServerEventOutputAudioBufferStopped",
    "RealtimeServerEventRateLimitsUpdated",
    "RealtimeServerEventResponseAudioDelta",
    "RealtimeServerEventResponseAudioDone",
    "RealtimeServerEventResponseAudioTranscriptDelta",
    "RealtimeServerEventResponseAudioTranscriptDone",
    "RealtimeServerEventResponseContentPartAdded",
    "RealtimeServerEventResponseContentPartDone",
    "RealtimeServerEventResponseCreated",
    "RealtimeServerEventResponseDone",
    "RealtimeServerEventResponseFunctionCallArgumentsDelta",
    "RealtimeServerEventResponseFunctionCallArgumentsDone",
    "RealtimeServerEventResponseMCPCallArgumentsDelta",
    "RealtimeServerEventResponseMCPCallArgumentsDone",
    "RealtimeServerEventResponseMCPCallCompleted",
    "RealtimeServerEventResponseMCPCallFailed",
    "RealtimeServerEventResponseMCPCallInProgress",
    "RealtimeServerEventResponseOutputItemAdded",
    "RealtimeServerEventResponseOutputItemDone",
    "RealtimeServerEventResponseTextDelta",
    "RealtimeServerEventResponseTextDone",
    "RealtimeServerEventSessionCreated",
    "RealtimeServerEventSessionUpdated",
    "RealtimeServerEventTranscriptionSessionUpdated",
    "RealtimeSession",
    "RealtimeSessionCreateRequest",
    "RealtimeSessionCreateRequestClientSecret",
    "RealtimeSessionCreateRequestGA",
    "RealtimeSessionCreateRequestGAAudio",
    "RealtimeSessionCreateRequestGAAudioInput",
    "RealtimeSessionCreateRequestGAAudioInputNoiseReduction",
    "RealtimeSessionCreateRequestGAAudioOutput",
    "RealtimeSessionCreateRequestGAModelEnum",
    "RealtimeSessionCreateRequestGATracingAuto",
    "RealtimeSessionCreateRequestGATracingTracingConfiguration",
    "RealtimeSessionCreateRequestGATracingTracingConfigurationMetadata",
    "RealtimeSessionCreateRequestInputAudioTranscription",
    "RealtimeSessionCreateRequestToolsItem",
    "RealtimeSessionCreateRequestTurnDetection",
    "RealtimeSessionCreateResponse",
    "RealtimeSessionCreateResponseAudio",
    "RealtimeSessionCreateResponseAudioInput",
    "RealtimeSessionCreateResponseAudioInputNoiseReduction",
    "RealtimeSessionCreateResponseAudioInputTurnDetection",
    "RealtimeSessionCreateResponseAudioOutput",
    "RealtimeSessionCreateResponseGA",
    "RealtimeSessionCreateResponseGAAudio",
    "RealtimeSessionCreateResponseGAAudioInput",
    "RealtimeSessionCreateResponseGAAudioOutput",
    "RealtimeSessionInputAudioFormat",
    "RealtimeSessionInputAudioNoiseReduction",
    "RealtimeSessionModelEnum",
    "RealtimeSessionOutputAudioFormat",
    "RealtimeSessionTracingEnum",
    "RealtimeSessionTracingTracingConfiguration",
    "RealtimeSessionTracingTracingConfigurationMetadata",
    "RealtimeTranscriptionSessionCreateRequest",
    "RealtimeTranscriptionSessionCreateRequestGA",
    "RealtimeTranscriptionSessionCreateRequestGAAudio",
    "RealtimeTranscriptionSessionCreateRequestTurnDetection",
    "RealtimeTranscriptionSessionCreateResponse",
    "RealtimeTranscriptionSessionCreateResponseClientSecret",
    "RealtimeTranscriptionSessionCreateResponseGA",
    "RealtimeTranscriptionSessionCreateResponseGAAudio",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInput",
    "RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection",
    "RealtimeTranslationClientEventInputAudioBufferAppend",
    "RealtimeTranslationClientEventSessionClose",
    "RealtimeTranslationClientEventSessionUpdate",
    "RealtimeTranslationClientSecretCreateRequest",
    "RealtimeTranslationClientSecretCreateResponse",
    "RealtimeTranslationServerEventSessionClosed",
    "RealtimeTranslationServerEventSessionCreated",
    "RealtimeTranslationServerEventSessionInputTranscriptDelta",
    "RealtimeTranslationServerEventSessionOutputAudioDelta",
    "RealtimeTranslationServerEventSessionOutputTranscriptDelta",
    "RealtimeTranslationServerEventSessionUpdated",
    "RealtimeTranslationSession",
    "RealtimeTranslationSessionAudio",
    "RealtimeTranslationSessionAudioInput",
    "RealtimeTranslationSessionAudioInputNoiseReduction",
    "RealtimeTranslationSessionAudioInputTranscription",
    "RealtimeTranslationSessionAudioOutput",
    "RealtimeTranslationSessionCreateRequest",
    "RealtimeTranslationSessionCreateRequestAudio",
    "RealtimeTranslationSessionCreateRequestAudioInput",
    "RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction",
    "RealtimeTranslationSessionCreateRequestAudioInputTranscription",
    "RealtimeTranslationSessionUpdateRequest",
    "RealtimeTruncationEnum",
    "RealtimeTruncationRetentionRatioTruncation",
    "RealtimeTruncationRetentionRatioTruncationTokenLimits",
    "RealtimeTurnDetectionSemanticVAD",
    "RealtimeTurnDetectionSemanticVADEagerness",
    "RealtimeTurnDetectionServerVAD",
    "Reasoning",
    "ReasoningContext",
    "ReasoningEffort2",
    "ReasoningGenerateSummary",
    "ReasoningItem",
    "ReasoningMode",
    "ReasoningSummary",
    "ReasoningTextContent",
    "RefusalContent",
    "ResponseAccessPrograms",
    "ResponseAudioDeltaEvent",
    "ResponseAudioDoneEvent",
    "ResponseAudioTranscriptDeltaEvent",
    "ResponseAudioTranscriptDoneEvent",
    "ResponseCodeInterpreterCallCodeDeltaEvent",
    "ResponseCodeInterpreterCallCodeDoneEvent",
    "ResponseCodeInterpreterCallCompletedEvent",
    "ResponseCodeInterpreterCallInProgressEvent",
    "ResponseCodeInterpreterCallInterpretingEvent",
    "ResponseCompletedEvent",
    "ResponseContentPartAddedEvent",
    "ResponseContentPartDoneEvent",
    "ResponseCreatedEvent",
    "ResponseCustomToolCallInputDeltaEvent",
    "ResponseCustomToolCallInputDoneEvent",
    "ResponseError2",
    "ResponseErrorCode",
    "ResponseErrorEvent",
    "ResponseFailedEvent",
    "ResponseFileSearchCallCompletedEvent",
    "ResponseFileSearchCallInProgressEvent",
    "ResponseFileSearchCallSearchingEvent",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaJsonSchema",
    "ResponseFormatJsonSchemaSchema",
    "ResponseFormatText",
    "ResponseFormatTextGrammar",
    "ResponseFormatTextPython",
    "ResponseFunctionCallArgumentsDeltaEvent",
    "ResponseFunctionCallArgumentsDoneEvent",
    "ResponseImageGenCallCompletedEvent",
    "ResponseImageGenCallGeneratingEvent",
    "ResponseImageGenCallInProgressEvent",
    "ResponseImageGenCallPartialImageEvent",
    "ResponseInProgressEvent",
    "ResponseIncompleteDetails",
    "ResponseIncompleteDetailsReason",
    "ResponseIncompleteEvent",
    "ResponseItemList",
    "ResponseLogProb",
    "ResponseLogProbTopLogprobsItem",
    "ResponseMCPCallArgumentsDeltaEvent",
    "ResponseMCPCallArgumentsDoneEvent",
    "ResponseMCPCallCompletedEvent",
    "ResponseMCPCallFailedEvent",
    "ResponseMCPCallInProgressEvent",
    "ResponseMCPListToolsCompletedEvent",
    "ResponseMCPListToolsFailedEvent",
    "ResponseMCPListToolsInProgressEvent",
    "ResponseObject",
    "ResponseOutputItemAddedEvent",
    "ResponseOutputItemDoneEvent",
    "ResponseOutputText",
    "ResponseOutputTextAnnotationAddedEvent",
    "ResponseOutputTextAnnotationAddedEventAnnotation",
    "ResponsePromptCacheDiagnostics",
    "ResponsePromptCacheOptions",
    "ResponsePromptVariables2",
    "ResponseProperties",
    "ResponseQueuedEvent",
    "ResponseReasoningSummaryPartAddedEvent",
    "ResponseReasoningSummaryPartAddedEventPart",
    "ResponseReasoningSummaryPartDoneEvent",
    "ResponseReasoningSummaryPartDoneEventPart",
    "ResponseReasoningSummaryPartDoneEventStatus",
    "ResponseReasoningSummaryTextDeltaEvent",
    "ResponseReasoningSummaryTextDoneEvent",
    "ResponseReasoningTextDeltaEvent",
    "ResponseReasoningTextDoneEvent",
    "ResponseRefusalDeltaEvent",
    "ResponseRefusalDoneEvent",
    "ResponseStatus",
    "ResponseStreamOptions2",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseTextParam",
    "ResponseToolUsage",
    "ResponseUsage",
    "ResponseUsageInputTokensDetails",
    "ResponseUsageInputTokensDetailsCacheWriteTokensDetails",
    "ResponseWebSearchCallCompletedEvent",
    "ResponseWebSearchCallInProgressEvent",
    "ResponseWebSearchCallSearchingEvent",
    "ResponsesClientEvent",
    "ResponsesClientEventResponseCreate",
    "RetrieveProjectGroupGroupType",
    "Role",
    "RoleDeletedResource",
    "RoleListResource",
    "RunCompletionUsage2",
    "RunGraderRequest",
    "RunGraderRequestItem",
    "RunGraderResponse",
    "RunGraderResponseMetadata",
    "RunGraderResponseMetadataErrors",
    "RunGraderResponseMetadataScores",
    "RunGraderResponseModelGraderTokenUsagePerModel",
    "RunGraderResponseSubRewards",
    "RunObject",
    "RunObjectIncompleteDetails",
    "RunObjectIncompleteDetailsReason",
    "RunObjectLastError",
    "RunObjectLastErrorCode",
    "RunObjectRequiredAction",
    "RunObjectRequiredActionSubmitToolOutputs",
    "RunObjectStatus",
    "RunStepCompletionUsage2",
    "RunStepDeltaObject",
    "RunStepDeltaObjectDelta",
    "RunStepDeltaStepDetailsMessageCreationObject",
    "RunStepDeltaStepDetailsMessageCreationObjectMessageCreation",
    "RunStepDeltaStepDetailsToolCallsCodeObject",
    "RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObject",
    "RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage",
    "RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject",
    "RunStepDeltaStepDetailsToolCallsFileSearchObject",
    "RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch",
    "RunStepDeltaStepDetailsToolCallsFunctionObject",
    "RunStepDeltaStepDetailsToolCallsFunctionObjectFunction",
    "RunStepDeltaStepDetailsToolCallsObject",
    "RunStepDetailsMessageCreationObject",
    "RunStepDetailsMessageCreationObjectMessageCreation",
    "RunStepDetailsToolCallsCodeObject",
    "RunStepDetailsToolCallsCodeObjectCodeInterpreter",
    "RunStepDetailsToolCallsCodeOutputImageObject",
    "RunStepDetailsToolCallsCodeOutputImageObjectImage",
    "RunStepDetailsToolCallsCodeOutputLogsObject",
    "RunStepDetailsToolCallsFileSearchObject",
    "RunStepDetailsToolCallsFileSearchObjectFileSearch",
    "RunStepDetailsToolCallsFileSearchRankingOptionsObject",
    "RunStepDetailsToolCallsFileSearchResultObject",
    "RunStepDetailsToolCallsFileSearchResultObjectContentItem",
    "RunStepDetailsToolCallsFunctionObject",
    "RunStepDetailsToolCallsFunctionObjectFunction",
    "RunStepDetailsToolCallsObject",
    "RunStepObject",
    "RunStepObjectLastError",
    "RunStepObjectLastErrorCode",
    "RunStepObjectStatus",
    "RunStepObjectType",
    "RunStepStreamEventThreadRunStepCancelled",
    "RunStepStreamEventThreadRunStepCompleted",
    "RunStepStreamEventThreadRunStepCreated",
    "RunStepStreamEventThreadRunStepDelta",
    "RunStepStreamEventThreadRunStepExpired",
    "RunStepStreamEventThreadRunStepFailed",
    "RunStepStreamEventThreadRunStepInProgress",
    "RunStreamEventThreadRunCancelled",
    "RunStreamEventThreadRunCancelling",
    "RunStreamEventThreadRunCompleted",
    "RunStreamEventThreadRunCreated",
    "RunStreamEventThreadRunExpired",
    "RunStreamEventThreadRunFailed",
    "RunStreamEventThreadRunInProgress",
    "RunStreamEventThreadRunIncomplete",
    "RunStreamEventThreadRunQueued",
    "RunStreamEventThreadRunRequiresAction",
    "RunToolCallObject",
    "RunToolCallObjectFunction",
    "ScreenshotParam",
    "ScrollParam",
    "SearchContentType",
    "SearchContextSize",
    "ServiceTier2",
    "ServiceTierEnum",
    "SetDefaultSkillVersionBody",
    "SkillListResource",
    "SkillReferenceParam",
    "SkillResource",
    "SkillVersionListResource",
    "SkillVersionResource",
    "SpecificApplyPatchParam",
    "SpecificFunctionShellParam",
    "SpeechAudioDeltaEvent",
    "SpeechAudioDoneEvent",
    "SpeechAudioDoneEventUsage",
    "SpendAlertNotificationChannel",
    "StaticChunkingStrategy",
    "StaticChunkingStrategyRequestParam",
    "StaticChunkingStrategyResponseParam",
    "SubmitToolOutputsRunRequest",
    "SubmitToolOutputsRunRequestToolOutputsItem",
    "SummaryTextContent",
    "TaskGroupItem",
    "TaskGroupTask",
    "TaskItem",
    "TaskType",
    "TextContent",
    "TextResponseFormatJsonSchema",
    "ThreadItemListResource",
    "ThreadListResource",
    "ThreadObject",
    "ThreadResource",
    "ThreadStreamEvent",
    "ToggleCertificatesRequest",
    "TokenCountsBody",
    "TokenCountsResource",
    "ToolChoice",
    "ToolChoiceAllowed",
    "ToolChoiceCustom",
    "ToolChoiceFunction",
    "ToolChoiceMCP",
    "ToolChoiceOptions",
    "ToolChoiceTypes",
    "ToolChoiceTypesType",
    "ToolSearchCall",
    "ToolSearchCallItemParam",
    "ToolSearchExecutionType",
    "ToolSearchOutput",
    "ToolSearchOutputItemParam",
    "ToolSearchToolParam",
    "TopLogProb",
    "TranscriptTextDeltaEvent",
    "TranscriptTextDeltaEventLogprobsItem",
    "TranscriptTextDoneEvent",
    "TranscriptTextSegmentEvent",
    "TranscriptTextUsageDuration",
    "TranscriptTextUsageTokens",
    "TranscriptTextUsageTokensInputTokenDetails",
    "TranscriptionChunkingStrategyEnum",
    "TranscriptionDiarizedSegment",
    "TranscriptionSegment",
    "TranscriptionWord",
    "TruncationEnum",
    "TruncationObject",
    "TypeParam",
    "UpdateChatCompletionBody",
    "UpdateConversationBody",
    "UpdateEvalBody",
    "UpdateGroupBody",
    "UpdateOrganizationDataRetentionBody",
    "UpdateOrganizationDataRetentionBodyRetentionType",
    "UpdateProjectDataRetentionBody",
    "UpdateProjectDataRetentionBodyRetentionType",
    "UpdateProjectServiceAccountBody",
    "UpdateProjectServiceAccountBodyRole",
    "UpdateVectorStoreFileAttributesRequest",
    "UpdateVectorStoreRequest",
    "UpdateVectorStoreRequestExpiresAfter",
    "UpdateVoiceConsentRequest",
    "Upload",
    "UploadCertificateRequest",
    "UploadFile",
    "UploadPart",
    "UploadStatus",
    "UrlAnnotation",
    "UrlAnnotationSource",
    "UrlCitationBody",
    "UsageAudioSpeechesBucketWidth",
    "UsageAudioSpeechesGroupByItem",
    "UsageAudioSpeechesResult",
    "UsageAudioTranscriptionsResult",
    "UsageCodeInterpreterSessionsResult",
    "UsageCompletionsGroupByItem",
    "UsageCompletionsResult",
    "UsageCostsGroupByItem",
    "UsageEmbeddingsResult",
    "UsageFileSearchCallsGroupByItem",
    "UsageFileSearchCallsResult",
    "UsageImagesGroupByItem",
    "UsageImagesResult",
    "UsageImagesSizesItem",
    "UsageImagesSourcesItem",
    "UsageModerationsResult",
    "UsageResponse",
    "UsageTimeBucket",
    "UsageVectorStoresResult",
    "UsageWebSearchCallsContextLevelsItem",
    "UsageWebSearchCallsGroupByItem",
    "UsageWebSearchCallsResult",
    "User",
    "UserDeleteResponse",
    "UserListResource",
    "UserListResponse",
    "UserMessageInputText",
    "UserMessageItem",
    "UserMessageQuotedText",
    "UserProjects",
    "UserProjectsDataItem",
    "UserRoleAssignment",
    "UserRoleUpdateRequest",
    "UserUser",
    "VadConfig",
    "ValidateGraderRequest",
    "ValidateGraderResponse",
    "VectorStoreExpirationAfter",
    "VectorStoreFileAttributes2",
    "VectorStoreFileBatchObject",
    "VectorStoreFileBatchObjectFileCounts",
    "VectorStoreFileBatchObjectStatus",
    "VectorStoreFileContentResponse",
    "VectorStoreFileContentResponseDataItem",
    "VectorStoreFileObject",
    "VectorStoreFileObjectLastError",
    "VectorStoreFileObjectLastErrorCode",
    "VectorStoreFileObjectStatus",
    "VectorStoreObject",
    "VectorStoreObjectFileCounts",
    "VectorStoreObjectStatus",
    "VectorStoreSearchRequest",
    "VectorStoreSearchRequestRankingOptions",
    "VectorStoreSearchRequestRankingOptionsRanker",
    "VectorStoreSearchResultContentObject",
    "VectorStoreSearchResultItem",
    "VectorStoreSearchResultsPage",
    "Verbosity2",
    "VideoCharacterResource",
    "VideoContentVariant",
    "VideoListResource",
    "VideoModelEnum",
    "VideoReferenceInputParam",
    "VideoResource",
    "VideoSeconds",
    "VideoSize",
    "VideoStatus",
    "VoiceConsentDeletedResource",
    "VoiceConsentListResource",
    "VoiceConsentResource",
    "VoiceIdsOrCustomVoiceObject",
    "VoiceIdsSharedEnum",
    "VoiceResource",
    "WaitParam",
    "WebSearchActionFind",
    "WebSearchActionOpenPage",
    "WebSearchActionSearch",
    "WebSearchActionSearchSourcesItem",
    "WebSearchApproximateLocation2",
    "WebSearchContextSize",
    "WebSearchLocation",
    "WebSearchPreviewTool",
    "WebSearchPreviewToolType",
    "WebSearchTool",
    "WebSearchToolCall",
    "WebSearchToolCallStatus",
    "WebSearchToolFilters",
    "WebSearchToolSearchContextSize",
    "WebSearchToolType",
    "WebhookBatchCancelled",
    "WebhookBatchCancelledData",
    "WebhookBatchCompleted",
    "WebhookBatchExpired",
    "WebhookBatchFailed",
    "WebhookEvalRunCanceled",
    "WebhookEvalRunCanceledData",
    "WebhookEvalRunFailed",
    "WebhookEvalRunSucceeded",
    "WebhookFineTuningJobCancelled",
    "WebhookFineTuningJobCancelledData",
    "WebhookFineTuningJobFailed",
    "WebhookFineTuningJobSucceeded",
    "WebhookRealtimeCallIncoming",
    "WebhookRealtimeCallIncomingData",
    "WebhookRealtimeCallIncomingDataSipHeadersItem",
    "WebhookRealtimeCallIncomingDataSipMediaSecurity",
    "WebhookResponseCancelled",
    "WebhookResponseCancelledData",
    "WebhookResponseCompleted",
    "WebhookResponseFailed",
    "WebhookResponseIncomplete",
    "WidgetMessageItem",
    "WorkflowParam",
    "WorkflowParamStateVariables",
    "WorkflowTracingParam",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
