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
from ..models.realtime_session_create_request_ga_model_enum import (
    RealtimeSessionCreateRequestGAModelEnum,
    check_realtime_session_create_request_ga_model_enum,
)
from ..models.realtime_session_create_request_ga_tracing_auto import (
    RealtimeSessionCreateRequestGATracingAuto,
    check_realtime_session_create_request_ga_tracing_auto,
)
from ..models.realtime_truncation_enum import RealtimeTruncationEnum, check_realtime_truncation_enum
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool import MCPTool
    from ..models.prompt_2 import Prompt2
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_reasoning import RealtimeReasoning
    from ..models.realtime_session_create_request_ga_audio import (
        RealtimeSessionCreateRequestGAAudio,
    )
    from ..models.realtime_session_create_request_ga_tracing_tracing_configuration import (
        RealtimeSessionCreateRequestGATracingTracingConfiguration,
    )
    from ..models.realtime_truncation_retention_ratio_truncation import (
        RealtimeTruncationRetentionRatioTruncation,
    )
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        MCPTool, \
        Prompt2, \
        RealtimeFunctionTool, \
        RealtimeReasoning, \
        RealtimeSessionCreateRequestGAAudio, \
        RealtimeSessionCreateRequestGATracingTracingConfiguration, \
        RealtimeTruncationRetentionRatioTruncation, \
        ToolChoiceFunction, \
        ToolChoiceMCP
    from ..models.mcp_tool import MCPTool  # noqa: PLC0415
    from ..models.prompt_2 import Prompt2  # noqa: PLC0415
    from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: PLC0415
    from ..models.realtime_reasoning import RealtimeReasoning  # noqa: PLC0415
    from ..models.realtime_session_create_request_ga_audio import (
        RealtimeSessionCreateRequestGAAudio,  # noqa: PLC0415
    )
    from ..models.realtime_session_create_request_ga_tracing_tracing_configuration import (
        RealtimeSessionCreateRequestGATracingTracingConfiguration,  # noqa: PLC0415
    )
    from ..models.realtime_truncation_retention_ratio_truncation import (
        RealtimeTruncationRetentionRatioTruncation,  # noqa: PLC0415
    )
    from ..models.tool_choice_function import ToolChoiceFunction  # noqa: PLC0415
    from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_model(data: object) -> RealtimeSessionCreateRequestGAModelEnum | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_realtime_session_create_request_ga_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("RealtimeSessionCreateRequestGAModelEnum | str | Unset", data)


def _parse_tracing(
    data: object,
) -> (
    None
    | RealtimeSessionCreateRequestGATracingAuto
    | RealtimeSessionCreateRequestGATracingTracingConfiguration
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeSessionCreateRequestGATracingTracingConfiguration._from_dict_(data)
    try:
        if not isinstance(data, str):
            raise TypeError()
        tracing_type_0 = check_realtime_session_create_request_ga_tracing_auto(data)

        return tracing_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "None | RealtimeSessionCreateRequestGATracingAuto | RealtimeSessionCreateRequestGATracingTracingConfiguration | Unset",
        data,
    )


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


def _parse_truncation(
    data: object,
) -> RealtimeTruncationEnum | RealtimeTruncationRetentionRatioTruncation | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeTruncationRetentionRatioTruncation._from_dict_(data)
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_realtime_truncation_type_0 = check_realtime_truncation_enum(data)

        return componentsschemas_realtime_truncation_type_0
    except LENIENT_ERRORS:
        pass
    return cast("RealtimeTruncationEnum | RealtimeTruncationRetentionRatioTruncation | Unset", data)


def _parse_prompt(data: object) -> None | Prompt2 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Prompt2._from_dict_(data)
    return cast("None | Prompt2 | Unset", data)


