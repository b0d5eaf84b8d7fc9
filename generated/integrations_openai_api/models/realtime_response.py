from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

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
from ..models.chat_completion_modalities_item import (
    ChatCompletionModalitiesItem,
    check_chat_completion_modalities_item,
)
from ..models.realtime_beta_response_max_output_tokens_enum import (
    RealtimeBetaResponseMaxOutputTokensEnum,
    check_realtime_beta_response_max_output_tokens_enum,
)
from ..models.realtime_beta_response_status import (
    RealtimeBetaResponseStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_2 import Metadata2
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
    from ..models.realtime_response_audio import RealtimeResponseAudio
    from ..models.realtime_response_status_details import RealtimeResponseStatusDetails
    from ..models.realtime_response_usage import RealtimeResponseUsage

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        Metadata2, \
        RealtimeConversationItemFunctionCall, \
        RealtimeConversationItemFunctionCallOutput, \
        RealtimeConversationItemMessageAssistant, \
        RealtimeConversationItemMessageSystem, \
        RealtimeConversationItemMessageUser, \
        RealtimeMCPApprovalRequest, \
        RealtimeMCPApprovalResponse, \
        RealtimeMCPListTools, \
        RealtimeMCPToolCall, \
        RealtimeResponseAudio, \
        RealtimeResponseStatusDetails, \
        RealtimeResponseUsage
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415
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
    from ..models.realtime_response_audio import RealtimeResponseAudio  # noqa: PLC0415
    from ..models.realtime_response_status_details import RealtimeResponseStatusDetails  # noqa: PLC0415
    from ..models.realtime_response_usage import RealtimeResponseUsage  # noqa: PLC0415

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
class RealtimeResponse(ApiModel):
    """The response resource."""

    id: str | None = ABSENT
    """ The unique ID of the response, will look like `resp_1234`. """

    object: Literal["realtime.response"] | None = "realtime.response"
    """ The object type, must be `realtime.response`. """

    status: RealtimeBetaResponseStatus | str | None = ABSENT
    """ The final status of the response (`completed`, `cancelled`, `failed`, or
    `incomplete`, `in_progress`).
     """

    status_details: RealtimeResponseStatusDetails | None = ABSENT
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

    audio: RealtimeResponseAudio | None = ABSENT
    """ Configuration for audio output. """

    usage: RealtimeResponseUsage | None = ABSENT
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
    automatically by VAD the response will be added to the default conversation
     """

    output_modalities: list[ChatCompletionModalitiesItem | str] | None = ABSENT
    """ The set of modalities the model used to respond, currently the only possible values are
    `[\\"audio\\"]`, `[\\"text\\"]`. Audio output always include a text transcript. Setting the
    output to mode `text` will disable audio output from the model.
     """

    max_output_tokens: int | RealtimeBetaResponseMaxOutputTokensEnum | str | None = ABSENT
    """ Maximum number of output tokens for a single assistant response,
    inclusive of tool calls, that was used in this response.
     """

    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "output": {
            "RealtimeConversationItemMessageUser": "RealtimeConversationItemAssistantMessage"
        }
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("audio", "audio"),
        ("conversation_id", "conversation_id"),
        ("max_output_tokens", "max_output_tokens"),
        ("metadata", "metadata"),
        ("object", "object"),
        ("output", "output"),
        ("output_modalities", "output_modalities"),
        ("status", "status"),
        ("status_details", "status_details"),
        ("usage", "usage"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str | Unset",
        "object": "Literal['realtime.response'] | Unset",
        "status": "RealtimeBetaResponseStatus | Unset",
        "status_details": "RealtimeResponseStatusDetails | Unset",
        "output": "list[RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput | RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem | RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse | RealtimeMCPListTools | RealtimeMCPToolCall] | Unset",
        "metadata": "Metadata2 | None | Unset",
        "audio": "RealtimeResponseAudio | Unset",
        "usage": "RealtimeResponseUsage | Unset",
        "conversation_id": "str | Unset",
        "output_modalities": "list[ChatCompletionModalitiesItem] | Unset",
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
            "audio",
            "usage",
            "conversation_id",
            "output_modalities",
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
        value_2 = self.audio
        if value_2 is None:
            if "audio" in present:
                out["audio"] = None
        else:
            out["audio"] = to_json(value_2)
        value_3 = self.conversation_id
        if value_3 is None:
            if "conversation_id" in present:
                out["conversation_id"] = None
        else:
            out["conversation_id"] = value_3
        value_4 = self.max_output_tokens
        if value_4 is None:
            if "max_output_tokens" in present:
                out["max_output_tokens"] = None
        else:
            out["max_output_tokens"] = to_json(value_4)
        value_5 = self.metadata
        if value_5 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_5)
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
        value_8 = self.output_modalities
        if value_8 is None:
            if "output_modalities" in present:
                out["output_modalities"] = None
        else:
            out["output_modalities"] = to_json(value_8)
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
        value_11 = self.usage
        if value_11 is None:
            if "usage" in present:
                out["usage"] = None
        else:
            out["usage"] = to_json(value_11)
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
                    RealtimeResponseStatusDetails._from_dict_(status_details)
                    if status_details.__class__ is dict
                    else RealtimeResponseStatusDetails.from_dict(status_details)
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
        audio = get_("audio")
        if audio is not None:
            try:
                audio = (
                    RealtimeResponseAudio._from_dict_(audio)
                    if audio.__class__ is dict
                    else RealtimeResponseAudio.from_dict(audio)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.audio = audio
        usage = get_("usage")
        if usage is not None:
            try:
                usage = (
                    RealtimeResponseUsage._from_dict_(usage)
                    if usage.__class__ is dict
                    else RealtimeResponseUsage.from_dict(usage)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.usage = usage
        parsed_obj_.conversation_id = get_("conversation_id")
        _raw_output_modalities = get_("output_modalities", UNSET)
        try:
            _output_modalities = _raw_output_modalities
            output_modalities: list[ChatCompletionModalitiesItem] | Unset = UNSET
            if _output_modalities is not UNSET:
                if not isinstance(_output_modalities, list):
                    raise TypeError()
                output_modalities = []
                for output_modalities_item_data in _output_modalities:
                    try:
                        output_modalities_item = check_chat_completion_modalities_item(
                            output_modalities_item_data
                        )

                    except LENIENT_ERRORS:
                        output_modalities_item = output_modalities_item_data
                    output_modalities.append(output_modalities_item)

        except LENIENT_ERRORS:
            output_modalities = _raw_output_modalities
        parsed_obj_.output_modalities = (
            None if isinstance(output_modalities, Unset) else output_modalities
        )
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
