from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.chat_completion_modalities_item import (
    ChatCompletionModalitiesItem,
    check_chat_completion_modalities_item,
)
from ..models.realtime_beta_response_max_output_tokens_enum import (
    RealtimeBetaResponseMaxOutputTokensEnum,
    check_realtime_beta_response_max_output_tokens_enum,
)
from ..models.realtime_beta_response_output_audio_format import (
    RealtimeBetaResponseOutputAudioFormat,
    check_realtime_beta_response_output_audio_format,
)
from ..models.realtime_beta_response_status import (
    RealtimeBetaResponseStatus,
    check_realtime_beta_response_status,
)
from ..models.voice_ids_shared_enum import VoiceIdsSharedEnum, check_voice_ids_shared_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_2 import Metadata2
    from ..models.realtime_beta_response_status_details import RealtimeBetaResponseStatusDetails
    from ..models.realtime_beta_response_usage import RealtimeBetaResponseUsage
    from ..models.realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall,
    )
    from ..models.realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,
    )
    from ..models.realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant,
    )
    from ..models.realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem,
    )
    from ..models.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        Metadata2, \
        RealtimeBetaResponseStatusDetails, \
        RealtimeBetaResponseUsage, \
        RealtimeConversationItemFunctionCall, \
        RealtimeConversationItemFunctionCallOutput, \
        RealtimeConversationItemMessageAssistant, \
        RealtimeConversationItemMessageSystem, \
        RealtimeConversationItemMessageUser, \
        RealtimeMCPApprovalRequest, \
        RealtimeMCPApprovalResponse, \
        RealtimeMCPListTools, \
        RealtimeMCPToolCall
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415
    from ..models.realtime_beta_response_status_details import RealtimeBetaResponseStatusDetails  # noqa: PLC0415
    from ..models.realtime_beta_response_usage import RealtimeBetaResponseUsage  # noqa: PLC0415
    from ..models.realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall,  # noqa: PLC0415
    )
    from ..models.realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,  # noqa: PLC0415
    )
    from ..models.realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant,  # noqa: PLC0415
    )
    from ..models.realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem,  # noqa: PLC0415
    )
    from ..models.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser  # noqa: PLC0415
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest  # noqa: PLC0415
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse  # noqa: PLC0415
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools  # noqa: PLC0415
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeBetaResponse")


def _parse_output_item(
    data: object,
) -> (
    RealtimeConversationItemFunctionCall
    | RealtimeConversationItemFunctionCallOutput
    | RealtimeConversationItemMessageAssistant
    | RealtimeConversationItemMessageSystem
    | RealtimeConversationItemMessageUser
    | RealtimeMCPApprovalRequest
    | RealtimeMCPApprovalResponse
    | RealtimeMCPListTools
    | RealtimeMCPToolCall
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RealtimeConversationItemMessageSystem,
                RealtimeConversationItemMessageUser,
                RealtimeConversationItemMessageAssistant,
                RealtimeConversationItemFunctionCall,
                RealtimeConversationItemFunctionCallOutput,
                RealtimeMCPApprovalResponse,
                RealtimeMCPListTools,
                RealtimeMCPToolCall,
                RealtimeMCPApprovalRequest,
            ),
        )
        if variant is None:
            return cast(
                "RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput | RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem | RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse | RealtimeMCPListTools | RealtimeMCPToolCall",
                UnknownVariant(data),
            )
        return cast(
            "RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput | RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem | RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse | RealtimeMCPListTools | RealtimeMCPToolCall",
            variant.from_dict(data),
        )
    return cast(
        "RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput | RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem | RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse | RealtimeMCPListTools | RealtimeMCPToolCall",
        data,
    )


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None | Unset", data)


def _parse_voice(data: object) -> str | Unset | VoiceIdsSharedEnum:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_voice_ids_shared_type_1 = check_voice_ids_shared_enum(data)

        return componentsschemas_voice_ids_shared_type_1
    except LENIENT_ERRORS:
        pass
    return cast("str | Unset | VoiceIdsSharedEnum", data)


