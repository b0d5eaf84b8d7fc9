"""Types of the lazily loaded models package (see `__init__.py`)."""

from .active_status import ActiveStatus as ActiveStatus
from .add_upload_part_request import AddUploadPartRequest as AddUploadPartRequest
from .admin_api_key import AdminApiKey as AdminApiKey
from .admin_api_key_create_response import AdminApiKeyCreateResponse as AdminApiKeyCreateResponse
from .admin_api_key_owner import AdminApiKeyOwner as AdminApiKeyOwner
from .admin_api_keys_create_body import AdminApiKeysCreateBody as AdminApiKeysCreateBody
from .admin_api_keys_delete_response import AdminApiKeysDeleteResponse as AdminApiKeysDeleteResponse
from .admin_api_keys_list_order import AdminApiKeysListOrder as AdminApiKeysListOrder
from .api_key_list import ApiKeyList as ApiKeyList
from .apply_patch_call_output_status import ApplyPatchCallOutputStatus as ApplyPatchCallOutputStatus
from .apply_patch_call_output_status_param import (
    ApplyPatchCallOutputStatusParam as ApplyPatchCallOutputStatusParam,
)
from .apply_patch_call_status import ApplyPatchCallStatus as ApplyPatchCallStatus
from .apply_patch_call_status_param import ApplyPatchCallStatusParam as ApplyPatchCallStatusParam
from .apply_patch_create_file_operation import (
    ApplyPatchCreateFileOperation as ApplyPatchCreateFileOperation,
)
from .apply_patch_create_file_operation_param import (
    ApplyPatchCreateFileOperationParam as ApplyPatchCreateFileOperationParam,
)
from .apply_patch_delete_file_operation import (
    ApplyPatchDeleteFileOperation as ApplyPatchDeleteFileOperation,
)
from .apply_patch_delete_file_operation_param import (
    ApplyPatchDeleteFileOperationParam as ApplyPatchDeleteFileOperationParam,
)
from .apply_patch_tool_call import ApplyPatchToolCall as ApplyPatchToolCall
from .apply_patch_tool_call_item_param import (
    ApplyPatchToolCallItemParam as ApplyPatchToolCallItemParam,
)
from .apply_patch_tool_call_output import ApplyPatchToolCallOutput as ApplyPatchToolCallOutput
from .apply_patch_tool_call_output_item_param import (
    ApplyPatchToolCallOutputItemParam as ApplyPatchToolCallOutputItemParam,
)
from .apply_patch_tool_param import ApplyPatchToolParam as ApplyPatchToolParam
from .apply_patch_tool_param_allowed_callers_item import (
    ApplyPatchToolParamAllowedCallersItem as ApplyPatchToolParamAllowedCallersItem,
)
from .apply_patch_update_file_operation import (
    ApplyPatchUpdateFileOperation as ApplyPatchUpdateFileOperation,
)
from .apply_patch_update_file_operation_param import (
    ApplyPatchUpdateFileOperationParam as ApplyPatchUpdateFileOperationParam,
)
from .approximate_location import ApproximateLocation as ApproximateLocation
from .assigned_role_details import AssignedRoleDetails as AssignedRoleDetails
from .assigned_role_details_assignment_sources_item import (
    AssignedRoleDetailsAssignmentSourcesItem as AssignedRoleDetailsAssignmentSourcesItem,
)
from .assigned_role_details_created_by_user_obj import (
    AssignedRoleDetailsCreatedByUserObj as AssignedRoleDetailsCreatedByUserObj,
)
from .assigned_role_details_metadata import (
    AssignedRoleDetailsMetadata as AssignedRoleDetailsMetadata,
)
from .assistant_message_item import AssistantMessageItem as AssistantMessageItem
from .assistant_object import AssistantObject as AssistantObject
from .assistant_object_tool_resources import (
    AssistantObjectToolResources as AssistantObjectToolResources,
)
from .assistant_object_tool_resources_code_interpreter import (
    AssistantObjectToolResourcesCodeInterpreter as AssistantObjectToolResourcesCodeInterpreter,
)
from .assistant_object_tool_resources_file_search import (
    AssistantObjectToolResourcesFileSearch as AssistantObjectToolResourcesFileSearch,
)
from .assistant_supported_models import AssistantSupportedModels as AssistantSupportedModels
from .assistant_tools_code import AssistantToolsCode as AssistantToolsCode
from .assistant_tools_file_search import AssistantToolsFileSearch as AssistantToolsFileSearch
from .assistant_tools_file_search_file_search import (
    AssistantToolsFileSearchFileSearch as AssistantToolsFileSearchFileSearch,
)
from .assistant_tools_file_search_type_only import (
    AssistantToolsFileSearchTypeOnly as AssistantToolsFileSearchTypeOnly,
)
from .assistant_tools_function import AssistantToolsFunction as AssistantToolsFunction
from .assistants_api_response_format_option_enum import (
    AssistantsApiResponseFormatOptionEnum as AssistantsApiResponseFormatOptionEnum,
)
from .assistants_api_tool_choice_option_enum import (
    AssistantsApiToolChoiceOptionEnum as AssistantsApiToolChoiceOptionEnum,
)
from .assistants_named_tool_choice import AssistantsNamedToolChoice as AssistantsNamedToolChoice
from .assistants_named_tool_choice_function import (
    AssistantsNamedToolChoiceFunction as AssistantsNamedToolChoiceFunction,
)
from .assistants_named_tool_choice_type import (
    AssistantsNamedToolChoiceType as AssistantsNamedToolChoiceType,
)
from .attachment import Attachment as Attachment
from .attachment_type import AttachmentType as AttachmentType
from .audio_response_format import AudioResponseFormat as AudioResponseFormat
from .audio_transcription import AudioTranscription as AudioTranscription
from .audio_transcription_delay import AudioTranscriptionDelay as AudioTranscriptionDelay
from .audio_transcription_model_enum import (
    AudioTranscriptionModelEnum as AudioTranscriptionModelEnum,
)
from .audio_transcription_response import AudioTranscriptionResponse as AudioTranscriptionResponse
from .audio_transcription_response_delay import (
    AudioTranscriptionResponseDelay as AudioTranscriptionResponseDelay,
)
from .audit_log import AuditLog as AuditLog
from .audit_log_actor import AuditLogActor as AuditLogActor
from .audit_log_actor_api_key import AuditLogActorApiKey as AuditLogActorApiKey
from .audit_log_actor_api_key_type import AuditLogActorApiKeyType as AuditLogActorApiKeyType
from .audit_log_actor_service_account import (
    AuditLogActorServiceAccount as AuditLogActorServiceAccount,
)
from .audit_log_actor_session import AuditLogActorSession as AuditLogActorSession
from .audit_log_actor_type import AuditLogActorType as AuditLogActorType
from .audit_log_actor_user import AuditLogActorUser as AuditLogActorUser
from .audit_log_api_key_created import AuditLogApiKeyCreated as AuditLogApiKeyCreated
from .audit_log_api_key_created_data import AuditLogApiKeyCreatedData as AuditLogApiKeyCreatedData
from .audit_log_api_key_deleted import AuditLogApiKeyDeleted as AuditLogApiKeyDeleted
from .audit_log_api_key_updated import AuditLogApiKeyUpdated as AuditLogApiKeyUpdated
from .audit_log_api_key_updated_changes_requested import (
    AuditLogApiKeyUpdatedChangesRequested as AuditLogApiKeyUpdatedChangesRequested,
)
from .audit_log_certificate_created import AuditLogCertificateCreated as AuditLogCertificateCreated
from .audit_log_certificate_deleted import AuditLogCertificateDeleted as AuditLogCertificateDeleted
from .audit_log_certificate_updated import AuditLogCertificateUpdated as AuditLogCertificateUpdated
from .audit_log_certificates_activated import (
    AuditLogCertificatesActivated as AuditLogCertificatesActivated,
)
from .audit_log_certificates_activated_certificates_item import (
    AuditLogCertificatesActivatedCertificatesItem as AuditLogCertificatesActivatedCertificatesItem,
)
from .audit_log_certificates_deactivated import (
    AuditLogCertificatesDeactivated as AuditLogCertificatesDeactivated,
)
from .audit_log_checkpoint_permission_created import (
    AuditLogCheckpointPermissionCreated as AuditLogCheckpointPermissionCreated,
)
from .audit_log_checkpoint_permission_created_data import (
    AuditLogCheckpointPermissionCreatedData as AuditLogCheckpointPermissionCreatedData,
)
from .audit_log_checkpoint_permission_deleted import (
    AuditLogCheckpointPermissionDeleted as AuditLogCheckpointPermissionDeleted,
)
from .audit_log_event_type import AuditLogEventType as AuditLogEventType
from .audit_log_external_key_registered import (
    AuditLogExternalKeyRegistered as AuditLogExternalKeyRegistered,
)
from .audit_log_external_key_registered_data import (
    AuditLogExternalKeyRegisteredData as AuditLogExternalKeyRegisteredData,
)
from .audit_log_external_key_removed import AuditLogExternalKeyRemoved as AuditLogExternalKeyRemoved
from .audit_log_group_created import AuditLogGroupCreated as AuditLogGroupCreated
from .audit_log_group_created_data import AuditLogGroupCreatedData as AuditLogGroupCreatedData
from .audit_log_group_deleted import AuditLogGroupDeleted as AuditLogGroupDeleted
from .audit_log_group_updated import AuditLogGroupUpdated as AuditLogGroupUpdated
from .audit_log_group_updated_changes_requested import (
    AuditLogGroupUpdatedChangesRequested as AuditLogGroupUpdatedChangesRequested,
)
from .audit_log_invite_accepted import AuditLogInviteAccepted as AuditLogInviteAccepted
from .audit_log_invite_deleted import AuditLogInviteDeleted as AuditLogInviteDeleted
from .audit_log_invite_sent import AuditLogInviteSent as AuditLogInviteSent
from .audit_log_invite_sent_data import AuditLogInviteSentData as AuditLogInviteSentData
from .audit_log_ip_allowlist_config_activated import (
    AuditLogIpAllowlistConfigActivated as AuditLogIpAllowlistConfigActivated,
)
from .audit_log_ip_allowlist_config_activated_configs_item import (
    AuditLogIpAllowlistConfigActivatedConfigsItem as AuditLogIpAllowlistConfigActivatedConfigsItem,
)
from .audit_log_ip_allowlist_config_deactivated import (
    AuditLogIpAllowlistConfigDeactivated as AuditLogIpAllowlistConfigDeactivated,
)
from .audit_log_ip_allowlist_created import AuditLogIpAllowlistCreated as AuditLogIpAllowlistCreated
from .audit_log_ip_allowlist_deleted import AuditLogIpAllowlistDeleted as AuditLogIpAllowlistDeleted
from .audit_log_ip_allowlist_updated import AuditLogIpAllowlistUpdated as AuditLogIpAllowlistUpdated
from .audit_log_login_failed import AuditLogLoginFailed as AuditLogLoginFailed
from .audit_log_login_succeeded import AuditLogLoginSucceeded as AuditLogLoginSucceeded
from .audit_log_logout_failed import AuditLogLogoutFailed as AuditLogLogoutFailed
from .audit_log_logout_succeeded import AuditLogLogoutSucceeded as AuditLogLogoutSucceeded
from .audit_log_organization_updated import (
    AuditLogOrganizationUpdated as AuditLogOrganizationUpdated,
)
from .audit_log_organization_updated_changes_requested import (
    AuditLogOrganizationUpdatedChangesRequested as AuditLogOrganizationUpdatedChangesRequested,
)
from .audit_log_project import AuditLogProject as AuditLogProject
from .audit_log_project_archived import AuditLogProjectArchived as AuditLogProjectArchived
from .audit_log_project_created import AuditLogProjectCreated as AuditLogProjectCreated
from .audit_log_project_created_data import AuditLogProjectCreatedData as AuditLogProjectCreatedData
from .audit_log_project_deleted import AuditLogProjectDeleted as AuditLogProjectDeleted
from .audit_log_project_updated import AuditLogProjectUpdated as AuditLogProjectUpdated
from .audit_log_project_updated_changes_requested import (
    AuditLogProjectUpdatedChangesRequested as AuditLogProjectUpdatedChangesRequested,
)
from .audit_log_rate_limit_deleted import AuditLogRateLimitDeleted as AuditLogRateLimitDeleted
from .audit_log_rate_limit_updated import AuditLogRateLimitUpdated as AuditLogRateLimitUpdated
from .audit_log_rate_limit_updated_changes_requested import (
    AuditLogRateLimitUpdatedChangesRequested as AuditLogRateLimitUpdatedChangesRequested,
)
from .audit_log_role_assignment_created import (
    AuditLogRoleAssignmentCreated as AuditLogRoleAssignmentCreated,
)
from .audit_log_role_assignment_deleted import (
    AuditLogRoleAssignmentDeleted as AuditLogRoleAssignmentDeleted,
)
from .audit_log_role_created import AuditLogRoleCreated as AuditLogRoleCreated
from .audit_log_role_deleted import AuditLogRoleDeleted as AuditLogRoleDeleted
from .audit_log_role_updated import AuditLogRoleUpdated as AuditLogRoleUpdated
from .audit_log_role_updated_changes_requested import (
    AuditLogRoleUpdatedChangesRequested as AuditLogRoleUpdatedChangesRequested,
)
from .audit_log_role_updated_changes_requested_metadata import (
    AuditLogRoleUpdatedChangesRequestedMetadata as AuditLogRoleUpdatedChangesRequestedMetadata,
)
from .audit_log_scim_disabled import AuditLogScimDisabled as AuditLogScimDisabled
from .audit_log_scim_enabled import AuditLogScimEnabled as AuditLogScimEnabled
from .audit_log_service_account_created import (
    AuditLogServiceAccountCreated as AuditLogServiceAccountCreated,
)
from .audit_log_service_account_created_data import (
    AuditLogServiceAccountCreatedData as AuditLogServiceAccountCreatedData,
)
from .audit_log_service_account_deleted import (
    AuditLogServiceAccountDeleted as AuditLogServiceAccountDeleted,
)
from .audit_log_service_account_updated import (
    AuditLogServiceAccountUpdated as AuditLogServiceAccountUpdated,
)
from .audit_log_service_account_updated_changes_requested import (
    AuditLogServiceAccountUpdatedChangesRequested as AuditLogServiceAccountUpdatedChangesRequested,
)
from .audit_log_user_added import AuditLogUserAdded as AuditLogUserAdded
from .audit_log_user_added_data import AuditLogUserAddedData as AuditLogUserAddedData
from .audit_log_user_deleted import AuditLogUserDeleted as AuditLogUserDeleted
from .audit_log_user_updated import AuditLogUserUpdated as AuditLogUserUpdated
from .audit_log_user_updated_changes_requested import (
    AuditLogUserUpdatedChangesRequested as AuditLogUserUpdatedChangesRequested,
)
from .auto_chunking_strategy_request_param import (
    AutoChunkingStrategyRequestParam as AutoChunkingStrategyRequestParam,
)
from .auto_code_interpreter_tool_param import (
    AutoCodeInterpreterToolParam as AutoCodeInterpreterToolParam,
)
from .automatic_thread_titling_param import (
    AutomaticThreadTitlingParam as AutomaticThreadTitlingParam,
)
from .batch import Batch as Batch
from .batch_errors import BatchErrors as BatchErrors
from .batch_errors_data_item import BatchErrorsDataItem as BatchErrorsDataItem
from .batch_file_expiration_after import BatchFileExpirationAfter as BatchFileExpirationAfter
from .batch_request_counts import BatchRequestCounts as BatchRequestCounts
from .batch_status import BatchStatus as BatchStatus
from .batch_usage import BatchUsage as BatchUsage
from .batch_usage_input_tokens_details import (
    BatchUsageInputTokensDetails as BatchUsageInputTokensDetails,
)
from .batch_usage_output_tokens_details import (
    BatchUsageOutputTokensDetails as BatchUsageOutputTokensDetails,
)
from .certificate import Certificate as Certificate
from .certificate_certificate_details import (
    CertificateCertificateDetails as CertificateCertificateDetails,
)
from .certificate_object import CertificateObject as CertificateObject
from .chat_completion_allowed_tools import ChatCompletionAllowedTools as ChatCompletionAllowedTools
from .chat_completion_allowed_tools_choice import (
    ChatCompletionAllowedToolsChoice as ChatCompletionAllowedToolsChoice,
)
from .chat_completion_allowed_tools_mode import (
    ChatCompletionAllowedToolsMode as ChatCompletionAllowedToolsMode,
)
from .chat_completion_allowed_tools_tools_item import (
    ChatCompletionAllowedToolsToolsItem as ChatCompletionAllowedToolsToolsItem,
)
from .chat_completion_deleted import ChatCompletionDeleted as ChatCompletionDeleted
from .chat_completion_function_call_option import (
    ChatCompletionFunctionCallOption as ChatCompletionFunctionCallOption,
)
from .chat_completion_functions import ChatCompletionFunctions as ChatCompletionFunctions
from .chat_completion_list import ChatCompletionList as ChatCompletionList
from .chat_completion_message_custom_tool_call import (
    ChatCompletionMessageCustomToolCall as ChatCompletionMessageCustomToolCall,
)
from .chat_completion_message_custom_tool_call_custom import (
    ChatCompletionMessageCustomToolCallCustom as ChatCompletionMessageCustomToolCallCustom,
)
from .chat_completion_message_list import ChatCompletionMessageList as ChatCompletionMessageList
from .chat_completion_message_list_data_item import (
    ChatCompletionMessageListDataItem as ChatCompletionMessageListDataItem,
)
from .chat_completion_message_list_data_item_annotations_item import (
    ChatCompletionMessageListDataItemAnnotationsItem as ChatCompletionMessageListDataItemAnnotationsItem,
)
from .chat_completion_message_list_data_item_annotations_item_url_citation import (
    ChatCompletionMessageListDataItemAnnotationsItemUrlCitation as ChatCompletionMessageListDataItemAnnotationsItemUrlCitation,
)
from .chat_completion_message_list_data_item_audio import (
    ChatCompletionMessageListDataItemAudio as ChatCompletionMessageListDataItemAudio,
)
from .chat_completion_message_list_data_item_function_call import (
    ChatCompletionMessageListDataItemFunctionCall as ChatCompletionMessageListDataItemFunctionCall,
)
from .chat_completion_message_tool_call import (
    ChatCompletionMessageToolCall as ChatCompletionMessageToolCall,
)
from .chat_completion_message_tool_call_chunk import (
    ChatCompletionMessageToolCallChunk as ChatCompletionMessageToolCallChunk,
)
from .chat_completion_message_tool_call_chunk_function import (
    ChatCompletionMessageToolCallChunkFunction as ChatCompletionMessageToolCallChunkFunction,
)
from .chat_completion_message_tool_call_function import (
    ChatCompletionMessageToolCallFunction as ChatCompletionMessageToolCallFunction,
)
from .chat_completion_modalities_item import (
    ChatCompletionModalitiesItem as ChatCompletionModalitiesItem,
)
from .chat_completion_named_tool_choice import (
    ChatCompletionNamedToolChoice as ChatCompletionNamedToolChoice,
)
from .chat_completion_named_tool_choice_custom import (
    ChatCompletionNamedToolChoiceCustom as ChatCompletionNamedToolChoiceCustom,
)
from .chat_completion_named_tool_choice_custom_custom import (
    ChatCompletionNamedToolChoiceCustomCustom as ChatCompletionNamedToolChoiceCustomCustom,
)
from .chat_completion_request_assistant_message import (
    ChatCompletionRequestAssistantMessage as ChatCompletionRequestAssistantMessage,
)
from .chat_completion_request_assistant_message_audio import (
    ChatCompletionRequestAssistantMessageAudio as ChatCompletionRequestAssistantMessageAudio,
)
from .chat_completion_request_assistant_message_function_call import (
    ChatCompletionRequestAssistantMessageFunctionCall as ChatCompletionRequestAssistantMessageFunctionCall,
)
from .chat_completion_request_developer_message import (
    ChatCompletionRequestDeveloperMessage as ChatCompletionRequestDeveloperMessage,
)
from .chat_completion_request_function_message import (
    ChatCompletionRequestFunctionMessage as ChatCompletionRequestFunctionMessage,
)
from .chat_completion_request_message_content_part_audio import (
    ChatCompletionRequestMessageContentPartAudio as ChatCompletionRequestMessageContentPartAudio,
)
from .chat_completion_request_message_content_part_audio_input_audio import (
    ChatCompletionRequestMessageContentPartAudioInputAudio as ChatCompletionRequestMessageContentPartAudioInputAudio,
)
from .chat_completion_request_message_content_part_audio_input_audio_format import (
    ChatCompletionRequestMessageContentPartAudioInputAudioFormat as ChatCompletionRequestMessageContentPartAudioInputAudioFormat,
)
from .chat_completion_request_message_content_part_file import (
    ChatCompletionRequestMessageContentPartFile as ChatCompletionRequestMessageContentPartFile,
)
from .chat_completion_request_message_content_part_file_file import (
    ChatCompletionRequestMessageContentPartFileFile as ChatCompletionRequestMessageContentPartFileFile,
)
from .chat_completion_request_message_content_part_image import (
    ChatCompletionRequestMessageContentPartImage as ChatCompletionRequestMessageContentPartImage,
)
from .chat_completion_request_message_content_part_image_image_url import (
    ChatCompletionRequestMessageContentPartImageImageUrl as ChatCompletionRequestMessageContentPartImageImageUrl,
)
from .chat_completion_request_message_content_part_image_image_url_detail import (
    ChatCompletionRequestMessageContentPartImageImageUrlDetail as ChatCompletionRequestMessageContentPartImageImageUrlDetail,
)
from .chat_completion_request_message_content_part_refusal import (
    ChatCompletionRequestMessageContentPartRefusal as ChatCompletionRequestMessageContentPartRefusal,
)
from .chat_completion_request_message_content_part_text import (
    ChatCompletionRequestMessageContentPartText as ChatCompletionRequestMessageContentPartText,
)
from .chat_completion_request_system_message import (
    ChatCompletionRequestSystemMessage as ChatCompletionRequestSystemMessage,
)
from .chat_completion_request_system_message_content_part import (
    ChatCompletionRequestSystemMessageContentPart as ChatCompletionRequestSystemMessageContentPart,
)
from .chat_completion_request_tool_message import (
    ChatCompletionRequestToolMessage as ChatCompletionRequestToolMessage,
)
from .chat_completion_request_tool_message_content_part import (
    ChatCompletionRequestToolMessageContentPart as ChatCompletionRequestToolMessageContentPart,
)
from .chat_completion_request_user_message import (
    ChatCompletionRequestUserMessage as ChatCompletionRequestUserMessage,
)
from .chat_completion_response_message import (
    ChatCompletionResponseMessage as ChatCompletionResponseMessage,
)
from .chat_completion_role import ChatCompletionRole as ChatCompletionRole
from .chat_completion_stream_options_2 import (
    ChatCompletionStreamOptions2 as ChatCompletionStreamOptions2,
)
from .chat_completion_stream_response_delta import (
    ChatCompletionStreamResponseDelta as ChatCompletionStreamResponseDelta,
)
from .chat_completion_stream_response_delta_function_call import (
    ChatCompletionStreamResponseDeltaFunctionCall as ChatCompletionStreamResponseDeltaFunctionCall,
)
from .chat_completion_stream_response_delta_role import (
    ChatCompletionStreamResponseDeltaRole as ChatCompletionStreamResponseDeltaRole,
)
from .chat_completion_token_logprob import ChatCompletionTokenLogprob as ChatCompletionTokenLogprob
from .chat_completion_token_logprob_top_logprobs_item import (
    ChatCompletionTokenLogprobTopLogprobsItem as ChatCompletionTokenLogprobTopLogprobsItem,
)
from .chat_completion_tool import ChatCompletionTool as ChatCompletionTool
from .chat_completion_tool_choice_option_tool_choice_mode import (
    ChatCompletionToolChoiceOptionToolChoiceMode as ChatCompletionToolChoiceOptionToolChoiceMode,
)
from .chat_session_automatic_thread_titling import (
    ChatSessionAutomaticThreadTitling as ChatSessionAutomaticThreadTitling,
)
from .chat_session_chatkit_configuration import (
    ChatSessionChatkitConfiguration as ChatSessionChatkitConfiguration,
)
from .chat_session_file_upload import ChatSessionFileUpload as ChatSessionFileUpload
from .chat_session_history import ChatSessionHistory as ChatSessionHistory
from .chat_session_rate_limits import ChatSessionRateLimits as ChatSessionRateLimits
from .chat_session_resource import ChatSessionResource as ChatSessionResource
from .chat_session_status import ChatSessionStatus as ChatSessionStatus
from .chatkit_configuration_param import ChatkitConfigurationParam as ChatkitConfigurationParam
from .chatkit_workflow import ChatkitWorkflow as ChatkitWorkflow
from .chatkit_workflow_state_variables import (
    ChatkitWorkflowStateVariables as ChatkitWorkflowStateVariables,
)
from .chatkit_workflow_tracing import ChatkitWorkflowTracing as ChatkitWorkflowTracing
from .click_button_type import ClickButtonType as ClickButtonType
from .click_param import ClickParam as ClickParam
from .client_tool_call_item import ClientToolCallItem as ClientToolCallItem
from .client_tool_call_status import ClientToolCallStatus as ClientToolCallStatus
from .closed_status import ClosedStatus as ClosedStatus
from .code_interpreter_file_output import CodeInterpreterFileOutput as CodeInterpreterFileOutput
from .code_interpreter_file_output_files_item import (
    CodeInterpreterFileOutputFilesItem as CodeInterpreterFileOutputFilesItem,
)
from .code_interpreter_output_image import CodeInterpreterOutputImage as CodeInterpreterOutputImage
from .code_interpreter_output_logs import CodeInterpreterOutputLogs as CodeInterpreterOutputLogs
from .code_interpreter_text_output import CodeInterpreterTextOutput as CodeInterpreterTextOutput
from .code_interpreter_tool import CodeInterpreterTool as CodeInterpreterTool
from .code_interpreter_tool_call import CodeInterpreterToolCall as CodeInterpreterToolCall
from .code_interpreter_tool_call_status import (
    CodeInterpreterToolCallStatus as CodeInterpreterToolCallStatus,
)
from .compact_resource import CompactResource as CompactResource
from .compact_response_method_public_body import (
    CompactResponseMethodPublicBody as CompactResponseMethodPublicBody,
)
from .compaction_body import CompactionBody as CompactionBody
from .compaction_summary_item_param import CompactionSummaryItemParam as CompactionSummaryItemParam
from .compaction_trigger_item_param import CompactionTriggerItemParam as CompactionTriggerItemParam
from .comparison_filter import ComparisonFilter as ComparisonFilter
from .comparison_filter_type import ComparisonFilterType as ComparisonFilterType
from .complete_upload_request import CompleteUploadRequest as CompleteUploadRequest
from .completion_usage import CompletionUsage as CompletionUsage
from .completion_usage_completion_tokens_details import (
    CompletionUsageCompletionTokensDetails as CompletionUsageCompletionTokensDetails,
)
from .completion_usage_prompt_tokens_details import (
    CompletionUsagePromptTokensDetails as CompletionUsagePromptTokensDetails,
)
from .compound_filter import CompoundFilter as CompoundFilter
from .compound_filter_type import CompoundFilterType as CompoundFilterType
from .computer_call_output_item_param import (
    ComputerCallOutputItemParam as ComputerCallOutputItemParam,
)
from .computer_call_output_status import ComputerCallOutputStatus as ComputerCallOutputStatus
from .computer_call_safety_check_param import (
    ComputerCallSafetyCheckParam as ComputerCallSafetyCheckParam,
)
from .computer_environment import ComputerEnvironment as ComputerEnvironment
from .computer_screenshot_content import ComputerScreenshotContent as ComputerScreenshotContent
from .computer_screenshot_image import ComputerScreenshotImage as ComputerScreenshotImage
from .computer_tool import ComputerTool as ComputerTool
from .computer_tool_call import ComputerToolCall as ComputerToolCall
from .computer_tool_call_output import ComputerToolCallOutput as ComputerToolCallOutput
from .computer_tool_call_output_resource import (
    ComputerToolCallOutputResource as ComputerToolCallOutputResource,
)
from .computer_tool_call_output_status import (
    ComputerToolCallOutputStatus as ComputerToolCallOutputStatus,
)
from .computer_tool_call_status import ComputerToolCallStatus as ComputerToolCallStatus
from .computer_use_preview_tool import ComputerUsePreviewTool as ComputerUsePreviewTool
from .container_auto_param import ContainerAutoParam as ContainerAutoParam
from .container_file_citation_body import ContainerFileCitationBody as ContainerFileCitationBody
from .container_file_list_resource import ContainerFileListResource as ContainerFileListResource
from .container_file_resource import ContainerFileResource as ContainerFileResource
from .container_list_resource import ContainerListResource as ContainerListResource
from .container_memory_limit import ContainerMemoryLimit as ContainerMemoryLimit
from .container_network_policy_allowlist_param import (
    ContainerNetworkPolicyAllowlistParam as ContainerNetworkPolicyAllowlistParam,
)
from .container_network_policy_disabled_param import (
    ContainerNetworkPolicyDisabledParam as ContainerNetworkPolicyDisabledParam,
)
from .container_network_policy_domain_secret_param import (
    ContainerNetworkPolicyDomainSecretParam as ContainerNetworkPolicyDomainSecretParam,
)
from .container_reference_param import ContainerReferenceParam as ContainerReferenceParam
from .container_reference_resource import ContainerReferenceResource as ContainerReferenceResource
from .container_resource import ContainerResource as ContainerResource
from .container_resource_expires_after import (
    ContainerResourceExpiresAfter as ContainerResourceExpiresAfter,
)
from .container_resource_memory_limit import (
    ContainerResourceMemoryLimit as ContainerResourceMemoryLimit,
)
from .container_resource_network_policy import (
    ContainerResourceNetworkPolicy as ContainerResourceNetworkPolicy,
)
from .container_resource_network_policy_type import (
    ContainerResourceNetworkPolicyType as ContainerResourceNetworkPolicyType,
)
from .context_management_param import ContextManagementParam as ContextManagementParam
from .conversation_2 import Conversation2 as Conversation2
from .conversation_item_list import ConversationItemList as ConversationItemList
from .conversation_param_2 import ConversationParam2 as ConversationParam2
from .conversation_resource import ConversationResource as ConversationResource
from .coord_param import CoordParam as CoordParam
from .costs_result import CostsResult as CostsResult
from .costs_result_amount import CostsResultAmount as CostsResultAmount
from .costs_result_api_source import CostsResultApiSource as CostsResultApiSource
from .costs_result_quantity_unit import CostsResultQuantityUnit as CostsResultQuantityUnit
from .create_assistant_request import CreateAssistantRequest as CreateAssistantRequest
from .create_assistant_request_tool_resources import (
    CreateAssistantRequestToolResources as CreateAssistantRequestToolResources,
)
from .create_assistant_request_tool_resources_code_interpreter import (
    CreateAssistantRequestToolResourcesCodeInterpreter as CreateAssistantRequestToolResourcesCodeInterpreter,
)
from .create_assistant_request_tool_resources_file_search import (
    CreateAssistantRequestToolResourcesFileSearch as CreateAssistantRequestToolResourcesFileSearch,
)
from .create_assistant_request_tool_resources_file_search_vector_stores_item import (
    CreateAssistantRequestToolResourcesFileSearchVectorStoresItem as CreateAssistantRequestToolResourcesFileSearchVectorStoresItem,
)
from .create_assistant_request_tool_resources_file_search_vector_stores_item_chunking_strategy_auto_chunking_strategy import (
    CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyAutoChunkingStrategy as CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyAutoChunkingStrategy,
)
from .create_assistant_request_tool_resources_file_search_vector_stores_item_chunking_strategy_static_chunking_strategy import (
    CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategy as CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategy,
)
from .create_assistant_request_tool_resources_file_search_vector_stores_item_chunking_strategy_static_chunking_strategy_static import (
    CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategyStatic as CreateAssistantRequestToolResourcesFileSearchVectorStoresItemChunkingStrategyStaticChunkingStrategyStatic,
)
from .create_batch_body import CreateBatchBody as CreateBatchBody
from .create_batch_body_endpoint import CreateBatchBodyEndpoint as CreateBatchBodyEndpoint
from .create_chat_completion_request import (
    CreateChatCompletionRequest as CreateChatCompletionRequest,
)
from .create_chat_completion_request_audio import (
    CreateChatCompletionRequestAudio as CreateChatCompletionRequestAudio,
)
from .create_chat_completion_request_audio_format import (
    CreateChatCompletionRequestAudioFormat as CreateChatCompletionRequestAudioFormat,
)
from .create_chat_completion_request_function_call_enum import (
    CreateChatCompletionRequestFunctionCallEnum as CreateChatCompletionRequestFunctionCallEnum,
)
from .create_chat_completion_request_logit_bias import (
    CreateChatCompletionRequestLogitBias as CreateChatCompletionRequestLogitBias,
)
from .create_chat_completion_request_prompt_cache_retention import (
    CreateChatCompletionRequestPromptCacheRetention as CreateChatCompletionRequestPromptCacheRetention,
)
from .create_chat_completion_request_web_search_options import (
    CreateChatCompletionRequestWebSearchOptions as CreateChatCompletionRequestWebSearchOptions,
)
from .create_chat_completion_request_web_search_options_user_location import (
    CreateChatCompletionRequestWebSearchOptionsUserLocation as CreateChatCompletionRequestWebSearchOptionsUserLocation,
)
from .create_chat_completion_response import (
    CreateChatCompletionResponse as CreateChatCompletionResponse,
)
from .create_chat_completion_response_choices_item import (
    CreateChatCompletionResponseChoicesItem as CreateChatCompletionResponseChoicesItem,
)
from .create_chat_completion_response_choices_item_finish_reason import (
    CreateChatCompletionResponseChoicesItemFinishReason as CreateChatCompletionResponseChoicesItemFinishReason,
)
from .create_chat_completion_response_choices_item_logprobs import (
    CreateChatCompletionResponseChoicesItemLogprobs as CreateChatCompletionResponseChoicesItemLogprobs,
)
from .create_chat_completion_response_metadata import (
    CreateChatCompletionResponseMetadata as CreateChatCompletionResponseMetadata,
)
from .create_chat_completion_stream_response import (
    CreateChatCompletionStreamResponse as CreateChatCompletionStreamResponse,
)
from .create_chat_completion_stream_response_choices_item import (
    CreateChatCompletionStreamResponseChoicesItem as CreateChatCompletionStreamResponseChoicesItem,
)
from .create_chat_completion_stream_response_choices_item_finish_reason import (
    CreateChatCompletionStreamResponseChoicesItemFinishReason as CreateChatCompletionStreamResponseChoicesItemFinishReason,
)
from .create_chat_completion_stream_response_choices_item_logprobs import (
    CreateChatCompletionStreamResponseChoicesItemLogprobs as CreateChatCompletionStreamResponseChoicesItemLogprobs,
)
from .create_chat_session_body import CreateChatSessionBody as CreateChatSessionBody
from .create_completion_request import CreateCompletionRequest as CreateCompletionRequest
from .create_completion_request_model_enum import (
    CreateCompletionRequestModelEnum as CreateCompletionRequestModelEnum,
)
from .create_completion_response import CreateCompletionResponse as CreateCompletionResponse
from .create_completion_response_choices_item import (
    CreateCompletionResponseChoicesItem as CreateCompletionResponseChoicesItem,
)
from .create_completion_response_choices_item_finish_reason import (
    CreateCompletionResponseChoicesItemFinishReason as CreateCompletionResponseChoicesItemFinishReason,
)
from .create_completion_response_choices_item_logprobs import (
    CreateCompletionResponseChoicesItemLogprobs as CreateCompletionResponseChoicesItemLogprobs,
)
from .create_completion_response_choices_item_logprobs_top_logprobs_item import (
    CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem as CreateCompletionResponseChoicesItemLogprobsTopLogprobsItem,
)
from .create_container_body import CreateContainerBody as CreateContainerBody
from .create_container_body_expires_after import (
    CreateContainerBodyExpiresAfter as CreateContainerBodyExpiresAfter,
)
from .create_container_body_memory_limit import (
    CreateContainerBodyMemoryLimit as CreateContainerBodyMemoryLimit,
)
from .create_container_file_body import CreateContainerFileBody as CreateContainerFileBody
from .create_conversation_body import CreateConversationBody as CreateConversationBody
from .create_conversation_items_body import (
    CreateConversationItemsBody as CreateConversationItemsBody,
)
from .create_embedding_request import CreateEmbeddingRequest as CreateEmbeddingRequest
from .create_embedding_request_encoding_format import (
    CreateEmbeddingRequestEncodingFormat as CreateEmbeddingRequestEncodingFormat,
)
from .create_embedding_request_model_enum import (
    CreateEmbeddingRequestModelEnum as CreateEmbeddingRequestModelEnum,
)
from .create_embedding_response import CreateEmbeddingResponse as CreateEmbeddingResponse
from .create_embedding_response_usage import (
    CreateEmbeddingResponseUsage as CreateEmbeddingResponseUsage,
)
from .create_eval_completions_run_data_source import (
    CreateEvalCompletionsRunDataSource as CreateEvalCompletionsRunDataSource,
)
from .create_eval_completions_run_data_source_input_messages_item_reference_input_messages import (
    CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages as CreateEvalCompletionsRunDataSourceInputMessagesItemReferenceInputMessages,
)
from .create_eval_completions_run_data_source_input_messages_template_input_messages import (
    CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages as CreateEvalCompletionsRunDataSourceInputMessagesTemplateInputMessages,
)
from .create_eval_completions_run_data_source_sampling_params import (
    CreateEvalCompletionsRunDataSourceSamplingParams as CreateEvalCompletionsRunDataSourceSamplingParams,
)
from .create_eval_custom_data_source_config import (
    CreateEvalCustomDataSourceConfig as CreateEvalCustomDataSourceConfig,
)
from .create_eval_custom_data_source_config_item_schema import (
    CreateEvalCustomDataSourceConfigItemSchema as CreateEvalCustomDataSourceConfigItemSchema,
)
from .create_eval_item_simple_input_message import (
    CreateEvalItemSimpleInputMessage as CreateEvalItemSimpleInputMessage,
)
from .create_eval_jsonl_run_data_source import (
    CreateEvalJsonlRunDataSource as CreateEvalJsonlRunDataSource,
)
from .create_eval_label_model_grader import CreateEvalLabelModelGrader as CreateEvalLabelModelGrader
from .create_eval_logs_data_source_config import (
    CreateEvalLogsDataSourceConfig as CreateEvalLogsDataSourceConfig,
)
from .create_eval_logs_data_source_config_metadata import (
    CreateEvalLogsDataSourceConfigMetadata as CreateEvalLogsDataSourceConfigMetadata,
)
from .create_eval_request import CreateEvalRequest as CreateEvalRequest
from .create_eval_responses_run_data_source import (
    CreateEvalResponsesRunDataSource as CreateEvalResponsesRunDataSource,
)
from .create_eval_responses_run_data_source_input_messages_input_messages_item_reference import (
    CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference as CreateEvalResponsesRunDataSourceInputMessagesInputMessagesItemReference,
)
from .create_eval_responses_run_data_source_input_messages_input_messages_template import (
    CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate as CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplate,
)
from .create_eval_responses_run_data_source_input_messages_input_messages_template_template_item_chat_message import (
    CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage as CreateEvalResponsesRunDataSourceInputMessagesInputMessagesTemplateTemplateItemChatMessage,
)
from .create_eval_responses_run_data_source_sampling_params import (
    CreateEvalResponsesRunDataSourceSamplingParams as CreateEvalResponsesRunDataSourceSamplingParams,
)
from .create_eval_responses_run_data_source_sampling_params_text import (
    CreateEvalResponsesRunDataSourceSamplingParamsText as CreateEvalResponsesRunDataSourceSamplingParamsText,
)
from .create_eval_run_request import CreateEvalRunRequest as CreateEvalRunRequest
from .create_eval_stored_completions_data_source_config import (
    CreateEvalStoredCompletionsDataSourceConfig as CreateEvalStoredCompletionsDataSourceConfig,
)
from .create_eval_stored_completions_data_source_config_metadata import (
    CreateEvalStoredCompletionsDataSourceConfigMetadata as CreateEvalStoredCompletionsDataSourceConfigMetadata,
)
from .create_file_request import CreateFileRequest as CreateFileRequest
from .create_file_request_purpose import CreateFileRequestPurpose as CreateFileRequestPurpose
from .create_fine_tuning_checkpoint_permission_request import (
    CreateFineTuningCheckpointPermissionRequest as CreateFineTuningCheckpointPermissionRequest,
)
from .create_fine_tuning_job_request import CreateFineTuningJobRequest as CreateFineTuningJobRequest
from .create_fine_tuning_job_request_hyperparameters import (
    CreateFineTuningJobRequestHyperparameters as CreateFineTuningJobRequestHyperparameters,
)
from .create_fine_tuning_job_request_hyperparameters_batch_size_enum import (
    CreateFineTuningJobRequestHyperparametersBatchSizeEnum as CreateFineTuningJobRequestHyperparametersBatchSizeEnum,
)
from .create_fine_tuning_job_request_integrations_item import (
    CreateFineTuningJobRequestIntegrationsItem as CreateFineTuningJobRequestIntegrationsItem,
)
from .create_fine_tuning_job_request_integrations_item_wandb import (
    CreateFineTuningJobRequestIntegrationsItemWandb as CreateFineTuningJobRequestIntegrationsItemWandb,
)
from .create_fine_tuning_job_request_model_enum import (
    CreateFineTuningJobRequestModelEnum as CreateFineTuningJobRequestModelEnum,
)
from .create_group_body import CreateGroupBody as CreateGroupBody
from .create_group_user_body import CreateGroupUserBody as CreateGroupUserBody
from .create_image_edit_request import CreateImageEditRequest as CreateImageEditRequest
from .create_image_edit_request_background import (
    CreateImageEditRequestBackground as CreateImageEditRequestBackground,
)
from .create_image_edit_request_model_enum import (
    CreateImageEditRequestModelEnum as CreateImageEditRequestModelEnum,
)
from .create_image_edit_request_output_format import (
    CreateImageEditRequestOutputFormat as CreateImageEditRequestOutputFormat,
)
from .create_image_edit_request_quality import (
    CreateImageEditRequestQuality as CreateImageEditRequestQuality,
)
from .create_image_edit_request_response_format import (
    CreateImageEditRequestResponseFormat as CreateImageEditRequestResponseFormat,
)
from .create_image_edit_request_size_enum import (
    CreateImageEditRequestSizeEnum as CreateImageEditRequestSizeEnum,
)
from .create_image_request import CreateImageRequest as CreateImageRequest
from .create_image_request_model_enum import (
    CreateImageRequestModelEnum as CreateImageRequestModelEnum,
)
from .create_image_request_moderation import (
    CreateImageRequestModeration as CreateImageRequestModeration,
)
from .create_image_request_quality import CreateImageRequestQuality as CreateImageRequestQuality
from .create_image_request_size_enum import CreateImageRequestSizeEnum as CreateImageRequestSizeEnum
from .create_image_request_style import CreateImageRequestStyle as CreateImageRequestStyle
from .create_image_variation_request import (
    CreateImageVariationRequest as CreateImageVariationRequest,
)
from .create_image_variation_request_model_enum import (
    CreateImageVariationRequestModelEnum as CreateImageVariationRequestModelEnum,
)
from .create_image_variation_request_size import (
    CreateImageVariationRequestSize as CreateImageVariationRequestSize,
)
from .create_message_request import CreateMessageRequest as CreateMessageRequest
from .create_message_request_attachments_item import (
    CreateMessageRequestAttachmentsItem as CreateMessageRequestAttachmentsItem,
)
from .create_message_request_role import CreateMessageRequestRole as CreateMessageRequestRole
from .create_model_response_properties import (
    CreateModelResponseProperties as CreateModelResponseProperties,
)
from .create_moderation_request import CreateModerationRequest as CreateModerationRequest
from .create_moderation_request_input_variant_3_item_image_url import (
    CreateModerationRequestInputVariant3ItemImageUrl as CreateModerationRequestInputVariant3ItemImageUrl,
)
from .create_moderation_request_input_variant_3_item_image_url_image_url import (
    CreateModerationRequestInputVariant3ItemImageUrlImageUrl as CreateModerationRequestInputVariant3ItemImageUrlImageUrl,
)
from .create_moderation_request_input_variant_3_item_text import (
    CreateModerationRequestInputVariant3ItemText as CreateModerationRequestInputVariant3ItemText,
)
from .create_moderation_request_model_enum import (
    CreateModerationRequestModelEnum as CreateModerationRequestModelEnum,
)
from .create_moderation_response import CreateModerationResponse as CreateModerationResponse
from .create_moderation_response_results_item import (
    CreateModerationResponseResultsItem as CreateModerationResponseResultsItem,
)
from .create_moderation_response_results_item_categories import (
    CreateModerationResponseResultsItemCategories as CreateModerationResponseResultsItemCategories,
)
from .create_moderation_response_results_item_category_applied_input_types import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypes as CreateModerationResponseResultsItemCategoryAppliedInputTypes,
)
from .create_moderation_response_results_item_category_applied_input_types_self_harm_item import (
    CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem as CreateModerationResponseResultsItemCategoryAppliedInputTypesSelfHarmItem,
)
from .create_moderation_response_results_item_category_scores import (
    CreateModerationResponseResultsItemCategoryScores as CreateModerationResponseResultsItemCategoryScores,
)
from .create_response import CreateResponse as CreateResponse
from .create_response_truncation import CreateResponseTruncation as CreateResponseTruncation
from .create_run_request import CreateRunRequest as CreateRunRequest
from .create_run_request_truncation_strategy import (
    CreateRunRequestTruncationStrategy as CreateRunRequestTruncationStrategy,
)
from .create_run_request_truncation_strategy_type import (
    CreateRunRequestTruncationStrategyType as CreateRunRequestTruncationStrategyType,
)
from .create_skill_body import CreateSkillBody as CreateSkillBody
from .create_skill_version_body import CreateSkillVersionBody as CreateSkillVersionBody
from .create_speech_request import CreateSpeechRequest as CreateSpeechRequest
from .create_speech_request_model_enum import (
    CreateSpeechRequestModelEnum as CreateSpeechRequestModelEnum,
)
from .create_speech_request_response_format import (
    CreateSpeechRequestResponseFormat as CreateSpeechRequestResponseFormat,
)
from .create_speech_request_stream_format import (
    CreateSpeechRequestStreamFormat as CreateSpeechRequestStreamFormat,
)
from .create_spend_alert_body import CreateSpendAlertBody as CreateSpendAlertBody
from .create_thread_and_run_request import CreateThreadAndRunRequest as CreateThreadAndRunRequest
from .create_thread_and_run_request_model_enum import (
    CreateThreadAndRunRequestModelEnum as CreateThreadAndRunRequestModelEnum,
)
from .create_thread_and_run_request_tool_resources import (
    CreateThreadAndRunRequestToolResources as CreateThreadAndRunRequestToolResources,
)
from .create_thread_request import CreateThreadRequest as CreateThreadRequest
from .create_thread_request_tool_resources import (
    CreateThreadRequestToolResources as CreateThreadRequestToolResources,
)
from .create_thread_request_tool_resources_file_search import (
    CreateThreadRequestToolResourcesFileSearch as CreateThreadRequestToolResourcesFileSearch,
)
from .create_transcription_request import CreateTranscriptionRequest as CreateTranscriptionRequest
from .create_transcription_request_chunking_strategy_enum import (
    CreateTranscriptionRequestChunkingStrategyEnum as CreateTranscriptionRequestChunkingStrategyEnum,
)
from .create_transcription_request_model_enum import (
    CreateTranscriptionRequestModelEnum as CreateTranscriptionRequestModelEnum,
)
from .create_transcription_request_timestamp_granularities_item import (
    CreateTranscriptionRequestTimestampGranularitiesItem as CreateTranscriptionRequestTimestampGranularitiesItem,
)
from .create_transcription_response_diarized_json import (
    CreateTranscriptionResponseDiarizedJson as CreateTranscriptionResponseDiarizedJson,
)
from .create_transcription_response_json import (
    CreateTranscriptionResponseJson as CreateTranscriptionResponseJson,
)
from .create_transcription_response_json_logprobs_item import (
    CreateTranscriptionResponseJsonLogprobsItem as CreateTranscriptionResponseJsonLogprobsItem,
)
from .create_transcription_response_verbose_json import (
    CreateTranscriptionResponseVerboseJson as CreateTranscriptionResponseVerboseJson,
)
from .create_translation_request import CreateTranslationRequest as CreateTranslationRequest
from .create_translation_request_model_enum import (
    CreateTranslationRequestModelEnum as CreateTranslationRequestModelEnum,
)
from .create_translation_request_response_format import (
    CreateTranslationRequestResponseFormat as CreateTranslationRequestResponseFormat,
)
from .create_translation_response_json import (
    CreateTranslationResponseJson as CreateTranslationResponseJson,
)
from .create_translation_response_verbose_json import (
    CreateTranslationResponseVerboseJson as CreateTranslationResponseVerboseJson,
)
from .create_upload_request import CreateUploadRequest as CreateUploadRequest
from .create_upload_request_purpose import CreateUploadRequestPurpose as CreateUploadRequestPurpose
from .create_vector_store_file_batch_request import (
    CreateVectorStoreFileBatchRequest as CreateVectorStoreFileBatchRequest,
)
from .create_vector_store_file_request import (
    CreateVectorStoreFileRequest as CreateVectorStoreFileRequest,
)
from .create_vector_store_request import CreateVectorStoreRequest as CreateVectorStoreRequest
from .create_video_character_body import CreateVideoCharacterBody as CreateVideoCharacterBody
from .create_video_edit_json_body import CreateVideoEditJsonBody as CreateVideoEditJsonBody
from .create_video_edit_multipart_body import (
    CreateVideoEditMultipartBody as CreateVideoEditMultipartBody,
)
from .create_video_extend_json_body import CreateVideoExtendJsonBody as CreateVideoExtendJsonBody
from .create_video_extend_multipart_body import (
    CreateVideoExtendMultipartBody as CreateVideoExtendMultipartBody,
)
from .create_video_json_body import CreateVideoJsonBody as CreateVideoJsonBody
from .create_video_multipart_body import CreateVideoMultipartBody as CreateVideoMultipartBody
from .create_video_remix_body import CreateVideoRemixBody as CreateVideoRemixBody
from .create_voice_consent_request import CreateVoiceConsentRequest as CreateVoiceConsentRequest
from .create_voice_request import CreateVoiceRequest as CreateVoiceRequest
from .custom_grammar_format_param import CustomGrammarFormatParam as CustomGrammarFormatParam
from .custom_text_format_param import CustomTextFormatParam as CustomTextFormatParam
from .custom_tool_call import CustomToolCall as CustomToolCall
from .custom_tool_call_output import CustomToolCallOutput as CustomToolCallOutput
from .custom_tool_call_output_resource import (
    CustomToolCallOutputResource as CustomToolCallOutputResource,
)
from .custom_tool_call_resource import CustomToolCallResource as CustomToolCallResource
from .custom_tool_chat_completions import CustomToolChatCompletions as CustomToolChatCompletions
from .custom_tool_chat_completions_custom import (
    CustomToolChatCompletionsCustom as CustomToolChatCompletionsCustom,
)
from .custom_tool_chat_completions_custom_format_grammar_format import (
    CustomToolChatCompletionsCustomFormatGrammarFormat as CustomToolChatCompletionsCustomFormatGrammarFormat,
)
from .custom_tool_chat_completions_custom_format_grammar_format_grammar import (
    CustomToolChatCompletionsCustomFormatGrammarFormatGrammar as CustomToolChatCompletionsCustomFormatGrammarFormatGrammar,
)
from .custom_tool_chat_completions_custom_format_grammar_format_grammar_syntax import (
    CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax as CustomToolChatCompletionsCustomFormatGrammarFormatGrammarSyntax,
)
from .custom_tool_chat_completions_custom_format_text_format import (
    CustomToolChatCompletionsCustomFormatTextFormat as CustomToolChatCompletionsCustomFormatTextFormat,
)
from .custom_tool_param import CustomToolParam as CustomToolParam
from .delete_assistant_response import DeleteAssistantResponse as DeleteAssistantResponse
from .delete_certificate_response import DeleteCertificateResponse as DeleteCertificateResponse
from .delete_eval_response import DeleteEvalResponse as DeleteEvalResponse
from .delete_eval_run_response import DeleteEvalRunResponse as DeleteEvalRunResponse
from .delete_file_response import DeleteFileResponse as DeleteFileResponse
from .delete_fine_tuning_checkpoint_permission_response import (
    DeleteFineTuningCheckpointPermissionResponse as DeleteFineTuningCheckpointPermissionResponse,
)
from .delete_message_response import DeleteMessageResponse as DeleteMessageResponse
from .delete_model_response import DeleteModelResponse as DeleteModelResponse
from .delete_thread_response import DeleteThreadResponse as DeleteThreadResponse
from .delete_vector_store_file_response import (
    DeleteVectorStoreFileResponse as DeleteVectorStoreFileResponse,
)
from .delete_vector_store_response import DeleteVectorStoreResponse as DeleteVectorStoreResponse
from .deleted_conversation import DeletedConversation as DeletedConversation
from .deleted_conversation_resource import (
    DeletedConversationResource as DeletedConversationResource,
)
from .deleted_role_assignment_resource import (
    DeletedRoleAssignmentResource as DeletedRoleAssignmentResource,
)
from .deleted_skill_resource import DeletedSkillResource as DeletedSkillResource
from .deleted_skill_version_resource import (
    DeletedSkillVersionResource as DeletedSkillVersionResource,
)
from .deleted_thread_resource import DeletedThreadResource as DeletedThreadResource
from .deleted_video_resource import DeletedVideoResource as DeletedVideoResource
from .detail_enum import DetailEnum as DetailEnum
from .done_event import DoneEvent as DoneEvent
from .double_click_action import DoubleClickAction as DoubleClickAction
from .drag_param import DragParam as DragParam
from .drag_point import DragPoint as DragPoint
from .easy_input_message import EasyInputMessage as EasyInputMessage
from .easy_input_message_role import EasyInputMessageRole as EasyInputMessageRole
from .edit_image_body_json_param import EditImageBodyJsonParam as EditImageBodyJsonParam
from .edit_image_body_json_param_input_fidelity import (
    EditImageBodyJsonParamInputFidelity as EditImageBodyJsonParamInputFidelity,
)
from .edit_image_body_json_param_model_enum import (
    EditImageBodyJsonParamModelEnum as EditImageBodyJsonParamModelEnum,
)
from .edit_image_body_json_param_quality import (
    EditImageBodyJsonParamQuality as EditImageBodyJsonParamQuality,
)
from .edit_image_body_json_param_size import (
    EditImageBodyJsonParamSize as EditImageBodyJsonParamSize,
)
from .embedding import Embedding as Embedding
from .empty_model_param import EmptyModelParam as EmptyModelParam
from .error import Error as Error
from .error_2 import Error2 as Error2
from .error_2_headers import Error2Headers as Error2Headers
from .error_event import ErrorEvent as ErrorEvent
from .error_response import ErrorResponse as ErrorResponse
from .eval_ import Eval as Eval
from .eval_api_error import EvalApiError as EvalApiError
from .eval_custom_data_source_config import EvalCustomDataSourceConfig as EvalCustomDataSourceConfig
from .eval_custom_data_source_config_schema import (
    EvalCustomDataSourceConfigSchema as EvalCustomDataSourceConfigSchema,
)
from .eval_grader_label_model import EvalGraderLabelModel as EvalGraderLabelModel
from .eval_grader_python import EvalGraderPython as EvalGraderPython
from .eval_grader_score_model import EvalGraderScoreModel as EvalGraderScoreModel
from .eval_grader_score_model_sampling_params import (
    EvalGraderScoreModelSamplingParams as EvalGraderScoreModelSamplingParams,
)
from .eval_grader_string_check import EvalGraderStringCheck as EvalGraderStringCheck
from .eval_grader_text_similarity import EvalGraderTextSimilarity as EvalGraderTextSimilarity
from .eval_grader_text_similarity_evaluation_metric import (
    EvalGraderTextSimilarityEvaluationMetric as EvalGraderTextSimilarityEvaluationMetric,
)
from .eval_item import EvalItem as EvalItem
from .eval_item_content_output_text import EvalItemContentOutputText as EvalItemContentOutputText
from .eval_item_input_image import EvalItemInputImage as EvalItemInputImage
from .eval_jsonl_file_content_source import EvalJsonlFileContentSource as EvalJsonlFileContentSource
from .eval_jsonl_file_content_source_content_item import (
    EvalJsonlFileContentSourceContentItem as EvalJsonlFileContentSourceContentItem,
)
from .eval_jsonl_file_content_source_content_item_item import (
    EvalJsonlFileContentSourceContentItemItem as EvalJsonlFileContentSourceContentItemItem,
)
from .eval_jsonl_file_content_source_content_item_sample import (
    EvalJsonlFileContentSourceContentItemSample as EvalJsonlFileContentSourceContentItemSample,
)
from .eval_jsonl_file_id_source import EvalJsonlFileIdSource as EvalJsonlFileIdSource
from .eval_list import EvalList as EvalList
from .eval_logs_data_source_config import EvalLogsDataSourceConfig as EvalLogsDataSourceConfig
from .eval_responses_source import EvalResponsesSource as EvalResponsesSource
from .eval_responses_source_metadata import (
    EvalResponsesSourceMetadata as EvalResponsesSourceMetadata,
)
from .eval_run import EvalRun as EvalRun
from .eval_run_list import EvalRunList as EvalRunList
from .eval_run_output_item import EvalRunOutputItem as EvalRunOutputItem
from .eval_run_output_item_datasource_item import (
    EvalRunOutputItemDatasourceItem as EvalRunOutputItemDatasourceItem,
)
from .eval_run_output_item_list import EvalRunOutputItemList as EvalRunOutputItemList
from .eval_run_output_item_result import EvalRunOutputItemResult as EvalRunOutputItemResult
from .eval_run_output_item_sample import EvalRunOutputItemSample as EvalRunOutputItemSample
from .eval_run_output_item_sample_input_item import (
    EvalRunOutputItemSampleInputItem as EvalRunOutputItemSampleInputItem,
)
from .eval_run_output_item_sample_output_item import (
    EvalRunOutputItemSampleOutputItem as EvalRunOutputItemSampleOutputItem,
)
from .eval_run_output_item_sample_usage import (
    EvalRunOutputItemSampleUsage as EvalRunOutputItemSampleUsage,
)
from .eval_run_per_model_usage_item import EvalRunPerModelUsageItem as EvalRunPerModelUsageItem
from .eval_run_per_testing_criteria_results_item import (
    EvalRunPerTestingCriteriaResultsItem as EvalRunPerTestingCriteriaResultsItem,
)
from .eval_run_result_counts import EvalRunResultCounts as EvalRunResultCounts
from .eval_stored_completions_data_source_config import (
    EvalStoredCompletionsDataSourceConfig as EvalStoredCompletionsDataSourceConfig,
)
from .eval_stored_completions_source import (
    EvalStoredCompletionsSource as EvalStoredCompletionsSource,
)
from .expires_after_param import ExpiresAfterParam as ExpiresAfterParam
from .file_annotation import FileAnnotation as FileAnnotation
from .file_annotation_source import FileAnnotationSource as FileAnnotationSource
from .file_citation_body import FileCitationBody as FileCitationBody
from .file_detail_enum import FileDetailEnum as FileDetailEnum
from .file_expiration_after import FileExpirationAfter as FileExpirationAfter
from .file_input_detail import FileInputDetail as FileInputDetail
from .file_path import FilePath as FilePath
from .file_search_ranker import FileSearchRanker as FileSearchRanker
from .file_search_ranking_options import FileSearchRankingOptions as FileSearchRankingOptions
from .file_search_tool import FileSearchTool as FileSearchTool
from .file_search_tool_call import FileSearchToolCall as FileSearchToolCall
from .file_search_tool_call_results_item import (
    FileSearchToolCallResultsItem as FileSearchToolCallResultsItem,
)
from .file_search_tool_call_status import FileSearchToolCallStatus as FileSearchToolCallStatus
from .file_upload_param import FileUploadParam as FileUploadParam
from .fine_tune_chat_completion_request_assistant_message import (
    FineTuneChatCompletionRequestAssistantMessage as FineTuneChatCompletionRequestAssistantMessage,
)
from .fine_tune_chat_completion_request_assistant_message_weight import (
    FineTuneChatCompletionRequestAssistantMessageWeight as FineTuneChatCompletionRequestAssistantMessageWeight,
)
from .fine_tune_dpo_hyperparameters import FineTuneDPOHyperparameters as FineTuneDPOHyperparameters
from .fine_tune_dpo_method import FineTuneDPOMethod as FineTuneDPOMethod
from .fine_tune_method import FineTuneMethod as FineTuneMethod
from .fine_tune_method_type import FineTuneMethodType as FineTuneMethodType
from .fine_tune_reinforcement_hyperparameters import (
    FineTuneReinforcementHyperparameters as FineTuneReinforcementHyperparameters,
)
from .fine_tune_reinforcement_hyperparameters_reasoning_effort import (
    FineTuneReinforcementHyperparametersReasoningEffort as FineTuneReinforcementHyperparametersReasoningEffort,
)
from .fine_tune_reinforcement_method import (
    FineTuneReinforcementMethod as FineTuneReinforcementMethod,
)
from .fine_tune_supervised_hyperparameters import (
    FineTuneSupervisedHyperparameters as FineTuneSupervisedHyperparameters,
)
from .fine_tune_supervised_method import FineTuneSupervisedMethod as FineTuneSupervisedMethod
from .fine_tuning_checkpoint_permission import (
    FineTuningCheckpointPermission as FineTuningCheckpointPermission,
)
from .fine_tuning_integration import FineTuningIntegration as FineTuningIntegration
from .fine_tuning_integration_wandb import FineTuningIntegrationWandb as FineTuningIntegrationWandb
from .fine_tuning_job import FineTuningJob as FineTuningJob
from .fine_tuning_job_checkpoint import FineTuningJobCheckpoint as FineTuningJobCheckpoint
from .fine_tuning_job_checkpoint_metrics import (
    FineTuningJobCheckpointMetrics as FineTuningJobCheckpointMetrics,
)
from .fine_tuning_job_error import FineTuningJobError as FineTuningJobError
from .fine_tuning_job_event import FineTuningJobEvent as FineTuningJobEvent
from .fine_tuning_job_event_data import FineTuningJobEventData as FineTuningJobEventData
from .fine_tuning_job_event_level import FineTuningJobEventLevel as FineTuningJobEventLevel
from .fine_tuning_job_event_type import FineTuningJobEventType as FineTuningJobEventType
from .fine_tuning_job_hyperparameters import (
    FineTuningJobHyperparameters as FineTuningJobHyperparameters,
)
from .fine_tuning_job_status import FineTuningJobStatus as FineTuningJobStatus
from .function_call_item_status import FunctionCallItemStatus as FunctionCallItemStatus
from .function_call_output_item_param import (
    FunctionCallOutputItemParam as FunctionCallOutputItemParam,
)
from .function_call_output_status_enum import (
    FunctionCallOutputStatusEnum as FunctionCallOutputStatusEnum,
)
from .function_call_status import FunctionCallStatus as FunctionCallStatus
from .function_object import FunctionObject as FunctionObject
from .function_parameters import FunctionParameters as FunctionParameters
from .function_shell_action import FunctionShellAction as FunctionShellAction
from .function_shell_action_param import FunctionShellActionParam as FunctionShellActionParam
from .function_shell_call import FunctionShellCall as FunctionShellCall
from .function_shell_call_item_param import FunctionShellCallItemParam as FunctionShellCallItemParam
from .function_shell_call_item_status import (
    FunctionShellCallItemStatus as FunctionShellCallItemStatus,
)
from .function_shell_call_output import FunctionShellCallOutput as FunctionShellCallOutput
from .function_shell_call_output_content import (
    FunctionShellCallOutputContent as FunctionShellCallOutputContent,
)
from .function_shell_call_output_content_param import (
    FunctionShellCallOutputContentParam as FunctionShellCallOutputContentParam,
)
from .function_shell_call_output_exit_outcome import (
    FunctionShellCallOutputExitOutcome as FunctionShellCallOutputExitOutcome,
)
from .function_shell_call_output_exit_outcome_param import (
    FunctionShellCallOutputExitOutcomeParam as FunctionShellCallOutputExitOutcomeParam,
)
from .function_shell_call_output_item_param import (
    FunctionShellCallOutputItemParam as FunctionShellCallOutputItemParam,
)
from .function_shell_call_output_status_enum import (
    FunctionShellCallOutputStatusEnum as FunctionShellCallOutputStatusEnum,
)
from .function_shell_call_output_timeout_outcome import (
    FunctionShellCallOutputTimeoutOutcome as FunctionShellCallOutputTimeoutOutcome,
)
from .function_shell_call_output_timeout_outcome_param import (
    FunctionShellCallOutputTimeoutOutcomeParam as FunctionShellCallOutputTimeoutOutcomeParam,
)
from .function_shell_call_status import FunctionShellCallStatus as FunctionShellCallStatus
from .function_shell_tool_param import FunctionShellToolParam as FunctionShellToolParam
from .function_tool import FunctionTool as FunctionTool
from .function_tool_call import FunctionToolCall as FunctionToolCall
from .function_tool_call_output import FunctionToolCallOutput as FunctionToolCallOutput
from .function_tool_call_output_resource import (
    FunctionToolCallOutputResource as FunctionToolCallOutputResource,
)
from .function_tool_call_resource import FunctionToolCallResource as FunctionToolCallResource
from .function_tool_output_schema import FunctionToolOutputSchema as FunctionToolOutputSchema
from .function_tool_param import FunctionToolParam as FunctionToolParam
from .function_tool_parameters import FunctionToolParameters as FunctionToolParameters
from .get_eval_run_output_items_status import (
    GetEvalRunOutputItemsStatus as GetEvalRunOutputItemsStatus,
)
from .get_eval_runs_status import GetEvalRunsStatus as GetEvalRunsStatus
from .grader_label_model import GraderLabelModel as GraderLabelModel
from .grader_multi import GraderMulti as GraderMulti
from .grader_python import GraderPython as GraderPython
from .grader_score_model import GraderScoreModel as GraderScoreModel
from .grader_string_check import GraderStringCheck as GraderStringCheck
from .grader_string_check_operation import GraderStringCheckOperation as GraderStringCheckOperation
from .grader_text_similarity import GraderTextSimilarity as GraderTextSimilarity
from .grammar_syntax_1 import GrammarSyntax1 as GrammarSyntax1
from .group import Group as Group
from .group_deleted_resource import GroupDeletedResource as GroupDeletedResource
from .group_list_resource import GroupListResource as GroupListResource
from .group_member_user import GroupMemberUser as GroupMemberUser
from .group_member_user_user_type import GroupMemberUserUserType as GroupMemberUserUserType
from .group_resource_with_success import GroupResourceWithSuccess as GroupResourceWithSuccess
from .group_response import GroupResponse as GroupResponse
from .group_response_group_type import GroupResponseGroupType as GroupResponseGroupType
from .group_role_assignment import GroupRoleAssignment as GroupRoleAssignment
from .group_user import GroupUser as GroupUser
from .group_user_assignment import GroupUserAssignment as GroupUserAssignment
from .group_user_deleted_resource import GroupUserDeletedResource as GroupUserDeletedResource
from .history_param import HistoryParam as HistoryParam
from .hosted_tool_permission import HostedToolPermission as HostedToolPermission
from .hosted_tool_permission_update import HostedToolPermissionUpdate as HostedToolPermissionUpdate
from .hybrid_search_options import HybridSearchOptions as HybridSearchOptions
from .image import Image as Image
from .image_detail import ImageDetail as ImageDetail
from .image_edit_completed_event import ImageEditCompletedEvent as ImageEditCompletedEvent
from .image_edit_completed_event_background import (
    ImageEditCompletedEventBackground as ImageEditCompletedEventBackground,
)
from .image_edit_completed_event_output_format import (
    ImageEditCompletedEventOutputFormat as ImageEditCompletedEventOutputFormat,
)
from .image_edit_completed_event_quality import (
    ImageEditCompletedEventQuality as ImageEditCompletedEventQuality,
)
from .image_edit_completed_event_size import (
    ImageEditCompletedEventSize as ImageEditCompletedEventSize,
)
from .image_edit_partial_image_event import ImageEditPartialImageEvent as ImageEditPartialImageEvent
from .image_edit_partial_image_event_background import (
    ImageEditPartialImageEventBackground as ImageEditPartialImageEventBackground,
)
from .image_edit_partial_image_event_output_format import (
    ImageEditPartialImageEventOutputFormat as ImageEditPartialImageEventOutputFormat,
)
from .image_edit_partial_image_event_quality import (
    ImageEditPartialImageEventQuality as ImageEditPartialImageEventQuality,
)
from .image_edit_partial_image_event_size import (
    ImageEditPartialImageEventSize as ImageEditPartialImageEventSize,
)
from .image_gen_action_enum import ImageGenActionEnum as ImageGenActionEnum
from .image_gen_completed_event import ImageGenCompletedEvent as ImageGenCompletedEvent
from .image_gen_completed_event_background import (
    ImageGenCompletedEventBackground as ImageGenCompletedEventBackground,
)
from .image_gen_completed_event_output_format import (
    ImageGenCompletedEventOutputFormat as ImageGenCompletedEventOutputFormat,
)
from .image_gen_completed_event_quality import (
    ImageGenCompletedEventQuality as ImageGenCompletedEventQuality,
)
from .image_gen_completed_event_size import ImageGenCompletedEventSize as ImageGenCompletedEventSize
from .image_gen_input_usage_details import ImageGenInputUsageDetails as ImageGenInputUsageDetails
from .image_gen_output_tokens_details import (
    ImageGenOutputTokensDetails as ImageGenOutputTokensDetails,
)
from .image_gen_partial_image_event import ImageGenPartialImageEvent as ImageGenPartialImageEvent
from .image_gen_partial_image_event_background import (
    ImageGenPartialImageEventBackground as ImageGenPartialImageEventBackground,
)
from .image_gen_partial_image_event_output_format import (
    ImageGenPartialImageEventOutputFormat as ImageGenPartialImageEventOutputFormat,
)
from .image_gen_partial_image_event_quality import (
    ImageGenPartialImageEventQuality as ImageGenPartialImageEventQuality,
)
from .image_gen_partial_image_event_size import (
    ImageGenPartialImageEventSize as ImageGenPartialImageEventSize,
)
from .image_gen_tool import ImageGenTool as ImageGenTool
from .image_gen_tool_background import ImageGenToolBackground as ImageGenToolBackground
from .image_gen_tool_call import ImageGenToolCall as ImageGenToolCall
from .image_gen_tool_call_status import ImageGenToolCallStatus as ImageGenToolCallStatus
from .image_gen_tool_complexity import ImageGenToolComplexity as ImageGenToolComplexity
from .image_gen_tool_input_image_mask import (
    ImageGenToolInputImageMask as ImageGenToolInputImageMask,
)
from .image_gen_tool_model_enum import ImageGenToolModelEnum as ImageGenToolModelEnum
from .image_gen_tool_moderation import ImageGenToolModeration as ImageGenToolModeration
from .image_gen_tool_output_format import ImageGenToolOutputFormat as ImageGenToolOutputFormat
from .image_gen_tool_quality import ImageGenToolQuality as ImageGenToolQuality
from .image_gen_tool_size_enum import ImageGenToolSizeEnum as ImageGenToolSizeEnum
from .image_gen_usage import ImageGenUsage as ImageGenUsage
from .image_ref_param import ImageRefParam as ImageRefParam
from .image_ref_param_2 import ImageRefParam2 as ImageRefParam2
from .images_response import ImagesResponse as ImagesResponse
from .images_response_background import ImagesResponseBackground as ImagesResponseBackground
from .images_response_output_format import ImagesResponseOutputFormat as ImagesResponseOutputFormat
from .images_response_quality import ImagesResponseQuality as ImagesResponseQuality
from .images_response_size import ImagesResponseSize as ImagesResponseSize
from .images_usage import ImagesUsage as ImagesUsage
from .images_usage_input_tokens_details import (
    ImagesUsageInputTokensDetails as ImagesUsageInputTokensDetails,
)
from .include_enum import IncludeEnum as IncludeEnum
from .inference_options import InferenceOptions as InferenceOptions
from .inline_skill_param import InlineSkillParam as InlineSkillParam
from .inline_skill_source_param import InlineSkillSourceParam as InlineSkillSourceParam
from .input_audio import InputAudio as InputAudio
from .input_audio_input_audio import InputAudioInputAudio as InputAudioInputAudio
from .input_audio_input_audio_format import InputAudioInputAudioFormat as InputAudioInputAudioFormat
from .input_fidelity import InputFidelity as InputFidelity
from .input_file_content import InputFileContent as InputFileContent
from .input_file_content_param import InputFileContentParam as InputFileContentParam
from .input_image_content import InputImageContent as InputImageContent
from .input_image_content_param_auto_param import (
    InputImageContentParamAutoParam as InputImageContentParamAutoParam,
)
from .input_message import InputMessage as InputMessage
from .input_message_resource import InputMessageResource as InputMessageResource
from .input_message_role import InputMessageRole as InputMessageRole
from .input_message_status import InputMessageStatus as InputMessageStatus
from .input_text_content import InputTextContent as InputTextContent
from .input_text_content_param import InputTextContentParam as InputTextContentParam
from .invite import Invite as Invite
from .invite_delete_response import InviteDeleteResponse as InviteDeleteResponse
from .invite_list_response import InviteListResponse as InviteListResponse
from .invite_project_group_body import InviteProjectGroupBody as InviteProjectGroupBody
from .invite_projects_item import InviteProjectsItem as InviteProjectsItem
from .invite_projects_item_role import InviteProjectsItemRole as InviteProjectsItemRole
from .invite_request import InviteRequest as InviteRequest
from .invite_request_role import InviteRequestRole as InviteRequestRole
from .invite_role import InviteRole as InviteRole
from .invite_status import InviteStatus as InviteStatus
from .item_reference_param import ItemReferenceParam as ItemReferenceParam
from .item_reference_param_type import ItemReferenceParamType as ItemReferenceParamType
from .key_press_action import KeyPressAction as KeyPressAction
from .list_assistants_order import ListAssistantsOrder as ListAssistantsOrder
from .list_assistants_response import ListAssistantsResponse as ListAssistantsResponse
from .list_audit_logs_effective_at import ListAuditLogsEffectiveAt as ListAuditLogsEffectiveAt
from .list_audit_logs_response import ListAuditLogsResponse as ListAuditLogsResponse
from .list_batches_response import ListBatchesResponse as ListBatchesResponse
from .list_certificates_response import ListCertificatesResponse as ListCertificatesResponse
from .list_chat_completions_order import ListChatCompletionsOrder as ListChatCompletionsOrder
from .list_conversation_items_order import ListConversationItemsOrder as ListConversationItemsOrder
from .list_evals_order_by import ListEvalsOrderBy as ListEvalsOrderBy
from .list_files_in_vector_store_batch_filter import (
    ListFilesInVectorStoreBatchFilter as ListFilesInVectorStoreBatchFilter,
)
from .list_files_response import ListFilesResponse as ListFilesResponse
from .list_fine_tuning_checkpoint_permission_response import (
    ListFineTuningCheckpointPermissionResponse as ListFineTuningCheckpointPermissionResponse,
)
from .list_fine_tuning_checkpoint_permissions_order import (
    ListFineTuningCheckpointPermissionsOrder as ListFineTuningCheckpointPermissionsOrder,
)
from .list_fine_tuning_job_checkpoints_response import (
    ListFineTuningJobCheckpointsResponse as ListFineTuningJobCheckpointsResponse,
)
from .list_fine_tuning_job_events_response import (
    ListFineTuningJobEventsResponse as ListFineTuningJobEventsResponse,
)
from .list_messages_response import ListMessagesResponse as ListMessagesResponse
from .list_models_response import ListModelsResponse as ListModelsResponse
from .list_paginated_fine_tuning_jobs_metadata import (
    ListPaginatedFineTuningJobsMetadata as ListPaginatedFineTuningJobsMetadata,
)
from .list_paginated_fine_tuning_jobs_response import (
    ListPaginatedFineTuningJobsResponse as ListPaginatedFineTuningJobsResponse,
)
from .list_project_certificates_response import (
    ListProjectCertificatesResponse as ListProjectCertificatesResponse,
)
from .list_run_steps_response import ListRunStepsResponse as ListRunStepsResponse
from .list_runs_response import ListRunsResponse as ListRunsResponse
from .list_vector_store_files_response import (
    ListVectorStoreFilesResponse as ListVectorStoreFilesResponse,
)
from .list_vector_stores_response import ListVectorStoresResponse as ListVectorStoresResponse
from .local_environment_param import LocalEnvironmentParam as LocalEnvironmentParam
from .local_environment_resource import LocalEnvironmentResource as LocalEnvironmentResource
from .local_shell_exec_action import LocalShellExecAction as LocalShellExecAction
from .local_shell_exec_action_env import LocalShellExecActionEnv as LocalShellExecActionEnv
from .local_shell_tool_call import LocalShellToolCall as LocalShellToolCall
from .local_shell_tool_call_output import LocalShellToolCallOutput as LocalShellToolCallOutput
from .local_shell_tool_call_output_status import (
    LocalShellToolCallOutputStatus as LocalShellToolCallOutputStatus,
)
from .local_shell_tool_call_status import LocalShellToolCallStatus as LocalShellToolCallStatus
from .local_shell_tool_param import LocalShellToolParam as LocalShellToolParam
from .local_skill_param import LocalSkillParam as LocalSkillParam
from .locked_status import LockedStatus as LockedStatus
from .log_prob import LogProb as LogProb
from .log_prob_properties import LogProbProperties as LogProbProperties
from .mcp_approval_request import MCPApprovalRequest as MCPApprovalRequest
from .mcp_approval_response import MCPApprovalResponse as MCPApprovalResponse
from .mcp_approval_response_resource import (
    MCPApprovalResponseResource as MCPApprovalResponseResource,
)
from .mcp_list_tools import MCPListTools as MCPListTools
from .mcp_list_tools_tool import MCPListToolsTool as MCPListToolsTool
from .mcp_list_tools_tool_annotations import (
    MCPListToolsToolAnnotations as MCPListToolsToolAnnotations,
)
from .mcp_list_tools_tool_input_schema import (
    MCPListToolsToolInputSchema as MCPListToolsToolInputSchema,
)
from .mcp_tool import MCPTool as MCPTool
from .mcp_tool_call import MCPToolCall as MCPToolCall
from .mcp_tool_call_status import MCPToolCallStatus as MCPToolCallStatus
from .mcp_tool_connector_id import MCPToolConnectorId as MCPToolConnectorId
from .mcp_tool_filter import MCPToolFilter as MCPToolFilter
from .mcp_tool_headers import MCPToolHeaders as MCPToolHeaders
from .mcp_tool_require_approval_mcp_tool_approval_filter import (
    MCPToolRequireApprovalMCPToolApprovalFilter as MCPToolRequireApprovalMCPToolApprovalFilter,
)
from .mcp_tool_require_approval_mcp_tool_approval_setting import (
    MCPToolRequireApprovalMCPToolApprovalSetting as MCPToolRequireApprovalMCPToolApprovalSetting,
)
from .message import Message as Message
from .message_content_image_file_object import (
    MessageContentImageFileObject as MessageContentImageFileObject,
)
from .message_content_image_file_object_image_file import (
    MessageContentImageFileObjectImageFile as MessageContentImageFileObjectImageFile,
)
from .message_content_image_file_object_image_file_detail import (
    MessageContentImageFileObjectImageFileDetail as MessageContentImageFileObjectImageFileDetail,
)
from .message_content_image_url_object import (
    MessageContentImageUrlObject as MessageContentImageUrlObject,
)
from .message_content_image_url_object_image_url import (
    MessageContentImageUrlObjectImageUrl as MessageContentImageUrlObjectImageUrl,
)
from .message_content_image_url_object_image_url_detail import (
    MessageContentImageUrlObjectImageUrlDetail as MessageContentImageUrlObjectImageUrlDetail,
)
from .message_content_refusal_object import (
    MessageContentRefusalObject as MessageContentRefusalObject,
)
from .message_content_text_annotations_file_citation_object import (
    MessageContentTextAnnotationsFileCitationObject as MessageContentTextAnnotationsFileCitationObject,
)
from .message_content_text_annotations_file_citation_object_file_citation import (
    MessageContentTextAnnotationsFileCitationObjectFileCitation as MessageContentTextAnnotationsFileCitationObjectFileCitation,
)
from .message_content_text_annotations_file_path_object import (
    MessageContentTextAnnotationsFilePathObject as MessageContentTextAnnotationsFilePathObject,
)
from .message_content_text_annotations_file_path_object_file_path import (
    MessageContentTextAnnotationsFilePathObjectFilePath as MessageContentTextAnnotationsFilePathObjectFilePath,
)
from .message_content_text_object import MessageContentTextObject as MessageContentTextObject
from .message_content_text_object_text import (
    MessageContentTextObjectText as MessageContentTextObjectText,
)
from .message_delta_content_image_file_object import (
    MessageDeltaContentImageFileObject as MessageDeltaContentImageFileObject,
)
from .message_delta_content_image_file_object_image_file import (
    MessageDeltaContentImageFileObjectImageFile as MessageDeltaContentImageFileObjectImageFile,
)
from .message_delta_content_image_url_object import (
    MessageDeltaContentImageUrlObject as MessageDeltaContentImageUrlObject,
)
from .message_delta_content_image_url_object_image_url import (
    MessageDeltaContentImageUrlObjectImageUrl as MessageDeltaContentImageUrlObjectImageUrl,
)
from .message_delta_content_image_url_object_image_url_detail import (
    MessageDeltaContentImageUrlObjectImageUrlDetail as MessageDeltaContentImageUrlObjectImageUrlDetail,
)
from .message_delta_content_refusal_object import (
    MessageDeltaContentRefusalObject as MessageDeltaContentRefusalObject,
)
from .message_delta_content_text_annotations_file_citation_object import (
    MessageDeltaContentTextAnnotationsFileCitationObject as MessageDeltaContentTextAnnotationsFileCitationObject,
)
from .message_delta_content_text_annotations_file_citation_object_file_citation import (
    MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation as MessageDeltaContentTextAnnotationsFileCitationObjectFileCitation,
)
from .message_delta_content_text_annotations_file_path_object import (
    MessageDeltaContentTextAnnotationsFilePathObject as MessageDeltaContentTextAnnotationsFilePathObject,
)
from .message_delta_content_text_annotations_file_path_object_file_path import (
    MessageDeltaContentTextAnnotationsFilePathObjectFilePath as MessageDeltaContentTextAnnotationsFilePathObjectFilePath,
)
from .message_delta_content_text_object import (
    MessageDeltaContentTextObject as MessageDeltaContentTextObject,
)
from .message_delta_content_text_object_text import (
    MessageDeltaContentTextObjectText as MessageDeltaContentTextObjectText,
)
from .message_delta_object import MessageDeltaObject as MessageDeltaObject
from .message_delta_object_delta import MessageDeltaObjectDelta as MessageDeltaObjectDelta
from .message_delta_object_delta_role import (
    MessageDeltaObjectDeltaRole as MessageDeltaObjectDeltaRole,
)
from .message_object import MessageObject as MessageObject
from .message_object_incomplete_details import (
    MessageObjectIncompleteDetails as MessageObjectIncompleteDetails,
)
from .message_object_incomplete_details_reason import (
    MessageObjectIncompleteDetailsReason as MessageObjectIncompleteDetailsReason,
)
from .message_object_status import MessageObjectStatus as MessageObjectStatus
from .message_phase import MessagePhase as MessagePhase
from .message_phase_2 import MessagePhase2 as MessagePhase2
from .message_request_content_text_object import (
    MessageRequestContentTextObject as MessageRequestContentTextObject,
)
from .message_role import MessageRole as MessageRole
from .message_status import MessageStatus as MessageStatus
from .message_stream_event_thread_message_completed import (
    MessageStreamEventThreadMessageCompleted as MessageStreamEventThreadMessageCompleted,
)
from .message_stream_event_thread_message_created import (
    MessageStreamEventThreadMessageCreated as MessageStreamEventThreadMessageCreated,
)
from .message_stream_event_thread_message_delta import (
    MessageStreamEventThreadMessageDelta as MessageStreamEventThreadMessageDelta,
)
from .message_stream_event_thread_message_in_progress import (
    MessageStreamEventThreadMessageInProgress as MessageStreamEventThreadMessageInProgress,
)
from .message_stream_event_thread_message_incomplete import (
    MessageStreamEventThreadMessageIncomplete as MessageStreamEventThreadMessageIncomplete,
)
from .metadata_2 import Metadata2 as Metadata2
from .model import Model as Model
from .model_ids_responses_responses_only_model import (
    ModelIdsResponsesResponsesOnlyModel as ModelIdsResponsesResponsesOnlyModel,
)
from .model_ids_shared_enum import ModelIdsSharedEnum as ModelIdsSharedEnum
from .model_response_properties import ModelResponseProperties as ModelResponseProperties
from .modify_assistant_request import ModifyAssistantRequest as ModifyAssistantRequest
from .modify_assistant_request_tool_resources import (
    ModifyAssistantRequestToolResources as ModifyAssistantRequestToolResources,
)
from .modify_assistant_request_tool_resources_code_interpreter import (
    ModifyAssistantRequestToolResourcesCodeInterpreter as ModifyAssistantRequestToolResourcesCodeInterpreter,
)
from .modify_assistant_request_tool_resources_file_search import (
    ModifyAssistantRequestToolResourcesFileSearch as ModifyAssistantRequestToolResourcesFileSearch,
)
from .modify_certificate_request import ModifyCertificateRequest as ModifyCertificateRequest
from .modify_message_request import ModifyMessageRequest as ModifyMessageRequest
from .modify_run_request import ModifyRunRequest as ModifyRunRequest
from .modify_thread_request import ModifyThreadRequest as ModifyThreadRequest
from .modify_thread_request_tool_resources import (
    ModifyThreadRequestToolResources as ModifyThreadRequestToolResources,
)
from .modify_thread_request_tool_resources_file_search import (
    ModifyThreadRequestToolResourcesFileSearch as ModifyThreadRequestToolResourcesFileSearch,
)
from .move_param import MoveParam as MoveParam
from .namespace_tool_param import NamespaceToolParam as NamespaceToolParam
from .noise_reduction_type import NoiseReductionType as NoiseReductionType
from .open_ai_file import OpenAIFile as OpenAIFile
from .open_ai_file_purpose import OpenAIFilePurpose as OpenAIFilePurpose
from .open_ai_file_status import OpenAIFileStatus as OpenAIFileStatus
from .order_enum import OrderEnum as OrderEnum
from .organization_certificate import OrganizationCertificate as OrganizationCertificate
from .organization_certificate_activation_response import (
    OrganizationCertificateActivationResponse as OrganizationCertificateActivationResponse,
)
from .organization_certificate_certificate_details import (
    OrganizationCertificateCertificateDetails as OrganizationCertificateCertificateDetails,
)
from .organization_certificate_deactivation_response import (
    OrganizationCertificateDeactivationResponse as OrganizationCertificateDeactivationResponse,
)
from .organization_data_retention import OrganizationDataRetention as OrganizationDataRetention
from .organization_data_retention_type import (
    OrganizationDataRetentionType as OrganizationDataRetentionType,
)
from .organization_project_certificate import (
    OrganizationProjectCertificate as OrganizationProjectCertificate,
)
from .organization_project_certificate_activation_response import (
    OrganizationProjectCertificateActivationResponse as OrganizationProjectCertificateActivationResponse,
)
from .organization_project_certificate_deactivation_response import (
    OrganizationProjectCertificateDeactivationResponse as OrganizationProjectCertificateDeactivationResponse,
)
from .organization_spend_alert import OrganizationSpendAlert as OrganizationSpendAlert
from .organization_spend_alert_deleted_resource import (
    OrganizationSpendAlertDeletedResource as OrganizationSpendAlertDeletedResource,
)
from .organization_spend_alert_list_resource import (
    OrganizationSpendAlertListResource as OrganizationSpendAlertListResource,
)
from .other_chunking_strategy_response_param import (
    OtherChunkingStrategyResponseParam as OtherChunkingStrategyResponseParam,
)
from .output_audio import OutputAudio as OutputAudio
from .output_message import OutputMessage as OutputMessage
from .output_text_content import OutputTextContent as OutputTextContent
from .prediction_content import PredictionContent as PredictionContent
from .project import Project as Project
from .project_api_key import ProjectApiKey as ProjectApiKey
from .project_api_key_delete_response import (
    ProjectApiKeyDeleteResponse as ProjectApiKeyDeleteResponse,
)
from .project_api_key_list_response import ProjectApiKeyListResponse as ProjectApiKeyListResponse
from .project_api_key_owner import ProjectApiKeyOwner as ProjectApiKeyOwner
from .project_api_key_owner_project_access import (
    ProjectApiKeyOwnerProjectAccess as ProjectApiKeyOwnerProjectAccess,
)
from .project_api_key_owner_service_account import (
    ProjectApiKeyOwnerServiceAccount as ProjectApiKeyOwnerServiceAccount,
)
from .project_api_key_owner_type import ProjectApiKeyOwnerType as ProjectApiKeyOwnerType
from .project_api_key_owner_user import ProjectApiKeyOwnerUser as ProjectApiKeyOwnerUser
from .project_create_request import ProjectCreateRequest as ProjectCreateRequest
from .project_data_retention import ProjectDataRetention as ProjectDataRetention
from .project_data_retention_type import ProjectDataRetentionType as ProjectDataRetentionType
from .project_group import ProjectGroup as ProjectGroup
from .project_group_deleted_resource import (
    ProjectGroupDeletedResource as ProjectGroupDeletedResource,
)
from .project_group_list_resource import ProjectGroupListResource as ProjectGroupListResource
from .project_hosted_tool_permissions import (
    ProjectHostedToolPermissions as ProjectHostedToolPermissions,
)
from .project_hosted_tool_permissions_update_request import (
    ProjectHostedToolPermissionsUpdateRequest as ProjectHostedToolPermissionsUpdateRequest,
)
from .project_list_response import ProjectListResponse as ProjectListResponse
from .project_model_permissions import ProjectModelPermissions as ProjectModelPermissions
from .project_model_permissions_delete_response import (
    ProjectModelPermissionsDeleteResponse as ProjectModelPermissionsDeleteResponse,
)
from .project_model_permissions_mode import (
    ProjectModelPermissionsMode as ProjectModelPermissionsMode,
)
from .project_model_permissions_update_request import (
    ProjectModelPermissionsUpdateRequest as ProjectModelPermissionsUpdateRequest,
)
from .project_model_permissions_update_request_mode import (
    ProjectModelPermissionsUpdateRequestMode as ProjectModelPermissionsUpdateRequestMode,
)
from .project_rate_limit import ProjectRateLimit as ProjectRateLimit
from .project_rate_limit_list_response import (
    ProjectRateLimitListResponse as ProjectRateLimitListResponse,
)
from .project_rate_limit_update_request import (
    ProjectRateLimitUpdateRequest as ProjectRateLimitUpdateRequest,
)
from .project_residency import ProjectResidency as ProjectResidency
from .project_service_account import ProjectServiceAccount as ProjectServiceAccount
from .project_service_account_api_key import (
    ProjectServiceAccountApiKey as ProjectServiceAccountApiKey,
)
from .project_service_account_create_request import (
    ProjectServiceAccountCreateRequest as ProjectServiceAccountCreateRequest,
)
from .project_service_account_create_response import (
    ProjectServiceAccountCreateResponse as ProjectServiceAccountCreateResponse,
)
from .project_service_account_delete_response import (
    ProjectServiceAccountDeleteResponse as ProjectServiceAccountDeleteResponse,
)
from .project_service_account_list_response import (
    ProjectServiceAccountListResponse as ProjectServiceAccountListResponse,
)
from .project_service_account_role import ProjectServiceAccountRole as ProjectServiceAccountRole
from .project_spend_alert import ProjectSpendAlert as ProjectSpendAlert
from .project_spend_alert_deleted_resource import (
    ProjectSpendAlertDeletedResource as ProjectSpendAlertDeletedResource,
)
from .project_spend_alert_list_resource import (
    ProjectSpendAlertListResource as ProjectSpendAlertListResource,
)
from .project_update_request import ProjectUpdateRequest as ProjectUpdateRequest
from .project_user import ProjectUser as ProjectUser
from .project_user_create_request import ProjectUserCreateRequest as ProjectUserCreateRequest
from .project_user_delete_response import ProjectUserDeleteResponse as ProjectUserDeleteResponse
from .project_user_list_response import ProjectUserListResponse as ProjectUserListResponse
from .project_user_update_request import ProjectUserUpdateRequest as ProjectUserUpdateRequest
from .prompt_2 import Prompt2 as Prompt2
from .prompt_cache_retention_enum import PromptCacheRetentionEnum as PromptCacheRetentionEnum
from .public_assign_organization_group_role_body import (
    PublicAssignOrganizationGroupRoleBody as PublicAssignOrganizationGroupRoleBody,
)
from .public_create_organization_role_body import (
    PublicCreateOrganizationRoleBody as PublicCreateOrganizationRoleBody,
)
from .public_role_list_resource import PublicRoleListResource as PublicRoleListResource
from .public_update_organization_role_body import (
    PublicUpdateOrganizationRoleBody as PublicUpdateOrganizationRoleBody,
)
from .ranker_version_type import RankerVersionType as RankerVersionType
from .ranking_options import RankingOptions as RankingOptions
from .rate_limits_param import RateLimitsParam as RateLimitsParam
from .realtime_audio_formats_pcm_audio_format import (
    RealtimeAudioFormatsPCMAudioFormat as RealtimeAudioFormatsPCMAudioFormat,
)
from .realtime_audio_formats_pcm_audio_format_rate import (
    RealtimeAudioFormatsPCMAudioFormatRate as RealtimeAudioFormatsPCMAudioFormatRate,
)
from .realtime_audio_formats_pcma_audio_format import (
    RealtimeAudioFormatsPCMAAudioFormat as RealtimeAudioFormatsPCMAAudioFormat,
)
from .realtime_audio_formats_pcmu_audio_format import (
    RealtimeAudioFormatsPCMUAudioFormat as RealtimeAudioFormatsPCMUAudioFormat,
)
from .realtime_beta_client_event_conversation_item_create import (
    RealtimeBetaClientEventConversationItemCreate as RealtimeBetaClientEventConversationItemCreate,
)
from .realtime_beta_client_event_conversation_item_delete import (
    RealtimeBetaClientEventConversationItemDelete as RealtimeBetaClientEventConversationItemDelete,
)
from .realtime_beta_client_event_conversation_item_retrieve import (
    RealtimeBetaClientEventConversationItemRetrieve as RealtimeBetaClientEventConversationItemRetrieve,
)
from .realtime_beta_client_event_conversation_item_truncate import (
    RealtimeBetaClientEventConversationItemTruncate as RealtimeBetaClientEventConversationItemTruncate,
)
from .realtime_beta_client_event_input_audio_buffer_append import (
    RealtimeBetaClientEventInputAudioBufferAppend as RealtimeBetaClientEventInputAudioBufferAppend,
)
from .realtime_beta_client_event_input_audio_buffer_clear import (
    RealtimeBetaClientEventInputAudioBufferClear as RealtimeBetaClientEventInputAudioBufferClear,
)
from .realtime_beta_client_event_input_audio_buffer_commit import (
    RealtimeBetaClientEventInputAudioBufferCommit as RealtimeBetaClientEventInputAudioBufferCommit,
)
from .realtime_beta_client_event_output_audio_buffer_clear import (
    RealtimeBetaClientEventOutputAudioBufferClear as RealtimeBetaClientEventOutputAudioBufferClear,
)
from .realtime_beta_client_event_response_cancel import (
    RealtimeBetaClientEventResponseCancel as RealtimeBetaClientEventResponseCancel,
)
from .realtime_beta_client_event_response_create import (
    RealtimeBetaClientEventResponseCreate as RealtimeBetaClientEventResponseCreate,
)
from .realtime_beta_client_event_session_update import (
    RealtimeBetaClientEventSessionUpdate as RealtimeBetaClientEventSessionUpdate,
)
from .realtime_beta_client_event_transcription_session_update import (
    RealtimeBetaClientEventTranscriptionSessionUpdate as RealtimeBetaClientEventTranscriptionSessionUpdate,
)
from .realtime_beta_response import RealtimeBetaResponse as RealtimeBetaResponse
from .realtime_beta_response_create_params import (
    RealtimeBetaResponseCreateParams as RealtimeBetaResponseCreateParams,
)
from .realtime_beta_response_create_params_conversation_enum import (
    RealtimeBetaResponseCreateParamsConversationEnum as RealtimeBetaResponseCreateParamsConversationEnum,
)
from .realtime_beta_response_create_params_tools_item import (
    RealtimeBetaResponseCreateParamsToolsItem as RealtimeBetaResponseCreateParamsToolsItem,
)
from .realtime_beta_response_create_params_tools_item_parameters import (
    RealtimeBetaResponseCreateParamsToolsItemParameters as RealtimeBetaResponseCreateParamsToolsItemParameters,
)
from .realtime_beta_response_max_output_tokens_enum import (
    RealtimeBetaResponseMaxOutputTokensEnum as RealtimeBetaResponseMaxOutputTokensEnum,
)
from .realtime_beta_response_output_audio_format import (
    RealtimeBetaResponseOutputAudioFormat as RealtimeBetaResponseOutputAudioFormat,
)
from .realtime_beta_response_status import RealtimeBetaResponseStatus as RealtimeBetaResponseStatus
from .realtime_beta_response_status_details import (
    RealtimeBetaResponseStatusDetails as RealtimeBetaResponseStatusDetails,
)
from .realtime_beta_response_status_details_error import (
    RealtimeBetaResponseStatusDetailsError as RealtimeBetaResponseStatusDetailsError,
)
from .realtime_beta_response_status_details_reason import (
    RealtimeBetaResponseStatusDetailsReason as RealtimeBetaResponseStatusDetailsReason,
)
from .realtime_beta_response_status_details_type import (
    RealtimeBetaResponseStatusDetailsType as RealtimeBetaResponseStatusDetailsType,
)
from .realtime_beta_response_usage import RealtimeBetaResponseUsage as RealtimeBetaResponseUsage
from .realtime_beta_response_usage_input_token_details import (
    RealtimeBetaResponseUsageInputTokenDetails as RealtimeBetaResponseUsageInputTokenDetails,
)
from .realtime_beta_response_usage_input_token_details_cached_tokens_details import (
    RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails as RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
)
from .realtime_beta_response_usage_output_token_details import (
    RealtimeBetaResponseUsageOutputTokenDetails as RealtimeBetaResponseUsageOutputTokenDetails,
)
from .realtime_beta_server_event_conversation_item_created import (
    RealtimeBetaServerEventConversationItemCreated as RealtimeBetaServerEventConversationItemCreated,
)
from .realtime_beta_server_event_conversation_item_deleted import (
    RealtimeBetaServerEventConversationItemDeleted as RealtimeBetaServerEventConversationItemDeleted,
)
from .realtime_beta_server_event_conversation_item_input_audio_transcription_completed import (
    RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted as RealtimeBetaServerEventConversationItemInputAudioTranscriptionCompleted,
)
from .realtime_beta_server_event_conversation_item_input_audio_transcription_delta import (
    RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta as RealtimeBetaServerEventConversationItemInputAudioTranscriptionDelta,
)
from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed import (
    RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed as RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed,
)
from .realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error import (
    RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError as RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError,
)
from .realtime_beta_server_event_conversation_item_input_audio_transcription_segment import (
    RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment as RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment,
)
from .realtime_beta_server_event_conversation_item_retrieved import (
    RealtimeBetaServerEventConversationItemRetrieved as RealtimeBetaServerEventConversationItemRetrieved,
)
from .realtime_beta_server_event_conversation_item_truncated import (
    RealtimeBetaServerEventConversationItemTruncated as RealtimeBetaServerEventConversationItemTruncated,
)
from .realtime_beta_server_event_error import (
    RealtimeBetaServerEventError as RealtimeBetaServerEventError,
)
from .realtime_beta_server_event_error_error import (
    RealtimeBetaServerEventErrorError as RealtimeBetaServerEventErrorError,
)
from .realtime_beta_server_event_input_audio_buffer_cleared import (
    RealtimeBetaServerEventInputAudioBufferCleared as RealtimeBetaServerEventInputAudioBufferCleared,
)
from .realtime_beta_server_event_input_audio_buffer_committed import (
    RealtimeBetaServerEventInputAudioBufferCommitted as RealtimeBetaServerEventInputAudioBufferCommitted,
)
from .realtime_beta_server_event_input_audio_buffer_speech_started import (
    RealtimeBetaServerEventInputAudioBufferSpeechStarted as RealtimeBetaServerEventInputAudioBufferSpeechStarted,
)
from .realtime_beta_server_event_input_audio_buffer_speech_stopped import (
    RealtimeBetaServerEventInputAudioBufferSpeechStopped as RealtimeBetaServerEventInputAudioBufferSpeechStopped,
)
from .realtime_beta_server_event_mcp_list_tools_completed import (
    RealtimeBetaServerEventMCPListToolsCompleted as RealtimeBetaServerEventMCPListToolsCompleted,
)
from .realtime_beta_server_event_mcp_list_tools_failed import (
    RealtimeBetaServerEventMCPListToolsFailed as RealtimeBetaServerEventMCPListToolsFailed,
)
from .realtime_beta_server_event_mcp_list_tools_in_progress import (
    RealtimeBetaServerEventMCPListToolsInProgress as RealtimeBetaServerEventMCPListToolsInProgress,
)
from .realtime_beta_server_event_rate_limits_updated import (
    RealtimeBetaServerEventRateLimitsUpdated as RealtimeBetaServerEventRateLimitsUpdated,
)
from .realtime_beta_server_event_rate_limits_updated_rate_limits_item import (
    RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem as RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItem,
)
from .realtime_beta_server_event_rate_limits_updated_rate_limits_item_name import (
    RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName as RealtimeBetaServerEventRateLimitsUpdatedRateLimitsItemName,
)
from .realtime_beta_server_event_response_audio_delta import (
    RealtimeBetaServerEventResponseAudioDelta as RealtimeBetaServerEventResponseAudioDelta,
)
from .realtime_beta_server_event_response_audio_done import (
    RealtimeBetaServerEventResponseAudioDone as RealtimeBetaServerEventResponseAudioDone,
)
from .realtime_beta_server_event_response_audio_transcript_delta import (
    RealtimeBetaServerEventResponseAudioTranscriptDelta as RealtimeBetaServerEventResponseAudioTranscriptDelta,
)
from .realtime_beta_server_event_response_audio_transcript_done import (
    RealtimeBetaServerEventResponseAudioTranscriptDone as RealtimeBetaServerEventResponseAudioTranscriptDone,
)
from .realtime_beta_server_event_response_content_part_added import (
    RealtimeBetaServerEventResponseContentPartAdded as RealtimeBetaServerEventResponseContentPartAdded,
)
from .realtime_beta_server_event_response_content_part_added_part import (
    RealtimeBetaServerEventResponseContentPartAddedPart as RealtimeBetaServerEventResponseContentPartAddedPart,
)
from .realtime_beta_server_event_response_content_part_added_part_type import (
    RealtimeBetaServerEventResponseContentPartAddedPartType as RealtimeBetaServerEventResponseContentPartAddedPartType,
)
from .realtime_beta_server_event_response_content_part_done import (
    RealtimeBetaServerEventResponseContentPartDone as RealtimeBetaServerEventResponseContentPartDone,
)
from .realtime_beta_server_event_response_content_part_done_part import (
    RealtimeBetaServerEventResponseContentPartDonePart as RealtimeBetaServerEventResponseContentPartDonePart,
)
from .realtime_beta_server_event_response_created import (
    RealtimeBetaServerEventResponseCreated as RealtimeBetaServerEventResponseCreated,
)
from .realtime_beta_server_event_response_done import (
    RealtimeBetaServerEventResponseDone as RealtimeBetaServerEventResponseDone,
)
from .realtime_beta_server_event_response_function_call_arguments_delta import (
    RealtimeBetaServerEventResponseFunctionCallArgumentsDelta as RealtimeBetaServerEventResponseFunctionCallArgumentsDelta,
)
from .realtime_beta_server_event_response_function_call_arguments_done import (
    RealtimeBetaServerEventResponseFunctionCallArgumentsDone as RealtimeBetaServerEventResponseFunctionCallArgumentsDone,
)
from .realtime_beta_server_event_response_mcp_call_arguments_delta import (
    RealtimeBetaServerEventResponseMCPCallArgumentsDelta as RealtimeBetaServerEventResponseMCPCallArgumentsDelta,
)
from .realtime_beta_server_event_response_mcp_call_arguments_done import (
    RealtimeBetaServerEventResponseMCPCallArgumentsDone as RealtimeBetaServerEventResponseMCPCallArgumentsDone,
)
from .realtime_beta_server_event_response_mcp_call_completed import (
    RealtimeBetaServerEventResponseMCPCallCompleted as RealtimeBetaServerEventResponseMCPCallCompleted,
)
from .realtime_beta_server_event_response_mcp_call_failed import (
    RealtimeBetaServerEventResponseMCPCallFailed as RealtimeBetaServerEventResponseMCPCallFailed,
)
from .realtime_beta_server_event_response_mcp_call_in_progress import (
    RealtimeBetaServerEventResponseMCPCallInProgress as RealtimeBetaServerEventResponseMCPCallInProgress,
)
from .realtime_beta_server_event_response_output_item_added import (
    RealtimeBetaServerEventResponseOutputItemAdded as RealtimeBetaServerEventResponseOutputItemAdded,
)
from .realtime_beta_server_event_response_output_item_done import (
    RealtimeBetaServerEventResponseOutputItemDone as RealtimeBetaServerEventResponseOutputItemDone,
)
from .realtime_beta_server_event_response_text_delta import (
    RealtimeBetaServerEventResponseTextDelta as RealtimeBetaServerEventResponseTextDelta,
)
from .realtime_beta_server_event_response_text_done import (
    RealtimeBetaServerEventResponseTextDone as RealtimeBetaServerEventResponseTextDone,
)
from .realtime_beta_server_event_session_created import (
    RealtimeBetaServerEventSessionCreated as RealtimeBetaServerEventSessionCreated,
)
from .realtime_beta_server_event_session_updated import (
    RealtimeBetaServerEventSessionUpdated as RealtimeBetaServerEventSessionUpdated,
)
from .realtime_beta_server_event_transcription_session_created import (
    RealtimeBetaServerEventTranscriptionSessionCreated as RealtimeBetaServerEventTranscriptionSessionCreated,
)
from .realtime_beta_server_event_transcription_session_updated import (
    RealtimeBetaServerEventTranscriptionSessionUpdated as RealtimeBetaServerEventTranscriptionSessionUpdated,
)
from .realtime_call_create_request import RealtimeCallCreateRequest as RealtimeCallCreateRequest
from .realtime_call_refer_request import RealtimeCallReferRequest as RealtimeCallReferRequest
from .realtime_call_reject_request import RealtimeCallRejectRequest as RealtimeCallRejectRequest
from .realtime_client_event_conversation_item_create import (
    RealtimeClientEventConversationItemCreate as RealtimeClientEventConversationItemCreate,
)
from .realtime_client_event_conversation_item_delete import (
    RealtimeClientEventConversationItemDelete as RealtimeClientEventConversationItemDelete,
)
from .realtime_client_event_conversation_item_retrieve import (
    RealtimeClientEventConversationItemRetrieve as RealtimeClientEventConversationItemRetrieve,
)
from .realtime_client_event_conversation_item_truncate import (
    RealtimeClientEventConversationItemTruncate as RealtimeClientEventConversationItemTruncate,
)
from .realtime_client_event_input_audio_buffer_append import (
    RealtimeClientEventInputAudioBufferAppend as RealtimeClientEventInputAudioBufferAppend,
)
from .realtime_client_event_input_audio_buffer_clear import (
    RealtimeClientEventInputAudioBufferClear as RealtimeClientEventInputAudioBufferClear,
)
from .realtime_client_event_input_audio_buffer_commit import (
    RealtimeClientEventInputAudioBufferCommit as RealtimeClientEventInputAudioBufferCommit,
)
from .realtime_client_event_output_audio_buffer_clear import (
    RealtimeClientEventOutputAudioBufferClear as RealtimeClientEventOutputAudioBufferClear,
)
from .realtime_client_event_response_cancel import (
    RealtimeClientEventResponseCancel as RealtimeClientEventResponseCancel,
)
from .realtime_client_event_response_create import (
    RealtimeClientEventResponseCreate as RealtimeClientEventResponseCreate,
)
from .realtime_client_event_session_update import (
    RealtimeClientEventSessionUpdate as RealtimeClientEventSessionUpdate,
)
from .realtime_client_event_transcription_session_update import (
    RealtimeClientEventTranscriptionSessionUpdate as RealtimeClientEventTranscriptionSessionUpdate,
)
from .realtime_conversation_item_function_call import (
    RealtimeConversationItemFunctionCall as RealtimeConversationItemFunctionCall,
)
from .realtime_conversation_item_function_call_output import (
    RealtimeConversationItemFunctionCallOutput as RealtimeConversationItemFunctionCallOutput,
)
from .realtime_conversation_item_function_call_status import (
    RealtimeConversationItemFunctionCallStatus as RealtimeConversationItemFunctionCallStatus,
)
from .realtime_conversation_item_message_assistant import (
    RealtimeConversationItemMessageAssistant as RealtimeConversationItemMessageAssistant,
)
from .realtime_conversation_item_message_assistant_content_item import (
    RealtimeConversationItemMessageAssistantContentItem as RealtimeConversationItemMessageAssistantContentItem,
)
from .realtime_conversation_item_message_assistant_content_item_type import (
    RealtimeConversationItemMessageAssistantContentItemType as RealtimeConversationItemMessageAssistantContentItemType,
)
from .realtime_conversation_item_message_system import (
    RealtimeConversationItemMessageSystem as RealtimeConversationItemMessageSystem,
)
from .realtime_conversation_item_message_system_content_item import (
    RealtimeConversationItemMessageSystemContentItem as RealtimeConversationItemMessageSystemContentItem,
)
from .realtime_conversation_item_message_user import (
    RealtimeConversationItemMessageUser as RealtimeConversationItemMessageUser,
)
from .realtime_conversation_item_message_user_content_item import (
    RealtimeConversationItemMessageUserContentItem as RealtimeConversationItemMessageUserContentItem,
)
from .realtime_conversation_item_message_user_content_item_detail import (
    RealtimeConversationItemMessageUserContentItemDetail as RealtimeConversationItemMessageUserContentItemDetail,
)
from .realtime_conversation_item_message_user_content_item_type import (
    RealtimeConversationItemMessageUserContentItemType as RealtimeConversationItemMessageUserContentItemType,
)
from .realtime_conversation_item_with_reference import (
    RealtimeConversationItemWithReference as RealtimeConversationItemWithReference,
)
from .realtime_conversation_item_with_reference_content_item import (
    RealtimeConversationItemWithReferenceContentItem as RealtimeConversationItemWithReferenceContentItem,
)
from .realtime_conversation_item_with_reference_content_item_type import (
    RealtimeConversationItemWithReferenceContentItemType as RealtimeConversationItemWithReferenceContentItemType,
)
from .realtime_conversation_item_with_reference_role import (
    RealtimeConversationItemWithReferenceRole as RealtimeConversationItemWithReferenceRole,
)
from .realtime_conversation_item_with_reference_status import (
    RealtimeConversationItemWithReferenceStatus as RealtimeConversationItemWithReferenceStatus,
)
from .realtime_conversation_item_with_reference_type import (
    RealtimeConversationItemWithReferenceType as RealtimeConversationItemWithReferenceType,
)
from .realtime_create_client_secret_request import (
    RealtimeCreateClientSecretRequest as RealtimeCreateClientSecretRequest,
)
from .realtime_create_client_secret_request_expires_after import (
    RealtimeCreateClientSecretRequestExpiresAfter as RealtimeCreateClientSecretRequestExpiresAfter,
)
from .realtime_create_client_secret_response import (
    RealtimeCreateClientSecretResponse as RealtimeCreateClientSecretResponse,
)
from .realtime_function_tool import RealtimeFunctionTool as RealtimeFunctionTool
from .realtime_mcp_approval_request import RealtimeMCPApprovalRequest as RealtimeMCPApprovalRequest
from .realtime_mcp_approval_response import (
    RealtimeMCPApprovalResponse as RealtimeMCPApprovalResponse,
)
from .realtime_mcp_list_tools import RealtimeMCPListTools as RealtimeMCPListTools
from .realtime_mcp_protocol_error import RealtimeMCPProtocolError as RealtimeMCPProtocolError
from .realtime_mcp_tool_call import RealtimeMCPToolCall as RealtimeMCPToolCall
from .realtime_mcp_tool_execution_error import (
    RealtimeMCPToolExecutionError as RealtimeMCPToolExecutionError,
)
from .realtime_mcphttp_error import RealtimeMCPHTTPError as RealtimeMCPHTTPError
from .realtime_reasoning import RealtimeReasoning as RealtimeReasoning
from .realtime_reasoning_effort import RealtimeReasoningEffort as RealtimeReasoningEffort
from .realtime_response import RealtimeResponse as RealtimeResponse
from .realtime_response_audio import RealtimeResponseAudio as RealtimeResponseAudio
from .realtime_response_audio_output import (
    RealtimeResponseAudioOutput as RealtimeResponseAudioOutput,
)
from .realtime_response_create_params import (
    RealtimeResponseCreateParams as RealtimeResponseCreateParams,
)
from .realtime_response_create_params_audio import (
    RealtimeResponseCreateParamsAudio as RealtimeResponseCreateParamsAudio,
)
from .realtime_response_create_params_audio_output import (
    RealtimeResponseCreateParamsAudioOutput as RealtimeResponseCreateParamsAudioOutput,
)
from .realtime_response_status_details import (
    RealtimeResponseStatusDetails as RealtimeResponseStatusDetails,
)
from .realtime_response_status_details_reason import (
    RealtimeResponseStatusDetailsReason as RealtimeResponseStatusDetailsReason,
)
from .realtime_response_usage import RealtimeResponseUsage as RealtimeResponseUsage
from .realtime_response_usage_input_token_details import (
    RealtimeResponseUsageInputTokenDetails as RealtimeResponseUsageInputTokenDetails,
)
from .realtime_server_event_conversation_created import (
    RealtimeServerEventConversationCreated as RealtimeServerEventConversationCreated,
)
from .realtime_server_event_conversation_created_conversation import (
    RealtimeServerEventConversationCreatedConversation as RealtimeServerEventConversationCreatedConversation,
)
from .realtime_server_event_conversation_item_added import (
    RealtimeServerEventConversationItemAdded as RealtimeServerEventConversationItemAdded,
)
from .realtime_server_event_conversation_item_created import (
    RealtimeServerEventConversationItemCreated as RealtimeServerEventConversationItemCreated,
)
from .realtime_server_event_conversation_item_deleted import (
    RealtimeServerEventConversationItemDeleted as RealtimeServerEventConversationItemDeleted,
)
from .realtime_server_event_conversation_item_done import (
    RealtimeServerEventConversationItemDone as RealtimeServerEventConversationItemDone,
)
from .realtime_server_event_conversation_item_input_audio_transcription_completed import (
    RealtimeServerEventConversationItemInputAudioTranscriptionCompleted as RealtimeServerEventConversationItemInputAudioTranscriptionCompleted,
)
from .realtime_server_event_conversation_item_input_audio_transcription_delta import (
    RealtimeServerEventConversationItemInputAudioTranscriptionDelta as RealtimeServerEventConversationItemInputAudioTranscriptionDelta,
)
from .realtime_server_event_conversation_item_input_audio_transcription_failed import (
    RealtimeServerEventConversationItemInputAudioTranscriptionFailed as RealtimeServerEventConversationItemInputAudioTranscriptionFailed,
)
from .realtime_server_event_conversation_item_input_audio_transcription_segment import (
    RealtimeServerEventConversationItemInputAudioTranscriptionSegment as RealtimeServerEventConversationItemInputAudioTranscriptionSegment,
)
from .realtime_server_event_conversation_item_retrieved import (
    RealtimeServerEventConversationItemRetrieved as RealtimeServerEventConversationItemRetrieved,
)
from .realtime_server_event_conversation_item_truncated import (
    RealtimeServerEventConversationItemTruncated as RealtimeServerEventConversationItemTruncated,
)
from .realtime_server_event_error import RealtimeServerEventError as RealtimeServerEventError
from .realtime_server_event_input_audio_buffer_cleared import (
    RealtimeServerEventInputAudioBufferCleared as RealtimeServerEventInputAudioBufferCleared,
)
from .realtime_server_event_input_audio_buffer_committed import (
    RealtimeServerEventInputAudioBufferCommitted as RealtimeServerEventInputAudioBufferCommitted,
)
from .realtime_server_event_input_audio_buffer_dtmf_event_received import (
    RealtimeServerEventInputAudioBufferDtmfEventReceived as RealtimeServerEventInputAudioBufferDtmfEventReceived,
)
from .realtime_server_event_input_audio_buffer_speech_started import (
    RealtimeServerEventInputAudioBufferSpeechStarted as RealtimeServerEventInputAudioBufferSpeechStarted,
)
from .realtime_server_event_input_audio_buffer_speech_stopped import (
    RealtimeServerEventInputAudioBufferSpeechStopped as RealtimeServerEventInputAudioBufferSpeechStopped,
)
from .realtime_server_event_input_audio_buffer_timeout_triggered import (
    RealtimeServerEventInputAudioBufferTimeoutTriggered as RealtimeServerEventInputAudioBufferTimeoutTriggered,
)
from .realtime_server_event_mcp_list_tools_completed import (
    RealtimeServerEventMCPListToolsCompleted as RealtimeServerEventMCPListToolsCompleted,
)
from .realtime_server_event_mcp_list_tools_failed import (
    RealtimeServerEventMCPListToolsFailed as RealtimeServerEventMCPListToolsFailed,
)
from .realtime_server_event_mcp_list_tools_in_progress import (
    RealtimeServerEventMCPListToolsInProgress as RealtimeServerEventMCPListToolsInProgress,
)
from .realtime_server_event_output_audio_buffer_cleared import (
    RealtimeServerEventOutputAudioBufferCleared as RealtimeServerEventOutputAudioBufferCleared,
)
from .realtime_server_event_output_audio_buffer_started import (
    RealtimeServerEventOutputAudioBufferStarted as RealtimeServerEventOutputAudioBufferStarted,
)
from .realtime_server_event_output_audio_buffer_stopped import (
    RealtimeServerEventOutputAudioBufferStopped as RealtimeServerEventOutputAudioBufferStopped,
)
from .realtime_server_event_rate_limits_updated import (
    RealtimeServerEventRateLimitsUpdated as RealtimeServerEventRateLimitsUpdated,
)
from .realtime_server_event_response_audio_delta import (
    RealtimeServerEventResponseAudioDelta as RealtimeServerEventResponseAudioDelta,
)
from .realtime_server_event_response_audio_done import (
    RealtimeServerEventResponseAudioDone as RealtimeServerEventResponseAudioDone,
)
from .realtime_server_event_response_audio_transcript_delta import (
    RealtimeServerEventResponseAudioTranscriptDelta as RealtimeServerEventResponseAudioTranscriptDelta,
)
from .realtime_server_event_response_audio_transcript_done import (
    RealtimeServerEventResponseAudioTranscriptDone as RealtimeServerEventResponseAudioTranscriptDone,
)
from .realtime_server_event_response_content_part_added import (
    RealtimeServerEventResponseContentPartAdded as RealtimeServerEventResponseContentPartAdded,
)
from .realtime_server_event_response_content_part_done import (
    RealtimeServerEventResponseContentPartDone as RealtimeServerEventResponseContentPartDone,
)
from .realtime_server_event_response_created import (
    RealtimeServerEventResponseCreated as RealtimeServerEventResponseCreated,
)
from .realtime_server_event_response_done import (
    RealtimeServerEventResponseDone as RealtimeServerEventResponseDone,
)
from .realtime_server_event_response_function_call_arguments_delta import (
    RealtimeServerEventResponseFunctionCallArgumentsDelta as RealtimeServerEventResponseFunctionCallArgumentsDelta,
)
from .realtime_server_event_response_function_call_arguments_done import (
    RealtimeServerEventResponseFunctionCallArgumentsDone as RealtimeServerEventResponseFunctionCallArgumentsDone,
)
from .realtime_server_event_response_mcp_call_arguments_delta import (
    RealtimeServerEventResponseMCPCallArgumentsDelta as RealtimeServerEventResponseMCPCallArgumentsDelta,
)
from .realtime_server_event_response_mcp_call_arguments_done import (
    RealtimeServerEventResponseMCPCallArgumentsDone as RealtimeServerEventResponseMCPCallArgumentsDone,
)
from .realtime_server_event_response_mcp_call_completed import (
    RealtimeServerEventResponseMCPCallCompleted as RealtimeServerEventResponseMCPCallCompleted,
)
from .realtime_server_event_response_mcp_call_failed import (
    RealtimeServerEventResponseMCPCallFailed as RealtimeServerEventResponseMCPCallFailed,
)
from .realtime_server_event_response_mcp_call_in_progress import (
    RealtimeServerEventResponseMCPCallInProgress as RealtimeServerEventResponseMCPCallInProgress,
)
from .realtime_server_event_response_output_item_added import (
    RealtimeServerEventResponseOutputItemAdded as RealtimeServerEventResponseOutputItemAdded,
)
from .realtime_server_event_response_output_item_done import (
    RealtimeServerEventResponseOutputItemDone as RealtimeServerEventResponseOutputItemDone,
)
from .realtime_server_event_response_text_delta import (
    RealtimeServerEventResponseTextDelta as RealtimeServerEventResponseTextDelta,
)
from .realtime_server_event_response_text_done import (
    RealtimeServerEventResponseTextDone as RealtimeServerEventResponseTextDone,
)
from .realtime_server_event_session_created import (
    RealtimeServerEventSessionCreated as RealtimeServerEventSessionCreated,
)
from .realtime_server_event_session_updated import (
    RealtimeServerEventSessionUpdated as RealtimeServerEventSessionUpdated,
)
from .realtime_server_event_transcription_session_updated import (
    RealtimeServerEventTranscriptionSessionUpdated as RealtimeServerEventTranscriptionSessionUpdated,
)
from .realtime_session import RealtimeSession as RealtimeSession
from .realtime_session_create_request import (
    RealtimeSessionCreateRequest as RealtimeSessionCreateRequest,
)
from .realtime_session_create_request_client_secret import (
    RealtimeSessionCreateRequestClientSecret as RealtimeSessionCreateRequestClientSecret,
)
from .realtime_session_create_request_ga import (
    RealtimeSessionCreateRequestGA as RealtimeSessionCreateRequestGA,
)
from .realtime_session_create_request_ga_audio import (
    RealtimeSessionCreateRequestGAAudio as RealtimeSessionCreateRequestGAAudio,
)
from .realtime_session_create_request_ga_audio_input import (
    RealtimeSessionCreateRequestGAAudioInput as RealtimeSessionCreateRequestGAAudioInput,
)
from .realtime_session_create_request_ga_audio_input_noise_reduction import (
    RealtimeSessionCreateRequestGAAudioInputNoiseReduction as RealtimeSessionCreateRequestGAAudioInputNoiseReduction,
)
from .realtime_session_create_request_ga_audio_output import (
    RealtimeSessionCreateRequestGAAudioOutput as RealtimeSessionCreateRequestGAAudioOutput,
)
from .realtime_session_create_request_ga_model_enum import (
    RealtimeSessionCreateRequestGAModelEnum as RealtimeSessionCreateRequestGAModelEnum,
)
from .realtime_session_create_request_ga_tracing_auto import (
    RealtimeSessionCreateRequestGATracingAuto as RealtimeSessionCreateRequestGATracingAuto,
)
from .realtime_session_create_request_ga_tracing_tracing_configuration import (
    RealtimeSessionCreateRequestGATracingTracingConfiguration as RealtimeSessionCreateRequestGATracingTracingConfiguration,
)
from .realtime_session_create_request_ga_tracing_tracing_configuration_metadata import (
    RealtimeSessionCreateRequestGATracingTracingConfigurationMetadata as RealtimeSessionCreateRequestGATracingTracingConfigurationMetadata,
)
from .realtime_session_create_request_input_audio_transcription import (
    RealtimeSessionCreateRequestInputAudioTranscription as RealtimeSessionCreateRequestInputAudioTranscription,
)
from .realtime_session_create_request_tools_item import (
    RealtimeSessionCreateRequestToolsItem as RealtimeSessionCreateRequestToolsItem,
)
from .realtime_session_create_request_turn_detection import (
    RealtimeSessionCreateRequestTurnDetection as RealtimeSessionCreateRequestTurnDetection,
)
from .realtime_session_create_response import (
    RealtimeSessionCreateResponse as RealtimeSessionCreateResponse,
)
from .realtime_session_create_response_audio import (
    RealtimeSessionCreateResponseAudio as RealtimeSessionCreateResponseAudio,
)
from .realtime_session_create_response_audio_input import (
    RealtimeSessionCreateResponseAudioInput as RealtimeSessionCreateResponseAudioInput,
)
from .realtime_session_create_response_audio_input_noise_reduction import (
    RealtimeSessionCreateResponseAudioInputNoiseReduction as RealtimeSessionCreateResponseAudioInputNoiseReduction,
)
from .realtime_session_create_response_audio_input_turn_detection import (
    RealtimeSessionCreateResponseAudioInputTurnDetection as RealtimeSessionCreateResponseAudioInputTurnDetection,
)
from .realtime_session_create_response_audio_output import (
    RealtimeSessionCreateResponseAudioOutput as RealtimeSessionCreateResponseAudioOutput,
)
from .realtime_session_create_response_ga import (
    RealtimeSessionCreateResponseGA as RealtimeSessionCreateResponseGA,
)
from .realtime_session_create_response_ga_audio import (
    RealtimeSessionCreateResponseGAAudio as RealtimeSessionCreateResponseGAAudio,
)
from .realtime_session_create_response_ga_audio_input import (
    RealtimeSessionCreateResponseGAAudioInput as RealtimeSessionCreateResponseGAAudioInput,
)
from .realtime_session_create_response_ga_audio_output import (
    RealtimeSessionCreateResponseGAAudioOutput as RealtimeSessionCreateResponseGAAudioOutput,
)
from .realtime_session_input_audio_format import (
    RealtimeSessionInputAudioFormat as RealtimeSessionInputAudioFormat,
)
from .realtime_session_input_audio_noise_reduction import (
    RealtimeSessionInputAudioNoiseReduction as RealtimeSessionInputAudioNoiseReduction,
)
from .realtime_session_model_enum import RealtimeSessionModelEnum as RealtimeSessionModelEnum
from .realtime_session_output_audio_format import (
    RealtimeSessionOutputAudioFormat as RealtimeSessionOutputAudioFormat,
)
from .realtime_session_tracing_enum import RealtimeSessionTracingEnum as RealtimeSessionTracingEnum
from .realtime_session_tracing_tracing_configuration import (
    RealtimeSessionTracingTracingConfiguration as RealtimeSessionTracingTracingConfiguration,
)
from .realtime_session_tracing_tracing_configuration_metadata import (
    RealtimeSessionTracingTracingConfigurationMetadata as RealtimeSessionTracingTracingConfigurationMetadata,
)
from .realtime_transcription_session_create_request import (
    RealtimeTranscriptionSessionCreateRequest as RealtimeTranscriptionSessionCreateRequest,
)
from .realtime_transcription_session_create_request_ga import (
    RealtimeTranscriptionSessionCreateRequestGA as RealtimeTranscriptionSessionCreateRequestGA,
)
from .realtime_transcription_session_create_request_ga_audio import (
    RealtimeTranscriptionSessionCreateRequestGAAudio as RealtimeTranscriptionSessionCreateRequestGAAudio,
)
from .realtime_transcription_session_create_request_turn_detection import (
    RealtimeTranscriptionSessionCreateRequestTurnDetection as RealtimeTranscriptionSessionCreateRequestTurnDetection,
)
from .realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse as RealtimeTranscriptionSessionCreateResponse,
)
from .realtime_transcription_session_create_response_client_secret import (
    RealtimeTranscriptionSessionCreateResponseClientSecret as RealtimeTranscriptionSessionCreateResponseClientSecret,
)
from .realtime_transcription_session_create_response_ga import (
    RealtimeTranscriptionSessionCreateResponseGA as RealtimeTranscriptionSessionCreateResponseGA,
)
from .realtime_transcription_session_create_response_ga_audio import (
    RealtimeTranscriptionSessionCreateResponseGAAudio as RealtimeTranscriptionSessionCreateResponseGAAudio,
)
from .realtime_transcription_session_create_response_ga_audio_input import (
    RealtimeTranscriptionSessionCreateResponseGAAudioInput as RealtimeTranscriptionSessionCreateResponseGAAudioInput,
)
from .realtime_transcription_session_create_response_ga_audio_input_turn_detection import (
    RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection as RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection,
)
from .realtime_translation_client_event_input_audio_buffer_append import (
    RealtimeTranslationClientEventInputAudioBufferAppend as RealtimeTranslationClientEventInputAudioBufferAppend,
)
from .realtime_translation_client_event_session_close import (
    RealtimeTranslationClientEventSessionClose as RealtimeTranslationClientEventSessionClose,
)
from .realtime_translation_client_event_session_update import (
    RealtimeTranslationClientEventSessionUpdate as RealtimeTranslationClientEventSessionUpdate,
)
from .realtime_translation_client_secret_create_request import (
    RealtimeTranslationClientSecretCreateRequest as RealtimeTranslationClientSecretCreateRequest,
)
from .realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse as RealtimeTranslationClientSecretCreateResponse,
)
from .realtime_translation_server_event_session_closed import (
    RealtimeTranslationServerEventSessionClosed as RealtimeTranslationServerEventSessionClosed,
)
from .realtime_translation_server_event_session_created import (
    RealtimeTranslationServerEventSessionCreated as RealtimeTranslationServerEventSessionCreated,
)
from .realtime_translation_server_event_session_input_transcript_delta import (
    RealtimeTranslationServerEventSessionInputTranscriptDelta as RealtimeTranslationServerEventSessionInputTranscriptDelta,
)
from .realtime_translation_server_event_session_output_audio_delta import (
    RealtimeTranslationServerEventSessionOutputAudioDelta as RealtimeTranslationServerEventSessionOutputAudioDelta,
)
from .realtime_translation_server_event_session_output_transcript_delta import (
    RealtimeTranslationServerEventSessionOutputTranscriptDelta as RealtimeTranslationServerEventSessionOutputTranscriptDelta,
)
from .realtime_translation_server_event_session_updated import (
    RealtimeTranslationServerEventSessionUpdated as RealtimeTranslationServerEventSessionUpdated,
)
from .realtime_translation_session import RealtimeTranslationSession as RealtimeTranslationSession
from .realtime_translation_session_audio import (
    RealtimeTranslationSessionAudio as RealtimeTranslationSessionAudio,
)
from .realtime_translation_session_audio_input import (
    RealtimeTranslationSessionAudioInput as RealtimeTranslationSessionAudioInput,
)
from .realtime_translation_session_audio_input_noise_reduction import (
    RealtimeTranslationSessionAudioInputNoiseReduction as RealtimeTranslationSessionAudioInputNoiseReduction,
)
from .realtime_translation_session_audio_input_transcription import (
    RealtimeTranslationSessionAudioInputTranscription as RealtimeTranslationSessionAudioInputTranscription,
)
from .realtime_translation_session_audio_output import (
    RealtimeTranslationSessionAudioOutput as RealtimeTranslationSessionAudioOutput,
)
from .realtime_translation_session_create_request import (
    RealtimeTranslationSessionCreateRequest as RealtimeTranslationSessionCreateRequest,
)
from .realtime_translation_session_create_request_audio import (
    RealtimeTranslationSessionCreateRequestAudio as RealtimeTranslationSessionCreateRequestAudio,
)
from .realtime_translation_session_create_request_audio_input import (
    RealtimeTranslationSessionCreateRequestAudioInput as RealtimeTranslationSessionCreateRequestAudioInput,
)
from .realtime_translation_session_create_request_audio_input_noise_reduction import (
    RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction as RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction,
)
from .realtime_translation_session_create_request_audio_input_transcription import (
    RealtimeTranslationSessionCreateRequestAudioInputTranscription as RealtimeTranslationSessionCreateRequestAudioInputTranscription,
)
from .realtime_translation_session_update_request import (
    RealtimeTranslationSessionUpdateRequest as RealtimeTranslationSessionUpdateRequest,
)
from .realtime_truncation_enum import RealtimeTruncationEnum as RealtimeTruncationEnum
from .realtime_truncation_retention_ratio_truncation import (
    RealtimeTruncationRetentionRatioTruncation as RealtimeTruncationRetentionRatioTruncation,
)
from .realtime_truncation_retention_ratio_truncation_token_limits import (
    RealtimeTruncationRetentionRatioTruncationTokenLimits as RealtimeTruncationRetentionRatioTruncationTokenLimits,
)
from .realtime_turn_detection_semantic_vad import (
    RealtimeTurnDetectionSemanticVAD as RealtimeTurnDetectionSemanticVAD,
)
from .realtime_turn_detection_semantic_vad_eagerness import (
    RealtimeTurnDetectionSemanticVADEagerness as RealtimeTurnDetectionSemanticVADEagerness,
)
from .realtime_turn_detection_server_vad import (
    RealtimeTurnDetectionServerVAD as RealtimeTurnDetectionServerVAD,
)
from .reasoning import Reasoning as Reasoning
from .reasoning_context import ReasoningContext as ReasoningContext
from .reasoning_effort_2 import ReasoningEffort2 as ReasoningEffort2
from .reasoning_generate_summary import ReasoningGenerateSummary as ReasoningGenerateSummary
from .reasoning_item import ReasoningItem as ReasoningItem
from .reasoning_mode import ReasoningMode as ReasoningMode
from .reasoning_summary import ReasoningSummary as ReasoningSummary
from .reasoning_text_content import ReasoningTextContent as ReasoningTextContent
from .refusal_content import RefusalContent as RefusalContent
from .response_audio_delta_event import ResponseAudioDeltaEvent as ResponseAudioDeltaEvent
from .response_audio_done_event import ResponseAudioDoneEvent as ResponseAudioDoneEvent
from .response_audio_transcript_delta_event import (
    ResponseAudioTranscriptDeltaEvent as ResponseAudioTranscriptDeltaEvent,
)
from .response_audio_transcript_done_event import (
    ResponseAudioTranscriptDoneEvent as ResponseAudioTranscriptDoneEvent,
)
from .response_code_interpreter_call_code_delta_event import (
    ResponseCodeInterpreterCallCodeDeltaEvent as ResponseCodeInterpreterCallCodeDeltaEvent,
)
from .response_code_interpreter_call_code_done_event import (
    ResponseCodeInterpreterCallCodeDoneEvent as ResponseCodeInterpreterCallCodeDoneEvent,
)
from .response_code_interpreter_call_completed_event import (
    ResponseCodeInterpreterCallCompletedEvent as ResponseCodeInterpreterCallCompletedEvent,
)
from .response_code_interpreter_call_in_progress_event import (
    ResponseCodeInterpreterCallInProgressEvent as ResponseCodeInterpreterCallInProgressEvent,
)
from .response_code_interpreter_call_interpreting_event import (
    ResponseCodeInterpreterCallInterpretingEvent as ResponseCodeInterpreterCallInterpretingEvent,
)
from .response_completed_event import ResponseCompletedEvent as ResponseCompletedEvent
from .response_content_part_added_event import (
    ResponseContentPartAddedEvent as ResponseContentPartAddedEvent,
)
from .response_content_part_done_event import (
    ResponseContentPartDoneEvent as ResponseContentPartDoneEvent,
)
from .response_created_event import ResponseCreatedEvent as ResponseCreatedEvent
from .response_custom_tool_call_input_delta_event import (
    ResponseCustomToolCallInputDeltaEvent as ResponseCustomToolCallInputDeltaEvent,
)
from .response_custom_tool_call_input_done_event import (
    ResponseCustomToolCallInputDoneEvent as ResponseCustomToolCallInputDoneEvent,
)
from .response_error_2 import ResponseError2 as ResponseError2
from .response_error_code import ResponseErrorCode as ResponseErrorCode
from .response_error_event import ResponseErrorEvent as ResponseErrorEvent
from .response_failed_event import ResponseFailedEvent as ResponseFailedEvent
from .response_file_search_call_completed_event import (
    ResponseFileSearchCallCompletedEvent as ResponseFileSearchCallCompletedEvent,
)
from .response_file_search_call_in_progress_event import (
    ResponseFileSearchCallInProgressEvent as ResponseFileSearchCallInProgressEvent,
)
from .response_file_search_call_searching_event import (
    ResponseFileSearchCallSearchingEvent as ResponseFileSearchCallSearchingEvent,
)
from .response_format_json_object import ResponseFormatJsonObject as ResponseFormatJsonObject
from .response_format_json_schema import ResponseFormatJsonSchema as ResponseFormatJsonSchema
from .response_format_json_schema_json_schema import (
    ResponseFormatJsonSchemaJsonSchema as ResponseFormatJsonSchemaJsonSchema,
)
from .response_format_json_schema_schema import (
    ResponseFormatJsonSchemaSchema as ResponseFormatJsonSchemaSchema,
)
from .response_format_text import ResponseFormatText as ResponseFormatText
from .response_format_text_grammar import ResponseFormatTextGrammar as ResponseFormatTextGrammar
from .response_format_text_python import ResponseFormatTextPython as ResponseFormatTextPython
from .response_function_call_arguments_delta_event import (
    ResponseFunctionCallArgumentsDeltaEvent as ResponseFunctionCallArgumentsDeltaEvent,
)
from .response_function_call_arguments_done_event import (
    ResponseFunctionCallArgumentsDoneEvent as ResponseFunctionCallArgumentsDoneEvent,
)
from .response_image_gen_call_completed_event import (
    ResponseImageGenCallCompletedEvent as ResponseImageGenCallCompletedEvent,
)
from .response_image_gen_call_generating_event import (
    ResponseImageGenCallGeneratingEvent as ResponseImageGenCallGeneratingEvent,
)
from .response_image_gen_call_in_progress_event import (
    ResponseImageGenCallInProgressEvent as ResponseImageGenCallInProgressEvent,
)
from .response_image_gen_call_partial_image_event import (
    ResponseImageGenCallPartialImageEvent as ResponseImageGenCallPartialImageEvent,
)
from .response_in_progress_event import ResponseInProgressEvent as ResponseInProgressEvent
from .response_incomplete_details import ResponseIncompleteDetails as ResponseIncompleteDetails
from .response_incomplete_details_reason import (
    ResponseIncompleteDetailsReason as ResponseIncompleteDetailsReason,
)
from .response_incomplete_event import ResponseIncompleteEvent as ResponseIncompleteEvent
from .response_item_list import ResponseItemList as ResponseItemList
from .response_log_prob import ResponseLogProb as ResponseLogProb
from .response_log_prob_top_logprobs_item import (
    ResponseLogProbTopLogprobsItem as ResponseLogProbTopLogprobsItem,
)
from .response_mcp_call_arguments_delta_event import (
    ResponseMCPCallArgumentsDeltaEvent as ResponseMCPCallArgumentsDeltaEvent,
)
from .response_mcp_call_arguments_done_event import (
    ResponseMCPCallArgumentsDoneEvent as ResponseMCPCallArgumentsDoneEvent,
)
from .response_mcp_call_completed_event import (
    ResponseMCPCallCompletedEvent as ResponseMCPCallCompletedEvent,
)
from .response_mcp_call_failed_event import ResponseMCPCallFailedEvent as ResponseMCPCallFailedEvent
from .response_mcp_call_in_progress_event import (
    ResponseMCPCallInProgressEvent as ResponseMCPCallInProgressEvent,
)
from .response_mcp_list_tools_completed_event import (
    ResponseMCPListToolsCompletedEvent as ResponseMCPListToolsCompletedEvent,
)
from .response_mcp_list_tools_failed_event import (
    ResponseMCPListToolsFailedEvent as ResponseMCPListToolsFailedEvent,
)
from .response_mcp_list_tools_in_progress_event import (
    ResponseMCPListToolsInProgressEvent as ResponseMCPListToolsInProgressEvent,
)
from .response_object import ResponseObject as ResponseObject
from .response_output_item_added_event import (
    ResponseOutputItemAddedEvent as ResponseOutputItemAddedEvent,
)
from .response_output_item_done_event import (
    ResponseOutputItemDoneEvent as ResponseOutputItemDoneEvent,
)
from .response_output_text import ResponseOutputText as ResponseOutputText
from .response_output_text_annotation_added_event import (
    ResponseOutputTextAnnotationAddedEvent as ResponseOutputTextAnnotationAddedEvent,
)
from .response_output_text_annotation_added_event_annotation import (
    ResponseOutputTextAnnotationAddedEventAnnotation as ResponseOutputTextAnnotationAddedEventAnnotation,
)
from .response_prompt_variables_2 import ResponsePromptVariables2 as ResponsePromptVariables2
from .response_properties import ResponseProperties as ResponseProperties
from .response_queued_event import ResponseQueuedEvent as ResponseQueuedEvent
from .response_reasoning_summary_part_added_event import (
    ResponseReasoningSummaryPartAddedEvent as ResponseReasoningSummaryPartAddedEvent,
)
from .response_reasoning_summary_part_added_event_part import (
    ResponseReasoningSummaryPartAddedEventPart as ResponseReasoningSummaryPartAddedEventPart,
)
from .response_reasoning_summary_part_done_event import (
    ResponseReasoningSummaryPartDoneEvent as ResponseReasoningSummaryPartDoneEvent,
)
from .response_reasoning_summary_part_done_event_part import (
    ResponseReasoningSummaryPartDoneEventPart as ResponseReasoningSummaryPartDoneEventPart,
)
from .response_reasoning_summary_part_done_event_status import (
    ResponseReasoningSummaryPartDoneEventStatus as ResponseReasoningSummaryPartDoneEventStatus,
)
from .response_reasoning_summary_text_delta_event import (
    ResponseReasoningSummaryTextDeltaEvent as ResponseReasoningSummaryTextDeltaEvent,
)
from .response_reasoning_summary_text_done_event import (
    ResponseReasoningSummaryTextDoneEvent as ResponseReasoningSummaryTextDoneEvent,
)
from .response_reasoning_text_delta_event import (
    ResponseReasoningTextDeltaEvent as ResponseReasoningTextDeltaEvent,
)
from .response_reasoning_text_done_event import (
    ResponseReasoningTextDoneEvent as ResponseReasoningTextDoneEvent,
)
from .response_refusal_delta_event import ResponseRefusalDeltaEvent as ResponseRefusalDeltaEvent
from .response_refusal_done_event import ResponseRefusalDoneEvent as ResponseRefusalDoneEvent
from .response_status import ResponseStatus as ResponseStatus
from .response_stream_options_2 import ResponseStreamOptions2 as ResponseStreamOptions2
from .response_text_delta_event import ResponseTextDeltaEvent as ResponseTextDeltaEvent
from .response_text_done_event import ResponseTextDoneEvent as ResponseTextDoneEvent
from .response_text_param import ResponseTextParam as ResponseTextParam
from .response_usage import ResponseUsage as ResponseUsage
from .response_usage_input_tokens_details import (
    ResponseUsageInputTokensDetails as ResponseUsageInputTokensDetails,
)
from .response_web_search_call_completed_event import (
    ResponseWebSearchCallCompletedEvent as ResponseWebSearchCallCompletedEvent,
)
from .response_web_search_call_in_progress_event import (
    ResponseWebSearchCallInProgressEvent as ResponseWebSearchCallInProgressEvent,
)
from .response_web_search_call_searching_event import (
    ResponseWebSearchCallSearchingEvent as ResponseWebSearchCallSearchingEvent,
)
from .responses_client_event import ResponsesClientEvent as ResponsesClientEvent
from .responses_client_event_response_create import (
    ResponsesClientEventResponseCreate as ResponsesClientEventResponseCreate,
)
from .retrieve_project_group_group_type import (
    RetrieveProjectGroupGroupType as RetrieveProjectGroupGroupType,
)
from .role import Role as Role
from .role_deleted_resource import RoleDeletedResource as RoleDeletedResource
from .role_list_resource import RoleListResource as RoleListResource
from .run_completion_usage_2 import RunCompletionUsage2 as RunCompletionUsage2
from .run_grader_request import RunGraderRequest as RunGraderRequest
from .run_grader_request_item import RunGraderRequestItem as RunGraderRequestItem
from .run_grader_response import RunGraderResponse as RunGraderResponse
from .run_grader_response_metadata import RunGraderResponseMetadata as RunGraderResponseMetadata
from .run_grader_response_metadata_errors import (
    RunGraderResponseMetadataErrors as RunGraderResponseMetadataErrors,
)
from .run_grader_response_metadata_scores import (
    RunGraderResponseMetadataScores as RunGraderResponseMetadataScores,
)
from .run_grader_response_model_grader_token_usage_per_model import (
    RunGraderResponseModelGraderTokenUsagePerModel as RunGraderResponseModelGraderTokenUsagePerModel,
)
from .run_grader_response_sub_rewards import (
    RunGraderResponseSubRewards as RunGraderResponseSubRewards,
)
from .run_object import RunObject as RunObject
from .run_object_incomplete_details import RunObjectIncompleteDetails as RunObjectIncompleteDetails
from .run_object_incomplete_details_reason import (
    RunObjectIncompleteDetailsReason as RunObjectIncompleteDetailsReason,
)
from .run_object_last_error import RunObjectLastError as RunObjectLastError
from .run_object_last_error_code import RunObjectLastErrorCode as RunObjectLastErrorCode
from .run_object_required_action import RunObjectRequiredAction as RunObjectRequiredAction
from .run_object_required_action_submit_tool_outputs import (
    RunObjectRequiredActionSubmitToolOutputs as RunObjectRequiredActionSubmitToolOutputs,
)
from .run_object_status import RunObjectStatus as RunObjectStatus
from .run_step_completion_usage_2 import RunStepCompletionUsage2 as RunStepCompletionUsage2
from .run_step_delta_object import RunStepDeltaObject as RunStepDeltaObject
from .run_step_delta_object_delta import RunStepDeltaObjectDelta as RunStepDeltaObjectDelta
from .run_step_delta_step_details_message_creation_object import (
    RunStepDeltaStepDetailsMessageCreationObject as RunStepDeltaStepDetailsMessageCreationObject,
)
from .run_step_delta_step_details_message_creation_object_message_creation import (
    RunStepDeltaStepDetailsMessageCreationObjectMessageCreation as RunStepDeltaStepDetailsMessageCreationObjectMessageCreation,
)
from .run_step_delta_step_details_tool_calls_code_object import (
    RunStepDeltaStepDetailsToolCallsCodeObject as RunStepDeltaStepDetailsToolCallsCodeObject,
)
from .run_step_delta_step_details_tool_calls_code_object_code_interpreter import (
    RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter as RunStepDeltaStepDetailsToolCallsCodeObjectCodeInterpreter,
)
from .run_step_delta_step_details_tool_calls_code_output_image_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObject as RunStepDeltaStepDetailsToolCallsCodeOutputImageObject,
)
from .run_step_delta_step_details_tool_calls_code_output_image_object_image import (
    RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage as RunStepDeltaStepDetailsToolCallsCodeOutputImageObjectImage,
)
from .run_step_delta_step_details_tool_calls_code_output_logs_object import (
    RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject as RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject,
)
from .run_step_delta_step_details_tool_calls_file_search_object import (
    RunStepDeltaStepDetailsToolCallsFileSearchObject as RunStepDeltaStepDetailsToolCallsFileSearchObject,
)
from .run_step_delta_step_details_tool_calls_file_search_object_file_search import (
    RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch as RunStepDeltaStepDetailsToolCallsFileSearchObjectFileSearch,
)
from .run_step_delta_step_details_tool_calls_function_object import (
    RunStepDeltaStepDetailsToolCallsFunctionObject as RunStepDeltaStepDetailsToolCallsFunctionObject,
)
from .run_step_delta_step_details_tool_calls_function_object_function import (
    RunStepDeltaStepDetailsToolCallsFunctionObjectFunction as RunStepDeltaStepDetailsToolCallsFunctionObjectFunction,
)
from .run_step_delta_step_details_tool_calls_object import (
    RunStepDeltaStepDetailsToolCallsObject as RunStepDeltaStepDetailsToolCallsObject,
)
from .run_step_details_message_creation_object import (
    RunStepDetailsMessageCreationObject as RunStepDetailsMessageCreationObject,
)
from .run_step_details_message_creation_object_message_creation import (
    RunStepDetailsMessageCreationObjectMessageCreation as RunStepDetailsMessageCreationObjectMessageCreation,
)
from .run_step_details_tool_calls_code_object import (
    RunStepDetailsToolCallsCodeObject as RunStepDetailsToolCallsCodeObject,
)
from .run_step_details_tool_calls_code_object_code_interpreter import (
    RunStepDetailsToolCallsCodeObjectCodeInterpreter as RunStepDetailsToolCallsCodeObjectCodeInterpreter,
)
from .run_step_details_tool_calls_code_output_image_object import (
    RunStepDetailsToolCallsCodeOutputImageObject as RunStepDetailsToolCallsCodeOutputImageObject,
)
from .run_step_details_tool_calls_code_output_image_object_image import (
    RunStepDetailsToolCallsCodeOutputImageObjectImage as RunStepDetailsToolCallsCodeOutputImageObjectImage,
)
from .run_step_details_tool_calls_code_output_logs_object import (
    RunStepDetailsToolCallsCodeOutputLogsObject as RunStepDetailsToolCallsCodeOutputLogsObject,
)
from .run_step_details_tool_calls_file_search_object import (
    RunStepDetailsToolCallsFileSearchObject as RunStepDetailsToolCallsFileSearchObject,
)
from .run_step_details_tool_calls_file_search_object_file_search import (
    RunStepDetailsToolCallsFileSearchObjectFileSearch as RunStepDetailsToolCallsFileSearchObjectFileSearch,
)
from .run_step_details_tool_calls_file_search_ranking_options_object import (
    RunStepDetailsToolCallsFileSearchRankingOptionsObject as RunStepDetailsToolCallsFileSearchRankingOptionsObject,
)
from .run_step_details_tool_calls_file_search_result_object import (
    RunStepDetailsToolCallsFileSearchResultObject as RunStepDetailsToolCallsFileSearchResultObject,
)
from .run_step_details_tool_calls_file_search_result_object_content_item import (
    RunStepDetailsToolCallsFileSearchResultObjectContentItem as RunStepDetailsToolCallsFileSearchResultObjectContentItem,
)
from .run_step_details_tool_calls_function_object import (
    RunStepDetailsToolCallsFunctionObject as RunStepDetailsToolCallsFunctionObject,
)
from .run_step_details_tool_calls_function_object_function import (
    RunStepDetailsToolCallsFunctionObjectFunction as RunStepDetailsToolCallsFunctionObjectFunction,
)
from .run_step_details_tool_calls_object import (
    RunStepDetailsToolCallsObject as RunStepDetailsToolCallsObject,
)
from .run_step_object import RunStepObject as RunStepObject
from .run_step_object_last_error import RunStepObjectLastError as RunStepObjectLastError
from .run_step_object_last_error_code import (
    RunStepObjectLastErrorCode as RunStepObjectLastErrorCode,
)
from .run_step_object_status import RunStepObjectStatus as RunStepObjectStatus
from .run_step_object_type import RunStepObjectType as RunStepObjectType
from .run_step_stream_event_thread_run_step_cancelled import (
    RunStepStreamEventThreadRunStepCancelled as RunStepStreamEventThreadRunStepCancelled,
)
from .run_step_stream_event_thread_run_step_completed import (
    RunStepStreamEventThreadRunStepCompleted as RunStepStreamEventThreadRunStepCompleted,
)
from .run_step_stream_event_thread_run_step_created import (
    RunStepStreamEventThreadRunStepCreated as RunStepStreamEventThreadRunStepCreated,
)
from .run_step_stream_event_thread_run_step_delta import (
    RunStepStreamEventThreadRunStepDelta as RunStepStreamEventThreadRunStepDelta,
)
from .run_step_stream_event_thread_run_step_expired import (
    RunStepStreamEventThreadRunStepExpired as RunStepStreamEventThreadRunStepExpired,
)
from .run_step_stream_event_thread_run_step_failed import (
    RunStepStreamEventThreadRunStepFailed as RunStepStreamEventThreadRunStepFailed,
)
from .run_step_stream_event_thread_run_step_in_progress import (
    RunStepStreamEventThreadRunStepInProgress as RunStepStreamEventThreadRunStepInProgress,
)
from .run_stream_event_thread_run_cancelled import (
    RunStreamEventThreadRunCancelled as RunStreamEventThreadRunCancelled,
)
from .run_stream_event_thread_run_cancelling import (
    RunStreamEventThreadRunCancelling as RunStreamEventThreadRunCancelling,
)
from .run_stream_event_thread_run_completed import (
    RunStreamEventThreadRunCompleted as RunStreamEventThreadRunCompleted,
)
from .run_stream_event_thread_run_created import (
    RunStreamEventThreadRunCreated as RunStreamEventThreadRunCreated,
)
from .run_stream_event_thread_run_expired import (
    RunStreamEventThreadRunExpired as RunStreamEventThreadRunExpired,
)
from .run_stream_event_thread_run_failed import (
    RunStreamEventThreadRunFailed as RunStreamEventThreadRunFailed,
)
from .run_stream_event_thread_run_in_progress import (
    RunStreamEventThreadRunInProgress as RunStreamEventThreadRunInProgress,
)
from .run_stream_event_thread_run_incomplete import (
    RunStreamEventThreadRunIncomplete as RunStreamEventThreadRunIncomplete,
)
from .run_stream_event_thread_run_queued import (
    RunStreamEventThreadRunQueued as RunStreamEventThreadRunQueued,
)
from .run_stream_event_thread_run_requires_action import (
    RunStreamEventThreadRunRequiresAction as RunStreamEventThreadRunRequiresAction,
)
from .run_tool_call_object import RunToolCallObject as RunToolCallObject
from .run_tool_call_object_function import RunToolCallObjectFunction as RunToolCallObjectFunction
from .screenshot_param import ScreenshotParam as ScreenshotParam
from .scroll_param import ScrollParam as ScrollParam
from .sdk_access_programs import SdkAccessPrograms as SdkAccessPrograms
from .sdk_access_programs_cyber import SdkAccessProgramsCyber as SdkAccessProgramsCyber
from .sdk_apply_patch_call_agent import SdkApplyPatchCallAgent as SdkApplyPatchCallAgent
from .sdk_apply_patch_call_caller_direct import (
    SdkApplyPatchCallCallerDirect as SdkApplyPatchCallCallerDirect,
)
from .sdk_apply_patch_call_caller_program import (
    SdkApplyPatchCallCallerProgram as SdkApplyPatchCallCallerProgram,
)
from .sdk_apply_patch_call_output_agent import (
    SdkApplyPatchCallOutputAgent as SdkApplyPatchCallOutputAgent,
)
from .sdk_apply_patch_call_output_caller_direct import (
    SdkApplyPatchCallOutputCallerDirect as SdkApplyPatchCallOutputCallerDirect,
)
from .sdk_apply_patch_call_output_caller_program import (
    SdkApplyPatchCallOutputCallerProgram as SdkApplyPatchCallOutputCallerProgram,
)
from .sdk_caller_direct import SdkCallerDirect as SdkCallerDirect
from .sdk_caller_program import SdkCallerProgram as SdkCallerProgram
from .sdk_chat_completion_moderation import (
    SdkChatCompletionModeration as SdkChatCompletionModeration,
)
from .sdk_choice_delta_audio import SdkChoiceDeltaAudio as SdkChoiceDeltaAudio
from .sdk_computer_call_output_agent import SdkComputerCallOutputAgent as SdkComputerCallOutputAgent
from .sdk_function_call_output_agent import SdkFunctionCallOutputAgent as SdkFunctionCallOutputAgent
from .sdk_function_call_output_caller_direct import (
    SdkFunctionCallOutputCallerDirect as SdkFunctionCallOutputCallerDirect,
)
from .sdk_function_call_output_caller_program import (
    SdkFunctionCallOutputCallerProgram as SdkFunctionCallOutputCallerProgram,
)
from .sdk_image import SdkImage as SdkImage
from .sdk_image_context_compression import SdkImageContextCompression as SdkImageContextCompression
from .sdk_image_generation_svg import SdkImageGenerationSvg as SdkImageGenerationSvg
from .sdk_image_generation_svg_reasoning import (
    SdkImageGenerationSvgReasoning as SdkImageGenerationSvgReasoning,
)
from .sdk_image_generation_svg_reasoning_effort import (
    SdkImageGenerationSvgReasoningEffort as SdkImageGenerationSvgReasoningEffort,
)
from .sdk_input_tokens_details_cache_write_tokens_details import (
    SdkInputTokensDetailsCacheWriteTokensDetails as SdkInputTokensDetailsCacheWriteTokensDetails,
)
from .sdk_input_transformation import SdkInputTransformation as SdkInputTransformation
from .sdk_input_transformation_reason import (
    SdkInputTransformationReason as SdkInputTransformationReason,
)
from .sdk_local_shell_call_agent import SdkLocalShellCallAgent as SdkLocalShellCallAgent
from .sdk_local_shell_call_output_agent import (
    SdkLocalShellCallOutputAgent as SdkLocalShellCallOutputAgent,
)
from .sdk_mcp_approval_request_agent import SdkMcpApprovalRequestAgent as SdkMcpApprovalRequestAgent
from .sdk_mcp_approval_response_agent import (
    SdkMcpApprovalResponseAgent as SdkMcpApprovalResponseAgent,
)
from .sdk_mcp_call_agent import SdkMcpCallAgent as SdkMcpCallAgent
from .sdk_mcp_list_tools_agent import SdkMcpListToolsAgent as SdkMcpListToolsAgent
from .sdk_message_agent import SdkMessageAgent as SdkMessageAgent
from .sdk_misalignment import SdkMisalignment as SdkMisalignment
from .sdk_misalignment_error_type import SdkMisalignmentErrorType as SdkMisalignmentErrorType
from .sdk_misalignment_steer import SdkMisalignmentSteer as SdkMisalignmentSteer
from .sdk_moderation_input_error import SdkModerationInputError as SdkModerationInputError
from .sdk_moderation_input_moderation_result import (
    SdkModerationInputModerationResult as SdkModerationInputModerationResult,
)
from .sdk_moderation_input_moderation_results import (
    SdkModerationInputModerationResults as SdkModerationInputModerationResults,
)
from .sdk_moderation_input_moderation_results_result import (
    SdkModerationInputModerationResultsResult as SdkModerationInputModerationResultsResult,
)
from .sdk_moderation_input_moderation_results_result_categories import (
    SdkModerationInputModerationResultsResultCategories as SdkModerationInputModerationResultsResultCategories,
)
from .sdk_moderation_input_moderation_results_result_category_applied_input_types import (
    SdkModerationInputModerationResultsResultCategoryAppliedInputTypes as SdkModerationInputModerationResultsResultCategoryAppliedInputTypes,
)
from .sdk_moderation_input_moderation_results_result_category_applied_input_types_value_item import (
    SdkModerationInputModerationResultsResultCategoryAppliedInputTypesValueItem as SdkModerationInputModerationResultsResultCategoryAppliedInputTypesValueItem,
)
from .sdk_moderation_input_moderation_results_result_category_scores import (
    SdkModerationInputModerationResultsResultCategoryScores as SdkModerationInputModerationResultsResultCategoryScores,
)
from .sdk_moderation_output_error import SdkModerationOutputError as SdkModerationOutputError
from .sdk_moderation_output_moderation_result import (
    SdkModerationOutputModerationResult as SdkModerationOutputModerationResult,
)
from .sdk_moderation_output_moderation_results import (
    SdkModerationOutputModerationResults as SdkModerationOutputModerationResults,
)
from .sdk_moderation_output_moderation_results_result import (
    SdkModerationOutputModerationResultsResult as SdkModerationOutputModerationResultsResult,
)
from .sdk_prompt_cache_breakpoint import SdkPromptCacheBreakpoint as SdkPromptCacheBreakpoint
from .sdk_prompt_cache_breakpoint_ttl import (
    SdkPromptCacheBreakpointTtl as SdkPromptCacheBreakpointTtl,
)
from .sdk_prompt_cache_diagnostics_cache_hit import (
    SdkPromptCacheDiagnosticsCacheHit as SdkPromptCacheDiagnosticsCacheHit,
)
from .sdk_prompt_cache_diagnostics_cache_miss import (
    SdkPromptCacheDiagnosticsCacheMiss as SdkPromptCacheDiagnosticsCacheMiss,
)
from .sdk_prompt_cache_diagnostics_cache_miss_reason import (
    SdkPromptCacheDiagnosticsCacheMissReason as SdkPromptCacheDiagnosticsCacheMissReason,
)
from .sdk_prompt_cache_diagnostics_comparison_response_not_found import (
    SdkPromptCacheDiagnosticsComparisonResponseNotFound as SdkPromptCacheDiagnosticsComparisonResponseNotFound,
)
from .sdk_prompt_cache_diagnostics_unavailable import (
    SdkPromptCacheDiagnosticsUnavailable as SdkPromptCacheDiagnosticsUnavailable,
)
from .sdk_prompt_cache_options import SdkPromptCacheOptions as SdkPromptCacheOptions
from .sdk_prompt_cache_options_mode import SdkPromptCacheOptionsMode as SdkPromptCacheOptionsMode
from .sdk_response_moderation import SdkResponseModeration as SdkResponseModeration
from .sdk_shell_call_agent import SdkShellCallAgent as SdkShellCallAgent
from .sdk_shell_call_caller_direct import SdkShellCallCallerDirect as SdkShellCallCallerDirect
from .sdk_shell_call_caller_program import SdkShellCallCallerProgram as SdkShellCallCallerProgram
from .sdk_shell_call_output_agent import SdkShellCallOutputAgent as SdkShellCallOutputAgent
from .sdk_shell_call_output_caller_direct import (
    SdkShellCallOutputCallerDirect as SdkShellCallOutputCallerDirect,
)
from .sdk_shell_call_output_caller_program import (
    SdkShellCallOutputCallerProgram as SdkShellCallOutputCallerProgram,
)
from .sdk_svg_usage import SdkSvgUsage as SdkSvgUsage
from .sdk_tool_search_call_agent import SdkToolSearchCallAgent as SdkToolSearchCallAgent
from .sdk_tool_usage import SdkToolUsage as SdkToolUsage
from .sdk_tool_usage_image_gen import SdkToolUsageImageGen as SdkToolUsageImageGen
from .sdk_tool_usage_image_gen_cached_tokens_details import (
    SdkToolUsageImageGenCachedTokensDetails as SdkToolUsageImageGenCachedTokensDetails,
)
from .sdk_tool_usage_image_gen_input_tokens_details import (
    SdkToolUsageImageGenInputTokensDetails as SdkToolUsageImageGenInputTokensDetails,
)
from .sdk_tool_usage_image_gen_output_tokens_details import (
    SdkToolUsageImageGenOutputTokensDetails as SdkToolUsageImageGenOutputTokensDetails,
)
from .sdk_tool_usage_web_search import SdkToolUsageWebSearch as SdkToolUsageWebSearch
from .sdk_transcription_language import SdkTranscriptionLanguage as SdkTranscriptionLanguage
from .search_content_type import SearchContentType as SearchContentType
from .search_context_size import SearchContextSize as SearchContextSize
from .service_tier_2 import ServiceTier2 as ServiceTier2
from .service_tier_enum import ServiceTierEnum as ServiceTierEnum
from .set_default_skill_version_body import SetDefaultSkillVersionBody as SetDefaultSkillVersionBody
from .skill_list_resource import SkillListResource as SkillListResource
from .skill_reference_param import SkillReferenceParam as SkillReferenceParam
from .skill_resource import SkillResource as SkillResource
from .skill_version_list_resource import SkillVersionListResource as SkillVersionListResource
from .skill_version_resource import SkillVersionResource as SkillVersionResource
from .specific_apply_patch_param import SpecificApplyPatchParam as SpecificApplyPatchParam
from .specific_function_shell_param import SpecificFunctionShellParam as SpecificFunctionShellParam
from .speech_audio_delta_event import SpeechAudioDeltaEvent as SpeechAudioDeltaEvent
from .speech_audio_done_event import SpeechAudioDoneEvent as SpeechAudioDoneEvent
from .speech_audio_done_event_usage import SpeechAudioDoneEventUsage as SpeechAudioDoneEventUsage
from .spend_alert_notification_channel import (
    SpendAlertNotificationChannel as SpendAlertNotificationChannel,
)
from .static_chunking_strategy import StaticChunkingStrategy as StaticChunkingStrategy
from .static_chunking_strategy_request_param import (
    StaticChunkingStrategyRequestParam as StaticChunkingStrategyRequestParam,
)
from .static_chunking_strategy_response_param import (
    StaticChunkingStrategyResponseParam as StaticChunkingStrategyResponseParam,
)
from .submit_tool_outputs_run_request import (
    SubmitToolOutputsRunRequest as SubmitToolOutputsRunRequest,
)
from .submit_tool_outputs_run_request_tool_outputs_item import (
    SubmitToolOutputsRunRequestToolOutputsItem as SubmitToolOutputsRunRequestToolOutputsItem,
)
from .summary_text_content import SummaryTextContent as SummaryTextContent
from .task_group_item import TaskGroupItem as TaskGroupItem
from .task_group_task import TaskGroupTask as TaskGroupTask
from .task_item import TaskItem as TaskItem
from .task_type import TaskType as TaskType
from .text_content import TextContent as TextContent
from .text_response_format_json_schema import (
    TextResponseFormatJsonSchema as TextResponseFormatJsonSchema,
)
from .thread_item_list_resource import ThreadItemListResource as ThreadItemListResource
from .thread_list_resource import ThreadListResource as ThreadListResource
from .thread_object import ThreadObject as ThreadObject
from .thread_resource import ThreadResource as ThreadResource
from .thread_stream_event import ThreadStreamEvent as ThreadStreamEvent
from .toggle_certificates_request import ToggleCertificatesRequest as ToggleCertificatesRequest
from .token_counts_body import TokenCountsBody as TokenCountsBody
from .token_counts_resource import TokenCountsResource as TokenCountsResource
from .tool_choice import ToolChoice as ToolChoice
from .tool_choice_allowed import ToolChoiceAllowed as ToolChoiceAllowed
from .tool_choice_custom import ToolChoiceCustom as ToolChoiceCustom
from .tool_choice_function import ToolChoiceFunction as ToolChoiceFunction
from .tool_choice_mcp import ToolChoiceMCP as ToolChoiceMCP
from .tool_choice_options import ToolChoiceOptions as ToolChoiceOptions
from .tool_choice_types import ToolChoiceTypes as ToolChoiceTypes
from .tool_choice_types_type import ToolChoiceTypesType as ToolChoiceTypesType
from .tool_search_call import ToolSearchCall as ToolSearchCall
from .tool_search_call_item_param import ToolSearchCallItemParam as ToolSearchCallItemParam
from .tool_search_execution_type import ToolSearchExecutionType as ToolSearchExecutionType
from .tool_search_output import ToolSearchOutput as ToolSearchOutput
from .tool_search_output_item_param import ToolSearchOutputItemParam as ToolSearchOutputItemParam
from .tool_search_tool_param import ToolSearchToolParam as ToolSearchToolParam
from .top_log_prob import TopLogProb as TopLogProb
from .transcript_text_delta_event import TranscriptTextDeltaEvent as TranscriptTextDeltaEvent
from .transcript_text_delta_event_logprobs_item import (
    TranscriptTextDeltaEventLogprobsItem as TranscriptTextDeltaEventLogprobsItem,
)
from .transcript_text_done_event import TranscriptTextDoneEvent as TranscriptTextDoneEvent
from .transcript_text_segment_event import TranscriptTextSegmentEvent as TranscriptTextSegmentEvent
from .transcript_text_usage_duration import (
    TranscriptTextUsageDuration as TranscriptTextUsageDuration,
)
from .transcript_text_usage_tokens import TranscriptTextUsageTokens as TranscriptTextUsageTokens
from .transcript_text_usage_tokens_input_token_details import (
    TranscriptTextUsageTokensInputTokenDetails as TranscriptTextUsageTokensInputTokenDetails,
)
from .transcription_chunking_strategy_enum import (
    TranscriptionChunkingStrategyEnum as TranscriptionChunkingStrategyEnum,
)
from .transcription_diarized_segment import (
    TranscriptionDiarizedSegment as TranscriptionDiarizedSegment,
)
from .transcription_segment import TranscriptionSegment as TranscriptionSegment
from .transcription_word import TranscriptionWord as TranscriptionWord
from .truncation_enum import TruncationEnum as TruncationEnum
from .truncation_object import TruncationObject as TruncationObject
from .type_param import TypeParam as TypeParam
from .update_chat_completion_body import UpdateChatCompletionBody as UpdateChatCompletionBody
from .update_conversation_body import UpdateConversationBody as UpdateConversationBody
from .update_eval_body import UpdateEvalBody as UpdateEvalBody
from .update_group_body import UpdateGroupBody as UpdateGroupBody
from .update_organization_data_retention_body import (
    UpdateOrganizationDataRetentionBody as UpdateOrganizationDataRetentionBody,
)
from .update_organization_data_retention_body_retention_type import (
    UpdateOrganizationDataRetentionBodyRetentionType as UpdateOrganizationDataRetentionBodyRetentionType,
)
from .update_project_data_retention_body import (
    UpdateProjectDataRetentionBody as UpdateProjectDataRetentionBody,
)
from .update_project_data_retention_body_retention_type import (
    UpdateProjectDataRetentionBodyRetentionType as UpdateProjectDataRetentionBodyRetentionType,
)
from .update_project_service_account_body import (
    UpdateProjectServiceAccountBody as UpdateProjectServiceAccountBody,
)
from .update_project_service_account_body_role import (
    UpdateProjectServiceAccountBodyRole as UpdateProjectServiceAccountBodyRole,
)
from .update_vector_store_file_attributes_request import (
    UpdateVectorStoreFileAttributesRequest as UpdateVectorStoreFileAttributesRequest,
)
from .update_vector_store_request import UpdateVectorStoreRequest as UpdateVectorStoreRequest
from .update_vector_store_request_expires_after import (
    UpdateVectorStoreRequestExpiresAfter as UpdateVectorStoreRequestExpiresAfter,
)
from .update_voice_consent_request import UpdateVoiceConsentRequest as UpdateVoiceConsentRequest
from .upload import Upload as Upload
from .upload_certificate_request import UploadCertificateRequest as UploadCertificateRequest
from .upload_file import UploadFile as UploadFile
from .upload_part import UploadPart as UploadPart
from .upload_status import UploadStatus as UploadStatus
from .url_annotation import UrlAnnotation as UrlAnnotation
from .url_annotation_source import UrlAnnotationSource as UrlAnnotationSource
from .url_citation_body import UrlCitationBody as UrlCitationBody
from .usage_audio_speeches_bucket_width import (
    UsageAudioSpeechesBucketWidth as UsageAudioSpeechesBucketWidth,
)
from .usage_audio_speeches_group_by_item import (
    UsageAudioSpeechesGroupByItem as UsageAudioSpeechesGroupByItem,
)
from .usage_audio_speeches_result import UsageAudioSpeechesResult as UsageAudioSpeechesResult
from .usage_audio_transcriptions_result import (
    UsageAudioTranscriptionsResult as UsageAudioTranscriptionsResult,
)
from .usage_code_interpreter_sessions_result import (
    UsageCodeInterpreterSessionsResult as UsageCodeInterpreterSessionsResult,
)
from .usage_completions_group_by_item import (
    UsageCompletionsGroupByItem as UsageCompletionsGroupByItem,
)
from .usage_completions_result import UsageCompletionsResult as UsageCompletionsResult
from .usage_costs_group_by_item import UsageCostsGroupByItem as UsageCostsGroupByItem
from .usage_embeddings_result import UsageEmbeddingsResult as UsageEmbeddingsResult
from .usage_file_search_calls_group_by_item import (
    UsageFileSearchCallsGroupByItem as UsageFileSearchCallsGroupByItem,
)
from .usage_file_search_calls_result import UsageFileSearchCallsResult as UsageFileSearchCallsResult
from .usage_images_group_by_item import UsageImagesGroupByItem as UsageImagesGroupByItem
from .usage_images_result import UsageImagesResult as UsageImagesResult
from .usage_images_sizes_item import UsageImagesSizesItem as UsageImagesSizesItem
from .usage_images_sources_item import UsageImagesSourcesItem as UsageImagesSourcesItem
from .usage_moderations_result import UsageModerationsResult as UsageModerationsResult
from .usage_response import UsageResponse as UsageResponse
from .usage_time_bucket import UsageTimeBucket as UsageTimeBucket
from .usage_vector_stores_result import UsageVectorStoresResult as UsageVectorStoresResult
from .usage_web_search_calls_context_levels_item import (
    UsageWebSearchCallsContextLevelsItem as UsageWebSearchCallsContextLevelsItem,
)
from .usage_web_search_calls_group_by_item import (
    UsageWebSearchCallsGroupByItem as UsageWebSearchCallsGroupByItem,
)
from .usage_web_search_calls_result import UsageWebSearchCallsResult as UsageWebSearchCallsResult
from .user import User as User
from .user_delete_response import UserDeleteResponse as UserDeleteResponse
from .user_list_resource import UserListResource as UserListResource
from .user_list_response import UserListResponse as UserListResponse
from .user_message_input_text import UserMessageInputText as UserMessageInputText
from .user_message_item import UserMessageItem as UserMessageItem
from .user_message_quoted_text import UserMessageQuotedText as UserMessageQuotedText
from .user_projects import UserProjects as UserProjects
from .user_projects_data_item import UserProjectsDataItem as UserProjectsDataItem
from .user_role_assignment import UserRoleAssignment as UserRoleAssignment
from .user_role_update_request import UserRoleUpdateRequest as UserRoleUpdateRequest
from .user_user import UserUser as UserUser
from .vad_config import VadConfig as VadConfig
from .validate_grader_request import ValidateGraderRequest as ValidateGraderRequest
from .validate_grader_response import ValidateGraderResponse as ValidateGraderResponse
from .vector_store_expiration_after import VectorStoreExpirationAfter as VectorStoreExpirationAfter
from .vector_store_file_attributes_2 import VectorStoreFileAttributes2 as VectorStoreFileAttributes2
from .vector_store_file_batch_object import VectorStoreFileBatchObject as VectorStoreFileBatchObject
from .vector_store_file_batch_object_file_counts import (
    VectorStoreFileBatchObjectFileCounts as VectorStoreFileBatchObjectFileCounts,
)
from .vector_store_file_batch_object_status import (
    VectorStoreFileBatchObjectStatus as VectorStoreFileBatchObjectStatus,
)
from .vector_store_file_content_response import (
    VectorStoreFileContentResponse as VectorStoreFileContentResponse,
)
from .vector_store_file_content_response_data_item import (
    VectorStoreFileContentResponseDataItem as VectorStoreFileContentResponseDataItem,
)
from .vector_store_file_object import VectorStoreFileObject as VectorStoreFileObject
from .vector_store_file_object_last_error import (
    VectorStoreFileObjectLastError as VectorStoreFileObjectLastError,
)
from .vector_store_file_object_last_error_code import (
    VectorStoreFileObjectLastErrorCode as VectorStoreFileObjectLastErrorCode,
)
from .vector_store_file_object_status import (
    VectorStoreFileObjectStatus as VectorStoreFileObjectStatus,
)
from .vector_store_object import VectorStoreObject as VectorStoreObject
from .vector_store_object_file_counts import (
    VectorStoreObjectFileCounts as VectorStoreObjectFileCounts,
)
from .vector_store_object_status import VectorStoreObjectStatus as VectorStoreObjectStatus
from .vector_store_search_request import VectorStoreSearchRequest as VectorStoreSearchRequest
from .vector_store_search_request_ranking_options import (
    VectorStoreSearchRequestRankingOptions as VectorStoreSearchRequestRankingOptions,
)
from .vector_store_search_request_ranking_options_ranker import (
    VectorStoreSearchRequestRankingOptionsRanker as VectorStoreSearchRequestRankingOptionsRanker,
)
from .vector_store_search_result_content_object import (
    VectorStoreSearchResultContentObject as VectorStoreSearchResultContentObject,
)
from .vector_store_search_result_item import (
    VectorStoreSearchResultItem as VectorStoreSearchResultItem,
)
from .vector_store_search_results_page import (
    VectorStoreSearchResultsPage as VectorStoreSearchResultsPage,
)
from .verbosity_2 import Verbosity2 as Verbosity2
from .video_character_resource import VideoCharacterResource as VideoCharacterResource
from .video_content_variant import VideoContentVariant as VideoContentVariant
from .video_list_resource import VideoListResource as VideoListResource
from .video_model_enum import VideoModelEnum as VideoModelEnum
from .video_reference_input_param import VideoReferenceInputParam as VideoReferenceInputParam
from .video_resource import VideoResource as VideoResource
from .video_seconds import VideoSeconds as VideoSeconds
from .video_size import VideoSize as VideoSize
from .video_status import VideoStatus as VideoStatus
from .voice_consent_deleted_resource import (
    VoiceConsentDeletedResource as VoiceConsentDeletedResource,
)
from .voice_consent_list_resource import VoiceConsentListResource as VoiceConsentListResource
from .voice_consent_resource import VoiceConsentResource as VoiceConsentResource
from .voice_ids_or_custom_voice_object import (
    VoiceIdsOrCustomVoiceObject as VoiceIdsOrCustomVoiceObject,
)
from .voice_ids_shared_enum import VoiceIdsSharedEnum as VoiceIdsSharedEnum
from .voice_resource import VoiceResource as VoiceResource
from .wait_param import WaitParam as WaitParam
from .web_search_action_find import WebSearchActionFind as WebSearchActionFind
from .web_search_action_open_page import WebSearchActionOpenPage as WebSearchActionOpenPage
from .web_search_action_search import WebSearchActionSearch as WebSearchActionSearch
from .web_search_action_search_sources_item import (
    WebSearchActionSearchSourcesItem as WebSearchActionSearchSourcesItem,
)
from .web_search_approximate_location_2 import (
    WebSearchApproximateLocation2 as WebSearchApproximateLocation2,
)
from .web_search_context_size import WebSearchContextSize as WebSearchContextSize
from .web_search_location import WebSearchLocation as WebSearchLocation
from .web_search_preview_tool import WebSearchPreviewTool as WebSearchPreviewTool
from .web_search_preview_tool_type import WebSearchPreviewToolType as WebSearchPreviewToolType
from .web_search_tool import WebSearchTool as WebSearchTool
from .web_search_tool_call import WebSearchToolCall as WebSearchToolCall
from .web_search_tool_call_status import WebSearchToolCallStatus as WebSearchToolCallStatus
from .web_search_tool_filters import WebSearchToolFilters as WebSearchToolFilters
from .web_search_tool_search_context_size import (
    WebSearchToolSearchContextSize as WebSearchToolSearchContextSize,
)
from .web_search_tool_type import WebSearchToolType as WebSearchToolType
from .webhook_batch_cancelled import WebhookBatchCancelled as WebhookBatchCancelled
from .webhook_batch_cancelled_data import WebhookBatchCancelledData as WebhookBatchCancelledData
from .webhook_batch_completed import WebhookBatchCompleted as WebhookBatchCompleted
from .webhook_batch_expired import WebhookBatchExpired as WebhookBatchExpired
from .webhook_batch_failed import WebhookBatchFailed as WebhookBatchFailed
from .webhook_eval_run_canceled import WebhookEvalRunCanceled as WebhookEvalRunCanceled
from .webhook_eval_run_canceled_data import WebhookEvalRunCanceledData as WebhookEvalRunCanceledData
from .webhook_eval_run_failed import WebhookEvalRunFailed as WebhookEvalRunFailed
from .webhook_eval_run_succeeded import WebhookEvalRunSucceeded as WebhookEvalRunSucceeded
from .webhook_fine_tuning_job_cancelled import (
    WebhookFineTuningJobCancelled as WebhookFineTuningJobCancelled,
)
from .webhook_fine_tuning_job_cancelled_data import (
    WebhookFineTuningJobCancelledData as WebhookFineTuningJobCancelledData,
)
from .webhook_fine_tuning_job_failed import WebhookFineTuningJobFailed as WebhookFineTuningJobFailed
from .webhook_fine_tuning_job_succeeded import (
    WebhookFineTuningJobSucceeded as WebhookFineTuningJobSucceeded,
)
from .webhook_realtime_call_incoming import (
    WebhookRealtimeCallIncoming as WebhookRealtimeCallIncoming,
)
from .webhook_realtime_call_incoming_data import (
    WebhookRealtimeCallIncomingData as WebhookRealtimeCallIncomingData,
)
from .webhook_realtime_call_incoming_data_sip_headers_item import (
    WebhookRealtimeCallIncomingDataSipHeadersItem as WebhookRealtimeCallIncomingDataSipHeadersItem,
)
from .webhook_realtime_call_incoming_data_sip_media_security import (
    WebhookRealtimeCallIncomingDataSipMediaSecurity as WebhookRealtimeCallIncomingDataSipMediaSecurity,
)
from .webhook_response_cancelled import WebhookResponseCancelled as WebhookResponseCancelled
from .webhook_response_cancelled_data import (
    WebhookResponseCancelledData as WebhookResponseCancelledData,
)
from .webhook_response_completed import WebhookResponseCompleted as WebhookResponseCompleted
from .webhook_response_failed import WebhookResponseFailed as WebhookResponseFailed
from .webhook_response_incomplete import WebhookResponseIncomplete as WebhookResponseIncomplete
from .widget_message_item import WidgetMessageItem as WidgetMessageItem
from .workflow_param import WorkflowParam as WorkflowParam
from .workflow_param_state_variables import (
    WorkflowParamStateVariables as WorkflowParamStateVariables,
)
from .workflow_tracing_param import WorkflowTracingParam as WorkflowTracingParam