@_attrs_define(repr=False)
class RealtimeSessionCreateRequestGA(ApiModel):
    """Realtime session object configuration."""

    type: Literal["realtime"] = "realtime"
    """ The type of session to create. Always `realtime` for the Realtime API.
     """

    output_modalities: list[ChatCompletionModalitiesItem | str] | None = ABSENT
    """ The set of modalities the model can respond with. It defaults to `["audio"]`, indicating
    that the model will respond with audio plus a transcript. `["text"]` can be used to make
    the model respond with text only. It is not possible to request both `text` and `audio` at the same time.

    Server default: `["audio"]`. """

    model: RealtimeSessionCreateRequestGAModelEnum | str | None = ABSENT
    """ The Realtime model used for this session.
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

    audio: RealtimeSessionCreateRequestGAAudio | None = ABSENT
    """ Configuration for input and output audio.
     """

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = ABSENT
    """ Additional fields to include in server outputs.

    `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
     """

    tracing: (
        RealtimeSessionCreateRequestGATracingAuto
        | RealtimeSessionCreateRequestGATracingTracingConfiguration
        | str
        | None
    ) = ABSENT
    """ Realtime API can write session traces to the [Traces
    Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once
    tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata.

    Server default: `null`. """

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

    truncation: RealtimeTruncationEnum | RealtimeTruncationRetentionRatioTruncation | str | None = (
        ABSENT
    )
    """ When the number of tokens in a conversation exceeds the model's input token limit, the conversation be
    truncated, meaning messages (starting from the oldest) will not be included in the model's context. A 32k
    context model with 4,096 max output tokens can only include 28,224 tokens in the context before truncation
    occurs.

    Clients can configure truncation behavior to truncate with a lower max token limit, which is an effective way to
    control token usage and cost.

    Truncation will reduce the number of cached tokens on the next turn (busting the cache), since messages are
    dropped from the beginning of the context. However, clients can also configure truncation to retain messages up
    to a fraction of the maximum context size, which will reduce the need for future truncations and thus improve
    the cache rate.

    Truncation can be disabled entirely, which means the server will never truncate but would instead return an
    error if the conversation exceeds the model's input token limit.
     """

    prompt: Prompt2 | None = ABSENT

    _sdk_name_: ClassVar[str] = "RealtimeSessionCreateRequest"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "tracing": {
            "RealtimeSessionCreateRequestGATracingTracingConfiguration": "TracingConfiguration"
        }
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("audio", "audio"),
        ("include", "include"),
        ("instructions", "instructions"),
        ("max_output_tokens", "max_output_tokens"),
        ("model", "model"),
        ("output_modalities", "output_modalities"),
        ("parallel_tool_calls", "parallel_tool_calls"),
        ("prompt", "prompt"),
        ("reasoning", "reasoning"),
        ("tool_choice", "tool_choice"),
        ("tools", "tools"),
        ("tracing", "tracing"),
        ("truncation", "truncation"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['realtime']",
        "output_modalities": "list[ChatCompletionModalitiesItem] | Unset",
        "model": "RealtimeSessionCreateRequestGAModelEnum | str | Unset",
        "instructions": "str | Unset",
        "audio": "RealtimeSessionCreateRequestGAAudio | Unset",
        "include": "list[Literal['item.input_audio_transcription.logprobs']] | Unset",
        "tracing": "None | RealtimeSessionCreateRequestGATracingAuto | RealtimeSessionCreateRequestGATracingTracingConfiguration | Unset",
        "tools": "list[MCPTool | RealtimeFunctionTool] | Unset",
        "tool_choice": "ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset",
        "parallel_tool_calls": "bool | Unset",
        "reasoning": "RealtimeReasoning | Unset",
        "max_output_tokens": "int | RealtimeBetaResponseMaxOutputTokensEnum | Unset",
        "truncation": "RealtimeTruncationEnum | RealtimeTruncationRetentionRatioTruncation | Unset",
        "prompt": "None | Prompt2 | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("realtime",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "output_modalities",
            "model",
            "instructions",
            "audio",
            "include",
            "tracing",
            "tools",
            "tool_choice",
            "parallel_tool_calls",
            "reasoning",
            "max_output_tokens",
            "truncation",
            "prompt",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.audio
        if value_2 is None:
            if "audio" in present:
                out["audio"] = None
        else:
            out["audio"] = to_json(value_2)
        value_3 = self.include
        if value_3 is None:
            if "include" in present:
                out["include"] = None
        else:
            out["include"] = to_json(value_3)
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
        value_6 = self.model
        if value_6 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_6)
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
        value_13 = self.tracing
        if value_13 is None:
            if "tracing" in present:
                out["tracing"] = None
        else:
            out["tracing"] = to_json(value_13)
        value_14 = self.truncation
        if value_14 is None:
            if "truncation" in present:
                out["truncation"] = None
        else:
            out["truncation"] = to_json(value_14)
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
        parsed_obj_.type = get_("type")
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
        _raw_model = get_("model", UNSET)
        if _raw_model is not UNSET:
            try:
                model = _parse_model(_raw_model)

            except LENIENT_ERRORS:
                model = _raw_model
        else:
            model = _raw_model
        parsed_obj_.model = None if isinstance(model, Unset) else model
        parsed_obj_.instructions = get_("instructions")
        audio = get_("audio")
        if audio is not None:
            try:
                audio = (
                    RealtimeSessionCreateRequestGAAudio._from_dict_(audio)
                    if audio.__class__ is dict
                    else RealtimeSessionCreateRequestGAAudio.from_dict(audio)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.audio = audio
        _raw_include = get_("include", UNSET)
        try:
            _include = _raw_include
            include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
            if _include is not UNSET:
                if not isinstance(_include, list):
                    raise TypeError()
                include = []
                for include_item_data in _include:
                    try:
                        include_item = cast(
                            'Literal["item.input_audio_transcription.logprobs"]', include_item_data
                        )
                        if include_item != "item.input_audio_transcription.logprobs":
                            raise ValueError(
                                f"include_item must match const 'item.input_audio_transcription.logprobs', got '{include_item}'"
                            )
                    except LENIENT_ERRORS:
                        include_item = include_item_data
                    include.append(include_item)

        except LENIENT_ERRORS:
            include = _raw_include
        parsed_obj_.include = None if isinstance(include, Unset) else include
        _raw_tracing = get_("tracing", UNSET)
        if _raw_tracing is not None and _raw_tracing is not UNSET:
            try:
                tracing = _parse_tracing(_raw_tracing)

            except LENIENT_ERRORS:
                tracing = _raw_tracing
        else:
            tracing = _raw_tracing
        parsed_obj_.tracing = None if isinstance(tracing, Unset) else tracing
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
        _raw_truncation = get_("truncation", UNSET)
        if _raw_truncation is not UNSET:
            try:
                truncation = _parse_truncation(_raw_truncation)

            except LENIENT_ERRORS:
                truncation = _raw_truncation
        else:
            truncation = _raw_truncation
        parsed_obj_.truncation = None if isinstance(truncation, Unset) else truncation
        _raw_prompt = get_("prompt", UNSET)
        if _raw_prompt is not None and _raw_prompt is not UNSET:
            try:
                prompt = _parse_prompt(_raw_prompt)

            except LENIENT_ERRORS:
                prompt = _raw_prompt
        else:
            prompt = _raw_prompt
        parsed_obj_.prompt = None if isinstance(prompt, Unset) else prompt
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
