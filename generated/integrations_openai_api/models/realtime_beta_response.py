from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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
)
from ..models.realtime_beta_response_status import (
    RealtimeBetaResponseStatus,
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        return Metadata2._from_dict_(data)
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


@_attrs_define(repr=False)
class RealtimeBetaResponse(ApiModel):
    """The response resource."""

    id: str | None = ABSENT
    """ The unique ID of the response. """

    object: Literal["realtime.response"] | None = "realtime.response"
    """ The object type, must be `realtime.response`. """

    status: RealtimeBetaResponseStatus | str | None = ABSENT
    """ The final status of the response (`completed`, `cancelled`, `failed`, or
    `incomplete`, `in_progress`).
     """

    status_details: RealtimeBetaResponseStatusDetails | None = ABSENT
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
            | UnknownVariant
        ]
        | None
    ) = ABSENT
    """ The list of output items generated by the response. """

    metadata: Metadata2 | None = ABSENT

    usage: RealtimeBetaResponseUsage | None = ABSENT
    """ Usage statistics for the Response, this will correspond to billing. A
    Realtime API session will maintain a conversation context and append new
    Items to the Conversation, thus output from previous turns (text and
    audio tokens) will become the input for later turns.
     """

    conversation_id: str | None = ABSENT
    """ Which conversation the response is added to, determined by the `conversation`
    field in the `response.create` event. If `auto`, the response will be added to
    the default conversation and the value of `conversation_id` will be an id like
    `conv_1234`. If `none`, the response will not be added to any conversation and
    the value of `conversation_id` will be `null`. If responses are being triggered
    by server VAD, the response will be added to the default conversation, thus
    the `conversation_id` will be an id like `conv_1234`.
     """

    voice: str | VoiceIdsSharedEnum | None = ABSENT

    modalities: list[ChatCompletionModalitiesItem | str] | None = ABSENT
    """ The set of modalities the model used to respond. If there are multiple modalities,
    the model will pick one, for example if `modalities` is `["text", "audio"]`, the model
    could be responding in either text or audio.
     """

    output_audio_format: RealtimeBetaResponseOutputAudioFormat | str | None = ABSENT
    """ The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
     """

    temperature: float | None = ABSENT
    """ Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.
     """

    max_output_tokens: int | RealtimeBetaResponseMaxOutputTokensEnum | str | None = ABSENT
    """ Maximum number of output tokens for a single assistant response,
    inclusive of tool calls, that was used in this response.
     """

    _sdk_name_: ClassVar[str] = "RealtimeResponse"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "output": {"RealtimeConversationItemFunctionCall": "ConversationItem"}
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("conversation_id", "conversation_id"),
        ("max_output_tokens", "max_output_tokens"),
        ("metadata", "metadata"),
        ("modalities", "modalities"),
        ("object", "object"),
        ("output", "output"),
        ("output_audio_format", "output_audio_format"),
        ("status", "status"),
        ("status_details", "status_details"),
        ("temperature", "temperature"),
        ("usage", "usage"),
        ("voice", "voice"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str | Unset",
        "object": "Literal['realtime.response'] | Unset",
        "status": "RealtimeBetaResponseStatus | Unset",
        "status_details": "RealtimeBetaResponseStatusDetails | Unset",
        "output": "list[RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput | RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem | RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse | RealtimeMCPListTools | RealtimeMCPToolCall] | Unset",
        "metadata": "Metadata2 | None | Unset",
        "usage": "RealtimeBetaResponseUsage | Unset",
        "conversation_id": "str | Unset",
        "voice": "str | Unset | VoiceIdsSharedEnum",
        "modalities": "list[ChatCompletionModalitiesItem] | Unset",
        "output_audio_format": "RealtimeBetaResponseOutputAudioFormat | Unset",
        "temperature": "float | Unset",
        "max_output_tokens": "int | RealtimeBetaResponseMaxOutputTokensEnum | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.conversation_id
        if value_2 is None:
            if "conversation_id" in present:
                out["conversation_id"] = None
        else:
            out["conversation_id"] = value_2
        value_3 = self.max_output_tokens
        if value_3 is None:
            if "max_output_tokens" in present:
                out["max_output_tokens"] = None
        else:
            out["max_output_tokens"] = to_json(value_3)
        value_4 = self.metadata
        if value_4 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_4)
        value_5 = self.modalities
        if value_5 is None:
            if "modalities" in present:
                out["modalities"] = None
        else:
            out["modalities"] = to_json(value_5)
        value_6 = self.object
        if value_6 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_6
        value_7 = self.output
        if value_7 is None:
            if "output" in present:
                out["output"] = None
        else:
            out["output"] = to_json(value_7)
        value_8 = self.output_audio_format
        if value_8 is None:
            if "output_audio_format" in present:
                out["output_audio_format"] = None
        else:
            out["output_audio_format"] = value_8
        value_9 = self.status
        if value_9 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_9
        value_10 = self.status_details
        if value_10 is None:
            if "status_details" in present:
                out["status_details"] = None
        else:
            out["status_details"] = to_json(value_10)
        value_11 = self.temperature
        if value_11 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = value_11
        value_12 = self.usage
        if value_12 is None:
            if "usage" in present:
                out["usage"] = None
        else:
            out["usage"] = to_json(value_12)
        value_13 = self.voice
        if value_13 is None:
            if "voice" in present:
                out["voice"] = None
        else:
            out["voice"] = to_json(value_13)
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
        parsed_obj_.status = get_("status")
        status_details = get_("status_details")
        if status_details is not None:
            try:
                status_details = (
                    RealtimeBetaResponseStatusDetails._from_dict_(status_details)
                    if status_details.__class__ is dict
                    else RealtimeBetaResponseStatusDetails.from_dict(status_details)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.status_details = status_details
        _raw_output = get_("output", UNSET)
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
        parsed_obj_.output = None if isinstance(output, Unset) else output
        _raw_metadata = get_("metadata", UNSET)
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        usage = get_("usage")
        if usage is not None:
            try:
                usage = (
                    RealtimeBetaResponseUsage._from_dict_(usage)
                    if usage.__class__ is dict
                    else RealtimeBetaResponseUsage.from_dict(usage)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.usage = usage
        parsed_obj_.conversation_id = get_("conversation_id")
        _raw_voice = get_("voice", UNSET)
        if _raw_voice is not UNSET:
            try:
                voice = _parse_voice(_raw_voice)

            except LENIENT_ERRORS:
                voice = _raw_voice
        else:
            voice = _raw_voice
        parsed_obj_.voice = None if isinstance(voice, Unset) else voice
        _raw_modalities = get_("modalities", UNSET)
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
        parsed_obj_.modalities = None if isinstance(modalities, Unset) else modalities
        parsed_obj_.output_audio_format = get_("output_audio_format")
        parsed_obj_.temperature = as_float(get_("temperature"))
        _raw_max_output_tokens = get_("max_output_tokens", UNSET)
        if _raw_max_output_tokens is not UNSET:
            try:
                max_output_tokens = _parse_max_output_tokens(_raw_max_output_tokens)

            except LENIENT_ERRORS:
                max_output_tokens = _raw_max_output_tokens
        else:
            max_output_tokens = _raw_max_output_tokens
        parsed_obj_.max_output_tokens = (
            None if isinstance(max_output_tokens, Unset) else max_output_tokens
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
