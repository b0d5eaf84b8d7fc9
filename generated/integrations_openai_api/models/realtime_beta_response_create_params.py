from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

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
from ..models.realtime_beta_response_create_params_conversation_enum import (
    RealtimeBetaResponseCreateParamsConversationEnum,
    check_realtime_beta_response_create_params_conversation_enum,
)
from ..models.realtime_beta_response_max_output_tokens_enum import (
    RealtimeBetaResponseMaxOutputTokensEnum,
    check_realtime_beta_response_max_output_tokens_enum,
)
from ..models.realtime_beta_response_output_audio_format import (
    RealtimeBetaResponseOutputAudioFormat,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..models.voice_ids_shared_enum import VoiceIdsSharedEnum, check_voice_ids_shared_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_2 import Metadata2
    from ..models.prompt_2 import Prompt2
    from ..models.realtime_beta_response_create_params_tools_item import (
        RealtimeBetaResponseCreateParamsToolsItem,
    )
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
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        Metadata2, \
        Prompt2, \
        RealtimeBetaResponseCreateParamsToolsItem, \
        RealtimeConversationItemFunctionCall, \
        RealtimeConversationItemFunctionCallOutput, \
        RealtimeConversationItemMessageAssistant, \
        RealtimeConversationItemMessageSystem, \
        RealtimeConversationItemMessageUser, \
        RealtimeMCPApprovalRequest, \
        RealtimeMCPApprovalResponse, \
        RealtimeMCPListTools, \
        RealtimeMCPToolCall, \
        ToolChoiceFunction, \
        ToolChoiceMCP, \
        VoiceIdsOrCustomVoiceObject
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415
    from ..models.prompt_2 import Prompt2  # noqa: PLC0415
    from ..models.realtime_beta_response_create_params_tools_item import (
        RealtimeBetaResponseCreateParamsToolsItem,  # noqa: PLC0415
    )
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
    from ..models.tool_choice_function import ToolChoiceFunction  # noqa: PLC0415
    from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: PLC0415
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_voice(data: object) -> str | Unset | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return VoiceIdsOrCustomVoiceObject._from_dict_(data)
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_voice_ids_shared_type_1 = check_voice_ids_shared_enum(data)

        return componentsschemas_voice_ids_shared_type_1
    except LENIENT_ERRORS:
        pass
    return cast("str | Unset | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum", data)


def _parse_tool_choice(
    data: object,
) -> ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ToolChoiceFunction,
                ToolChoiceMCP,
            ),
        )
        if variant is None:
            return cast(
                "ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset",
                UnknownVariant(data),
            )
        return cast(
            "ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset",
            variant.from_dict(data),
        )
    try:
        if not isinstance(data, str):
            raise TypeError()
        tool_choice_type_0 = check_tool_choice_options(data)

        return tool_choice_type_0
    except LENIENT_ERRORS:
        pass
    return cast("ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset", data)


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


def _parse_conversation(
    data: object,
) -> RealtimeBetaResponseCreateParamsConversationEnum | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        conversation_type_1 = check_realtime_beta_response_create_params_conversation_enum(data)

        return conversation_type_1
    except LENIENT_ERRORS:
        pass
    return cast("RealtimeBetaResponseCreateParamsConversationEnum | str | Unset", data)


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None | Unset", data)


def _parse_prompt(data: object) -> None | Prompt2 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Prompt2._from_dict_(data)
    return cast("None | Prompt2 | Unset", data)