def _parse_max_output_tokens(data: object) -> int | RealtimeBetaResponseMaxOutputTokensEnum | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        max_output_tokens_type_1 = check_realtime_beta_response_max_output_tokens_enum(data)

        return max_output_tokens_type_1
    except LENIENT_ERRORS:
        pass
    return cast("int | RealtimeBetaResponseMaxOutputTokensEnum | Unset", data)


@_attrs_define
class RealtimeBetaResponse:
    """The response resource."""

    id: str | Unset = UNSET
    """ The unique ID of the response. """
    object_: Literal["realtime.response"] | Unset = "realtime.response"
    """ The object type, must be `realtime.response`. """
    status: RealtimeBetaResponseStatus | Unset = UNSET
    """ The final status of the response (`completed`, `cancelled`, `failed`, or
    `incomplete`, `in_progress`).
     """
    status_details: RealtimeBetaResponseStatusDetails | Unset = UNSET
    """ Additional details about the status. """
    output: (
        list[
            RealtimeConversationItemFunctionCall
            | RealtimeConversationItemFunctionCallOutput
            | RealtimeConversationItemMessageAssistant
            | RealtimeConversationItemMessageSystem
            | RealtimeConversationItemMessageUser
            | RealtimeMCPApprovalRequest
            | RealtimeMCPApprovalResponse
            | RealtimeMCPListTools
            | RealtimeMCPToolCall
        ]
        | Unset
    ) = UNSET
    """ The list of output items generated by the response. """
    metadata: Metadata2 | None | Unset = UNSET
    usage: RealtimeBetaResponseUsage | Unset = UNSET
    """ Usage statistics for the Response, this will correspond to billing. A
    Realtime API session will maintain a conversation context and append new
    Items to the Conversation, thus output from previous turns (text and
    audio tokens) will become the input for later turns.
     """
    conversation_id: str | Unset = UNSET
    """ Which conversation the response is added to, determined by the `conversation`
    field in the `response.create` event. If `auto`, the response will be added to
    the default conversation and the value of `conversation_id` will be an id like
    `conv_1234`. If `none`, the response will not be added to any conversation and
    the value of `conversation_id` will be `null`. If responses are being triggered
    by server VAD, the response will be added to the default conversation, thus
    the `conversation_id` will be an id like `conv_1234`.
     """
    voice: str | Unset | VoiceIdsSharedEnum = UNSET
    modalities: list[ChatCompletionModalitiesItem] | Unset = UNSET
    """ The set of modalities the model used to respond. If there are multiple modalities,
    the model will pick one, for example if `modalities` is `["text", "audio"]`, the model
    could be responding in either text or audio.
     """
    output_audio_format: RealtimeBetaResponseOutputAudioFormat | Unset = UNSET
    """ The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
     """
    temperature: float | Unset = UNSET
    """ Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.
     """
    max_output_tokens: int | RealtimeBetaResponseMaxOutputTokensEnum | Unset = UNSET
    """ Maximum number of output tokens for a single assistant response,
    inclusive of tool calls, that was used in this response.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("realtime.response",),
        "status": (
            "cancelled",
            "completed",
            "failed",
            "in_progress",
            "incomplete",
        ),
        "output_audio_format": (
            "g711_alaw",
            "g711_ulaw",
            "pcm16",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "status",
            "status_details",
            "output",
            "metadata",
            "usage",
            "conversation_id",
            "voice",
            "modalities",
            "output_audio_format",
            "temperature",
            "max_output_tokens",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.object_ is not UNSET:
            field_dict["object"] = self.object_
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.status_details is not UNSET:
            field_dict["status_details"] = to_json(self.status_details)
        if self.output is not UNSET:
            field_dict["output"] = to_json(self.output)
        if self.metadata is not UNSET:
            field_dict["metadata"] = to_json(self.metadata)
        if self.usage is not UNSET:
            field_dict["usage"] = to_json(self.usage)
        if self.conversation_id is not UNSET:
            field_dict["conversation_id"] = self.conversation_id
        if self.voice is not UNSET:
            field_dict["voice"] = to_json(self.voice)
        if self.modalities is not UNSET:
            field_dict["modalities"] = to_json(self.modalities)
        if self.output_audio_format is not UNSET:
            field_dict["output_audio_format"] = self.output_audio_format
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        if self.max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = to_json(self.max_output_tokens)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaResponse: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['realtime.response'] | Unset", _raw_object_)
            if object_ != "realtime.response" and not isinstance(object_, Unset):
                raise ValueError(f"object must match const 'realtime.response', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_status = d.pop("status", UNSET)
        try:
            _status = _raw_status
            status: RealtimeBetaResponseStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = check_realtime_beta_response_status(_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_status_details = d.pop("status_details", UNSET)
        try:
            _status_details = _raw_status_details
            status_details: RealtimeBetaResponseStatusDetails | Unset
            if isinstance(_status_details, Unset):
                status_details = UNSET
            else:
                status_details = RealtimeBetaResponseStatusDetails.from_dict(_status_details)

        except LENIENT_ERRORS:
            status_details = _raw_status_details

        _raw_output = d.pop("output", UNSET)
        try:
            _output = _raw_output
            output: (
                list[
                    RealtimeConversationItemFunctionCall
                    | RealtimeConversationItemFunctionCallOutput
                    | RealtimeConversationItemMessageAssistant
                    | RealtimeConversationItemMessageSystem
                    | RealtimeConversationItemMessageUser
                    | RealtimeMCPApprovalRequest
                    | RealtimeMCPApprovalResponse
                    | RealtimeMCPListTools
                    | RealtimeMCPToolCall
                ]
                | Unset
            ) = UNSET
            if _output is not UNSET:
                if not isinstance(_output, list):
                    raise TypeError()
                output = []
                for output_item_data in _output:
                    try:
                        output_item = _parse_output_item(output_item_data)

                    except LENIENT_ERRORS:
                        output_item = output_item_data
                    output.append(output_item)

        except LENIENT_ERRORS:
            output = _raw_output

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        _raw_usage = d.pop("usage", UNSET)
        try:
            _usage = _raw_usage
            usage: RealtimeBetaResponseUsage | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = RealtimeBetaResponseUsage.from_dict(_usage)

        except LENIENT_ERRORS:
            usage = _raw_usage

        conversation_id = d.pop("conversation_id", UNSET)

        _raw_voice = d.pop("voice", UNSET)
        try:
            voice = _parse_voice(_raw_voice)

        except LENIENT_ERRORS:
            voice = _raw_voice

        _raw_modalities = d.pop("modalities", UNSET)
        try:
            _modalities = _raw_modalities
            modalities: list[ChatCompletionModalitiesItem] | Unset = UNSET
            if _modalities is not UNSET:
                if not isinstance(_modalities, list):
                    raise TypeError()
                modalities = []
                for modalities_item_data in _modalities:
                    try:
                        modalities_item = check_chat_completion_modalities_item(
                            modalities_item_data
                        )

                    except LENIENT_ERRORS:
                        modalities_item = modalities_item_data
                    modalities.append(modalities_item)

        except LENIENT_ERRORS:
            modalities = _raw_modalities

        _raw_output_audio_format = d.pop("output_audio_format", UNSET)
        try:
            _output_audio_format = _raw_output_audio_format
            output_audio_format: RealtimeBetaResponseOutputAudioFormat | Unset
            if isinstance(_output_audio_format, Unset):
                output_audio_format = UNSET
            else:
                output_audio_format = check_realtime_beta_response_output_audio_format(
                    _output_audio_format
                )

        except LENIENT_ERRORS:
            output_audio_format = _raw_output_audio_format

        temperature = d.pop("temperature", UNSET)

        _raw_max_output_tokens = d.pop("max_output_tokens", UNSET)
        try:
            max_output_tokens = _parse_max_output_tokens(_raw_max_output_tokens)

        except LENIENT_ERRORS:
            max_output_tokens = _raw_max_output_tokens

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            status=status,
            status_details=status_details,
            output=output,
            metadata=metadata,
            usage=usage,
            conversation_id=conversation_id,
            voice=voice,
            modalities=modalities,
            output_audio_format=output_audio_format,
            temperature=temperature,
            max_output_tokens=max_output_tokens,
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