_MODULES: dict[str, str]

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
    "ApplyPatchToolCallItemParam",
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
    "ImageGenUsage",
    "ImageRefParam",
    "ImageRefParam2",
    "ImagesResponse",
    "ImagesResponseBackground",
    "ImagesResponseOutputFormat",
    "ImagesResponseQuality",
    "ImagesResponseSize",
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
    "ResponseUsage",
    "ResponseUsageInputTokensDetails",
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
    "SdkAccessPrograms",
    "SdkAccessProgramsCyber",
    "SdkApplyPatchCallAgent",
    "SdkApplyPatchCallCallerDirect",
    "SdkApplyPatchCallCallerProgram",
    "SdkApplyPatchCallOutputAgent",
    "SdkApplyPatchCallOutputCallerDirect",
    "SdkApplyPatchCallOutputCallerProgram",
    "SdkCallerDirect",
    "SdkCallerProgram",
    "SdkChatCompletionModeration",
    "SdkChoiceDeltaAudio",
    "SdkComputerCallOutputAgent",
    "SdkFunctionCallOutputAgent",
    "SdkFunctionCallOutputCallerDirect",
    "SdkFunctionCallOutputCallerProgram",
    "SdkImage",
    "SdkImageContextCompression",
    "SdkImageGenerationSvg",
    "SdkImageGenerationSvgReasoning",
    "SdkImageGenerationSvgReasoningEffort",
    "SdkInputTokensDetailsCacheWriteTokensDetails",
    "SdkInputTransformation",
    "SdkInputTransformationReason",
    "SdkLocalShellCallAgent",
    "SdkLocalShellCallOutputAgent",
    "SdkMcpApprovalRequestAgent",
    "SdkMcpApprovalResponseAgent",
    "SdkMcpCallAgent",
    "SdkMcpListToolsAgent",
    "SdkMessageAgent",
    "SdkMisalignment",
    "SdkMisalignmentErrorType",
    "SdkMisalignmentSteer",
    "SdkModerationInputError",
    "SdkModerationInputModerationResult",
    "SdkModerationInputModerationResults",
    "SdkModerationInputModerationResultsResult",
    "SdkModerationInputModerationResultsResultCategories",
    "SdkModerationInputModerationResultsResultCategoryAppliedInputTypes",
    "SdkModerationInputModerationResultsResultCategoryAppliedInputTypesValueItem",
    "SdkModerationInputModerationResultsResultCategoryScores",
    "SdkModerationOutputError",
    "SdkModerationOutputModerationResult",
    "SdkModerationOutputModerationResults",
    "SdkModerationOutputModerationResultsResult",
    "SdkPromptCacheBreakpoint",
    "SdkPromptCacheBreakpointTtl",
    "SdkPromptCacheDiagnosticsCacheHit",
    "SdkPromptCacheDiagnosticsCacheMiss",
    "SdkPromptCacheDiagnosticsCacheMissReason",
    "SdkPromptCacheDiagnosticsComparisonResponseNotFound",
    "SdkPromptCacheDiagnosticsUnavailable",
    "SdkPromptCacheOptions",
    "SdkPromptCacheOptionsMode",
    "SdkResponseModeration",
    "SdkShellCallAgent",
    "SdkShellCallCallerDirect",
    "SdkShellCallCallerProgram",
    "SdkShellCallOutputAgent",
    "SdkShellCallOutputCallerDirect",
    "SdkShellCallOutputCallerProgram",
    "SdkSvgUsage",
    "SdkToolSearchCallAgent",
    "SdkToolUsage",
    "SdkToolUsageImageGen",
    "SdkToolUsageImageGenCachedTokensDetails",
    "SdkToolUsageImageGenInputTokensDetails",
    "SdkToolUsageImageGenOutputTokensDetails",
    "SdkToolUsageWebSearch",
    "SdkTranscriptionLanguage",
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