def _parse_input_item(
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


@_attrs_define(repr=False)
class RealtimeBetaResponseCreateParams(ApiModel):
    """Create a new Realtime response with these parameters"""

    modalities: list[ChatCompletionModalitiesItem | str] | None = ABSENT
    """ The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
     """

    instructions: str | None = ABSENT
    """ The default system instructions (i.e. system message) prepended to model
    calls. This field allows the client to guide the model on desired
    responses. The model can be instructed on response content and format,
    (e.g. "be extremely succinct", "act friendly", "here are examples of good
    responses") and on audio behavior (e.g. "talk quickly", "inject emotion
    into your voice", "laugh frequently"). The instructions are not guaranteed
    to be followed by the model, but they provide guidance to the model on the
    desired behavior.

    Note that the server sets default instructions which will be used if this
    field is not set and are visible in the `session.created` event at the
    start of the session.
     """

    voice: str | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum | None = ABSENT
    """ A built-in voice name or a custom voice reference.
     """

    output_audio_format: RealtimeBetaResponseOutputAudioFormat | str | None = ABSENT
    """ The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
     """

    tools: list[RealtimeBetaResponseCreateParamsToolsItem] | None = ABSENT
    """ Tools (functions) available to the model. """

    tool_choice: (
        str | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | UnknownVariant | None
    ) = ABSENT
    """ How the model chooses tools. Provide one of the string modes or force a specific
    function/MCP tool.

    Server default: `"auto"`. """

    temperature: float | None = ABSENT
    """ Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.
     """

    max_output_tokens: int | RealtimeBetaResponseMaxOutputTokensEnum | str | None = ABSENT
    """ Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`.
     """

    conversation: RealtimeBetaResponseCreateParamsConversationEnum | str | None = ABSENT
    """ Controls which conversation the response is added to. Currently supports
    `auto` and `none`, with `auto` as the default value. The `auto` value
    means that the contents of the response will be added to the default
    conversation. Set this to `none` to create an out-of-band response which
    will not add items to default conversation.
     """

    metadata: Metadata2 | None = ABSENT

    prompt: Prompt2 | None = ABSENT

    input: (
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
    """ Input items to include in the prompt for the model. Using this field
    creates a new context for this Response instead of using the default
    conversation. An empty array `[]` will clear the context for this Response.
    Note that this can include references to items from the default conversation.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("modalities", "modalities"),
        ("instructions", "instructions"),
        ("voice", "voice"),
        ("output_audio_format", "output_audio_format"),
        ("tools", "tools"),
        ("tool_choice", "tool_choice"),
        ("temperature", "temperature"),
        ("max_output_tokens", "max_output_tokens"),
        ("conversation", "conversation"),
        ("metadata", "metadata"),
        ("prompt", "prompt"),
        ("input", "input"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "modalities": "list[ChatCompletionModalitiesItem] | Unset",
        "instructions": "str | Unset",
        "voice": "str | Unset | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum",
        "output_audio_format": "RealtimeBetaResponseOutputAudioFormat | Unset",
        "tools": "list[RealtimeBetaResponseCreateParamsToolsItem] | Unset",
        "tool_choice": "ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset",
        "temperature": "float | Unset",
        "max_output_tokens": "int | RealtimeBetaResponseMaxOutputTokensEnum | Unset",
        "conversation": "RealtimeBetaResponseCreateParamsConversationEnum | str | Unset",
        "metadata": "Metadata2 | None | Unset",
        "prompt": "None | Prompt2 | Unset",
        "input": "list[RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput | RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem | RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse | RealtimeMCPListTools | RealtimeMCPToolCall] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "output_audio_format": (
            "g711_alaw",
            "g711_ulaw",
            "pcm16",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "modalities",
            "instructions",
            "voice",
            "output_audio_format",
            "tools",
            "tool_choice",
            "temperature",
            "max_output_tokens",
            "conversation",
            "metadata",
            "prompt",
            "input",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.modalities
        if value_1 is None:
            if "modalities" in present:
                out["modalities"] = None
        else:
            out["modalities"] = to_json(value_1)
        value_2 = self.instructions
        if value_2 is None:
            if "instructions" in present:
                out["instructions"] = None
        else:
            out["instructions"] = value_2
        value_3 = self.voice
        if value_3 is None:
            if "voice" in present:
                out["voice"] = None
        else:
            out["voice"] = to_json(value_3)
        value_4 = self.output_audio_format
        if value_4 is None:
            if "output_audio_format" in present:
                out["output_audio_format"] = None
        else:
            out["output_audio_format"] = value_4
        value_5 = self.tools
        if value_5 is None:
            if "tools" in present:
                out["tools"] = None
        else:
            out["tools"] = to_json(value_5)
        value_6 = self.tool_choice
        if value_6 is None:
            if "tool_choice" in present:
                out["tool_choice"] = None
        else:
            out["tool_choice"] = to_json(value_6)
        value_7 = self.temperature
        if value_7 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = value_7
        value_8 = self.max_output_tokens
        if value_8 is None:
            if "max_output_tokens" in present:
                out["max_output_tokens"] = None
        else:
            out["max_output_tokens"] = to_json(value_8)
        value_9 = self.conversation
        if value_9 is None:
            if "conversation" in present:
                out["conversation"] = None
        else:
            out["conversation"] = to_json(value_9)
        value_10 = self.metadata
        if value_10 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_10)
        value_11 = self.prompt
        if value_11 is None:
            if "prompt" in present:
                out["prompt"] = None
        else:
            out["prompt"] = to_json(value_11)
        value_12 = self.input
        if value_12 is None:
            if "input" in present:
                out["input"] = None
        else:
            out["input"] = to_json(value_12)
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
        parsed_obj_.instructions = get_("instructions")
        _raw_voice = get_("voice", UNSET)
        if _raw_voice is not UNSET:
            try:
                voice = _parse_voice(_raw_voice)

            except LENIENT_ERRORS:
                voice = _raw_voice
        else:
            voice = _raw_voice
        parsed_obj_.voice = None if isinstance(voice, Unset) else voice
        parsed_obj_.output_audio_format = get_("output_audio_format")
        _raw_tools = get_("tools", UNSET)
        try:
            _tools = _raw_tools
            tools: list[RealtimeBetaResponseCreateParamsToolsItem] | Unset = UNSET
            if _tools is not UNSET:
                if not isinstance(_tools, list):
                    raise TypeError()
                tools = []
                for tools_item_data in _tools:
                    try:
                        tools_item = (
                            RealtimeBetaResponseCreateParamsToolsItem._from_dict_(tools_item_data)
                            if tools_item_data.__class__ is dict
                            else RealtimeBetaResponseCreateParamsToolsItem.from_dict(
                                tools_item_data
                            )
                        )
                    except LENIENT_ERRORS:
                        tools_item = tools_item_data
                    tools.append(tools_item)

        except LENIENT_ERRORS:
            tools = _raw_tools
        parsed_obj_.tools = None if isinstance(tools, Unset) else tools
        _raw_tool_choice = get_("tool_choice", UNSET)
        if _raw_tool_choice is not UNSET:
            try:
                tool_choice = _parse_tool_choice(_raw_tool_choice)

            except LENIENT_ERRORS:
                tool_choice = _raw_tool_choice
        else:
            tool_choice = _raw_tool_choice
        parsed_obj_.tool_choice = None if isinstance(tool_choice, Unset) else tool_choice
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
        _raw_conversation = get_("conversation", UNSET)
        if _raw_conversation is not UNSET:
            try:
                conversation = _parse_conversation(_raw_conversation)

            except LENIENT_ERRORS:
                conversation = _raw_conversation
        else:
            conversation = _raw_conversation
        parsed_obj_.conversation = None if isinstance(conversation, Unset) else conversation
        _raw_metadata = get_("metadata", UNSET)
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        _raw_prompt = get_("prompt", UNSET)
        if _raw_prompt is not None and _raw_prompt is not UNSET:
            try:
                prompt = _parse_prompt(_raw_prompt)

            except LENIENT_ERRORS:
                prompt = _raw_prompt
        else:
            prompt = _raw_prompt
        parsed_obj_.prompt = None if isinstance(prompt, Unset) else prompt
        _raw_input_ = get_("input", UNSET)
        try:
            _input_ = _raw_input_
            input_: (
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
            if _input_ is not UNSET:
                if not isinstance(_input_, list):
                    raise TypeError()
                input_ = []
                for input_item_data in _input_:
                    try:
                        input_item = _parse_input_item(input_item_data)

                    except LENIENT_ERRORS:
                        input_item = input_item_data
                    input_.append(input_item)

        except LENIENT_ERRORS:
            input_ = _raw_input_
        parsed_obj_.input = None if isinstance(input_, Unset) else input_
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
