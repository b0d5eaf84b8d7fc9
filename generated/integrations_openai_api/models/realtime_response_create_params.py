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
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool import MCPTool
    from ..models.metadata_2 import Metadata2
    from ..models.prompt_2 import Prompt2
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
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall
    from ..models.realtime_reasoning import RealtimeReasoning
    from ..models.realtime_response_create_params_audio import RealtimeResponseCreateParamsAudio
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        MCPTool, \
        Metadata2, \
        Prompt2, \
        RealtimeConversationItemFunctionCall, \
        RealtimeConversationItemFunctionCallOutput, \
        RealtimeConversationItemMessageAssistant, \
        RealtimeConversationItemMessageSystem, \
        RealtimeConversationItemMessageUser, \
        RealtimeFunctionTool, \
        RealtimeMCPApprovalRequest, \
        RealtimeMCPApprovalResponse, \
        RealtimeMCPListTools, \
        RealtimeMCPToolCall, \
        RealtimeReasoning, \
        RealtimeResponseCreateParamsAudio, \
        ToolChoiceFunction, \
        ToolChoiceMCP
    from ..models.mcp_tool import MCPTool  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415
    from ..models.prompt_2 import Prompt2  # noqa: PLC0415
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
    from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: PLC0415
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest  # noqa: PLC0415
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse  # noqa: PLC0415
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools  # noqa: PLC0415
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall  # noqa: PLC0415
    from ..models.realtime_reasoning import RealtimeReasoning  # noqa: PLC0415
    from ..models.realtime_response_create_params_audio import RealtimeResponseCreateParamsAudio  # noqa: PLC0415
    from ..models.tool_choice_function import ToolChoiceFunction  # noqa: PLC0415
    from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_tools_item(data: object) -> MCPTool | RealtimeFunctionTool:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RealtimeFunctionTool,
                MCPTool,
            ),
        )
        if variant is None:
            return cast("MCPTool | RealtimeFunctionTool", UnknownVariant(data))
        return cast("MCPTool | RealtimeFunctionTool", variant.from_dict(data))
    return cast("MCPTool | RealtimeFunctionTool", data)


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
class RealtimeResponseCreateParams(ApiModel):
    """Create a new Realtime response with these parameters"""

    output_modalities: list[ChatCompletionModalitiesItem | str] | None = ABSENT
    """ The set of modalities the model used to respond, currently the only possible values are
    `[\\"audio\\"]`, `[\\"text\\"]`. Audio output always include a text transcript. Setting the
    output to mode `text` will disable audio output from the model.
     """

    instructions: str | None = ABSENT
    """ The default system instructions (i.e. system message) prepended to model calls. This field allows the client
    to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be
    extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk
    quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be
    followed by the model, but they provide guidance to the model on the desired behavior.
    Note that the server sets default instructions which will be used if this field is not set and are visible in
    the `session.created` event at the start of the session.
     """

    audio: RealtimeResponseCreateParamsAudio | None = ABSENT
    """ Configuration for audio input and output. """

    tools: list[MCPTool | RealtimeFunctionTool | UnknownVariant] | None = ABSENT
    """ Tools available to the model. """

    tool_choice: (
        str | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | UnknownVariant | None
    ) = ABSENT
    """ How the model chooses tools. Provide one of the string modes or force a specific
    function/MCP tool.

    Server default: `"auto"`. """

    parallel_tool_calls: bool | None = ABSENT
    """ Whether the model may call multiple tools in parallel. Only supported by
    reasoning Realtime models such as `gpt-realtime-2`.
     """

    reasoning: RealtimeReasoning | None = ABSENT
    """ Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`.
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
    Note that this can include references to items that previously appeared in the session
    using their id.
     """

    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "input": {
            "RealtimeConversationItemMessageUser": "RealtimeConversationItemAssistantMessage"
        },
        "tools": {"MCPTool": "RealtimeResponseCreateMcpTool"},
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audio", "audio"),
        ("conversation", "conversation"),
        ("input", "input"),
        ("instructions", "instructions"),
        ("max_output_tokens", "max_output_tokens"),
        ("metadata", "metadata"),
        ("output_modalities", "output_modalities"),
        ("parallel_tool_calls", "parallel_tool_calls"),
        ("prompt", "prompt"),
        ("reasoning", "reasoning"),
        ("tool_choice", "tool_choice"),
        ("tools", "tools"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "output_modalities": "list[ChatCompletionModalitiesItem] | Unset",
        "instructions": "str | Unset",
        "audio": "RealtimeResponseCreateParamsAudio | Unset",
        "tools": "list[MCPTool | RealtimeFunctionTool] | Unset",
        "tool_choice": "ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset",
        "parallel_tool_calls": "bool | Unset",
        "reasoning": "RealtimeReasoning | Unset",
        "max_output_tokens": "int | RealtimeBetaResponseMaxOutputTokensEnum | Unset",
        "conversation": "RealtimeBetaResponseCreateParamsConversationEnum | str | Unset",
        "metadata": "Metadata2 | None | Unset",
        "prompt": "None | Prompt2 | Unset",
        "input": "list[RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput | RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem | RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse | RealtimeMCPListTools | RealtimeMCPToolCall] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "output_modalities",
            "instructions",
            "audio",
            "tools",
            "tool_choice",
            "parallel_tool_calls",
            "reasoning",
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
        value_1 = self.audio
        if value_1 is None:
            if "audio" in present:
                out["audio"] = None
        else:
            out["audio"] = to_json(value_1)
        value_2 = self.conversation
        if value_2 is None:
            if "conversation" in present:
                out["conversation"] = None
        else:
            out["conversation"] = to_json(value_2)
        value_3 = self.input
        if value_3 is None:
            if "input" in present:
                out["input"] = None
        else:
            out["input"] = to_json(value_3)
        value_4 = self.instructions
        if value_4 is None:
            if "instructions" in present:
                out["instructions"] = None
        else:
            out["instructions"] = value_4
        value_5 = self.max_output_tokens
        if value_5 is None:
            if "max_output_tokens" in present:
                out["max_output_tokens"] = None
        else:
            out["max_output_tokens"] = to_json(value_5)
        value_6 = self.metadata
        if value_6 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_6)
        value_7 = self.output_modalities
        if value_7 is None:
            if "output_modalities" in present:
                out["output_modalities"] = None
        else:
            out["output_modalities"] = to_json(value_7)
        value_8 = self.parallel_tool_calls
        if value_8 is None:
            if "parallel_tool_calls" in present:
                out["parallel_tool_calls"] = None
        else:
            out["parallel_tool_calls"] = value_8
        value_9 = self.prompt
        if value_9 is None:
            if "prompt" in present:
                out["prompt"] = None
        else:
            out["prompt"] = to_json(value_9)
        value_10 = self.reasoning
        if value_10 is None:
            if "reasoning" in present:
                out["reasoning"] = None
        else:
            out["reasoning"] = to_json(value_10)
        value_11 = self.tool_choice
        if value_11 is None:
            if "tool_choice" in present:
                out["tool_choice"] = None
        else:
            out["tool_choice"] = to_json(value_11)
        value_12 = self.tools
        if value_12 is None:
            if "tools" in present:
                out["tools"] = None
        else:
            out["tools"] = to_json(value_12)
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
        parsed_obj_.instructions = get_("instructions")
        audio = get_("audio")
        if audio is not None:
            try:
                audio = (
                    RealtimeResponseCreateParamsAudio._from_dict_(audio)
                    if audio.__class__ is dict
                    else RealtimeResponseCreateParamsAudio.from_dict(audio)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.audio = audio
        _raw_tools = get_("tools", UNSET)
        try:
            _tools = _raw_tools
            tools: list[MCPTool | RealtimeFunctionTool] | Unset = UNSET
            if _tools is not UNSET:
                if not isinstance(_tools, list):
                    raise TypeError()
                tools = []
                for tools_item_data in _tools:
                    try:
                        tools_item = _parse_tools_item(tools_item_data)

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
        parsed_obj_.parallel_tool_calls = get_("parallel_tool_calls")
        reasoning = get_("reasoning")
        if reasoning is not None:
            try:
                reasoning = (
                    RealtimeReasoning._from_dict_(reasoning)
                    if reasoning.__class__ is dict
                    else RealtimeReasoning.from_dict(reasoning)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.reasoning = reasoning
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
