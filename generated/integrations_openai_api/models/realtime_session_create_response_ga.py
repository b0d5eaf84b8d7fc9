from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant
from .._runtime.model import ABSENT, ApiModel
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
    from ..models.realtime_session_create_request_ga_tracing_tracing_configuration import (
        RealtimeSessionCreateRequestGATracingTracingConfiguration,
    )
    from ..models.realtime_session_create_response_ga_audio import (
        RealtimeSessionCreateResponseGAAudio,
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
        RealtimeSessionCreateRequestGATracingTracingConfiguration, \
        RealtimeSessionCreateResponseGAAudio, \
        RealtimeTruncationRetentionRatioTruncation, \
        ToolChoiceFunction, \
        ToolChoiceMCP
    from ..models.mcp_tool import MCPTool  # noqa: PLC0415
    from ..models.prompt_2 import Prompt2  # noqa: PLC0415
    from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: PLC0415
    from ..models.realtime_reasoning import RealtimeReasoning  # noqa: PLC0415
    from ..models.realtime_session_create_request_ga_tracing_tracing_configuration import (
        RealtimeSessionCreateRequestGATracingTracingConfiguration,  # noqa: PLC0415
    )
    from ..models.realtime_session_create_response_ga_audio import (
        RealtimeSessionCreateResponseGAAudio,  # noqa: PLC0415
    )
    from ..models.realtime_truncation_retention_ratio_truncation import (
        RealtimeTruncationRetentionRatioTruncation,  # noqa: PLC0415
    )
    from ..models.tool_choice_function import ToolChoiceFunction  # noqa: PLC0415
    from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: PLC0415

    _lazy_loaded = True


def _parse_expires_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_output_modalities(data: object) -> list[ChatCompletionModalitiesItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        output_modalities_type_0 = []
        _output_modalities_type_0 = data
        if not isinstance(_output_modalities_type_0, list):
            raise TypeError()
        for output_modalities_type_0_item_data in _output_modalities_type_0:
            try:
                output_modalities_type_0_item = check_chat_completion_modalities_item(
                    output_modalities_type_0_item_data
                )

            except LENIENT_ERRORS:
                output_modalities_type_0_item = output_modalities_type_0_item_data
            output_modalities_type_0.append(output_modalities_type_0_item)

        return output_modalities_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[ChatCompletionModalitiesItem] | None | Unset", data)


def _parse_model(data: object) -> None | RealtimeSessionCreateRequestGAModelEnum | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_realtime_session_create_request_ga_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("None | RealtimeSessionCreateRequestGAModelEnum | str | Unset", data)


def _parse_instructions(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_audio(data: object) -> None | RealtimeSessionCreateResponseGAAudio | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeSessionCreateResponseGAAudio.from_dict(data)
    return cast("None | RealtimeSessionCreateResponseGAAudio | Unset", data)


def _parse_include(
    data: object,
) -> list[Literal["item.input_audio_transcription.logprobs"]] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        include_type_0 = []
        _include_type_0 = data
        if not isinstance(_include_type_0, list):
            raise TypeError()
        for include_type_0_item_data in _include_type_0:
            try:
                include_type_0_item = cast(
                    'Literal["item.input_audio_transcription.logprobs"]', include_type_0_item_data
                )
                if include_type_0_item != "item.input_audio_transcription.logprobs":
                    raise ValueError(
                        f"include_type_0_item must match const 'item.input_audio_transcription.logprobs', got '{include_type_0_item}'"
                    )
            except LENIENT_ERRORS:
                include_type_0_item = include_type_0_item_data
            include_type_0.append(include_type_0_item)

        return include_type_0
    except LENIENT_ERRORS:
        pass
    return cast('list[Literal["item.input_audio_transcription.logprobs"]] | None | Unset', data)


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
        return RealtimeSessionCreateRequestGATracingTracingConfiguration.from_dict(data)
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


def _parse_tools(data: object) -> list[MCPTool | RealtimeFunctionTool] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()

        def _parse_tools_type_0_item(data: object) -> MCPTool | RealtimeFunctionTool:
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

        tools_type_0 = []
        _tools_type_0 = data
        if not isinstance(_tools_type_0, list):
            raise TypeError()
        for tools_type_0_item_data in _tools_type_0:
            try:
                tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

            except LENIENT_ERRORS:
                tools_type_0_item = tools_type_0_item_data
            tools_type_0.append(tools_type_0_item)

        return tools_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[MCPTool | RealtimeFunctionTool] | None | Unset", data)


def _parse_tool_choice(
    data: object,
) -> None | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset:
    if data is None:
        return data
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
                "None | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset",
                UnknownVariant(data),
            )
        return cast(
            "None | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset",
            variant.from_dict(data),
        )
    try:
        if not isinstance(data, str):
            raise TypeError()
        tool_choice_type_0 = check_tool_choice_options(data)

        return tool_choice_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset", data)


def _parse_reasoning(data: object) -> None | RealtimeReasoning | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeReasoning.from_dict(data)
    return cast("None | RealtimeReasoning | Unset", data)


def _parse_max_output_tokens(
    data: object,
) -> int | None | RealtimeBetaResponseMaxOutputTokensEnum | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        max_output_tokens_type_1 = check_realtime_beta_response_max_output_tokens_enum(data)

        return max_output_tokens_type_1
    except LENIENT_ERRORS:
        pass
    return cast("int | None | RealtimeBetaResponseMaxOutputTokensEnum | Unset", data)


def _parse_truncation(
    data: object,
) -> None | RealtimeTruncationEnum | RealtimeTruncationRetentionRatioTruncation | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeTruncationRetentionRatioTruncation.from_dict(data)
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_realtime_truncation_type_0 = check_realtime_truncation_enum(data)

        return componentsschemas_realtime_truncation_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "None | RealtimeTruncationEnum | RealtimeTruncationRetentionRatioTruncation | Unset", data
    )


def _parse_prompt(data: object) -> None | Prompt2 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Prompt2.from_dict(data)
    return cast("None | Prompt2 | Unset", data)


@_attrs_define(repr=False)
class RealtimeSessionCreateResponseGA(ApiModel):
    """A Realtime session configuration object."""

    id: str
    """ Unique identifier for the session that looks like `sess_1234567890abcdef`.
     """

    type: Literal["realtime"] = "realtime"
    """ The type of session to create. Always `realtime` for the Realtime API.
     """

    object: Literal["realtime.session"] = "realtime.session"
    """ The object type. Always `realtime.session`. """

    expires_at: int | None = ABSENT
    """ Expiration timestamp for the session, in seconds since epoch. """

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

    audio: RealtimeSessionCreateResponseGAAudio | None = ABSENT

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

    tools: list[MCPTool | RealtimeFunctionTool | UnknownVariant] | None = ABSENT
    """ Tools available to the model. """

    tool_choice: (
        str | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | UnknownVariant | None
    ) = ABSENT
    """ How the model chooses tools. Provide one of the string modes or force a specific
    function/MCP tool.

    Server default: `"auto"`. """

    reasoning: RealtimeReasoning | None = ABSENT

    max_output_tokens: int | RealtimeBetaResponseMaxOutputTokensEnum | str | None = ABSENT
    """ Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`.
     """

    truncation: RealtimeTruncationEnum | RealtimeTruncationRetentionRatioTruncation | str | None = (
        ABSENT
    )

    prompt: Prompt2 | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("id", "id"),
        ("object", "object"),
        ("expires_at", "expires_at"),
        ("output_modalities", "output_modalities"),
        ("model", "model"),
        ("instructions", "instructions"),
        ("audio", "audio"),
        ("include", "include"),
        ("tracing", "tracing"),
        ("tools", "tools"),
        ("tool_choice", "tool_choice"),
        ("reasoning", "reasoning"),
        ("max_output_tokens", "max_output_tokens"),
        ("truncation", "truncation"),
        ("prompt", "prompt"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['realtime']",
        "id": "str",
        "object": "Literal['realtime.session']",
        "expires_at": "int | None | Unset",
        "output_modalities": "list[ChatCompletionModalitiesItem] | None | Unset",
        "model": "None | RealtimeSessionCreateRequestGAModelEnum | str | Unset",
        "instructions": "None | str | Unset",
        "audio": "None | RealtimeSessionCreateResponseGAAudio | Unset",
        "include": "list[Literal['item.input_audio_transcription.logprobs']] | None | Unset",
        "tracing": "None | RealtimeSessionCreateRequestGATracingAuto | RealtimeSessionCreateRequestGATracingTracingConfiguration | Unset",
        "tools": "list[MCPTool | RealtimeFunctionTool] | None | Unset",
        "tool_choice": "None | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset",
        "reasoning": "None | RealtimeReasoning | Unset",
        "max_output_tokens": "int | None | RealtimeBetaResponseMaxOutputTokensEnum | Unset",
        "truncation": "None | RealtimeTruncationEnum | RealtimeTruncationRetentionRatioTruncation | Unset",
        "prompt": "None | Prompt2 | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("realtime",),
        "object": ("realtime.session",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "object",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "object",
            "expires_at",
            "output_modalities",
            "model",
            "instructions",
            "audio",
            "include",
            "tracing",
            "tools",
            "tool_choice",
            "reasoning",
            "max_output_tokens",
            "truncation",
            "prompt",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["realtime"]', _raw_type_)
            if type_ != "realtime":
                raise ValueError(f"type must match const 'realtime', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", None)

        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["realtime.session"]', _raw_object_)
            if object_ != "realtime.session":
                raise ValueError(f"object must match const 'realtime.session', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_expires_at = d.pop("expires_at", UNSET)
        try:
            expires_at = _parse_expires_at(_raw_expires_at)

        except LENIENT_ERRORS:
            expires_at = _raw_expires_at

        _raw_output_modalities = d.pop("output_modalities", UNSET)
        try:
            output_modalities = _parse_output_modalities(_raw_output_modalities)

        except LENIENT_ERRORS:
            output_modalities = _raw_output_modalities

        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        _raw_instructions = d.pop("instructions", UNSET)
        try:
            instructions = _parse_instructions(_raw_instructions)

        except LENIENT_ERRORS:
            instructions = _raw_instructions

        _raw_audio = d.pop("audio", UNSET)
        try:
            audio = _parse_audio(_raw_audio)

        except LENIENT_ERRORS:
            audio = _raw_audio

        _raw_include = d.pop("include", UNSET)
        try:
            include = _parse_include(_raw_include)

        except LENIENT_ERRORS:
            include = _raw_include

        _raw_tracing = d.pop("tracing", UNSET)
        try:
            tracing = _parse_tracing(_raw_tracing)

        except LENIENT_ERRORS:
            tracing = _raw_tracing

        _raw_tools = d.pop("tools", UNSET)
        try:
            tools = _parse_tools(_raw_tools)

        except LENIENT_ERRORS:
            tools = _raw_tools

        _raw_tool_choice = d.pop("tool_choice", UNSET)
        try:
            tool_choice = _parse_tool_choice(_raw_tool_choice)

        except LENIENT_ERRORS:
            tool_choice = _raw_tool_choice

        _raw_reasoning = d.pop("reasoning", UNSET)
        try:
            reasoning = _parse_reasoning(_raw_reasoning)

        except LENIENT_ERRORS:
            reasoning = _raw_reasoning

        _raw_max_output_tokens = d.pop("max_output_tokens", UNSET)
        try:
            max_output_tokens = _parse_max_output_tokens(_raw_max_output_tokens)

        except LENIENT_ERRORS:
            max_output_tokens = _raw_max_output_tokens

        _raw_truncation = d.pop("truncation", UNSET)
        try:
            truncation = _parse_truncation(_raw_truncation)

        except LENIENT_ERRORS:
            truncation = _raw_truncation

        _raw_prompt = d.pop("prompt", UNSET)
        try:
            prompt = _parse_prompt(_raw_prompt)

        except LENIENT_ERRORS:
            prompt = _raw_prompt

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.id = id
        parsed_obj_.object = object_
        parsed_obj_.expires_at = None if isinstance(expires_at, Unset) else expires_at
        parsed_obj_.output_modalities = (
            None if isinstance(output_modalities, Unset) else output_modalities
        )
        parsed_obj_.model = None if isinstance(model, Unset) else model
        parsed_obj_.instructions = None if isinstance(instructions, Unset) else instructions
        parsed_obj_.audio = None if isinstance(audio, Unset) else audio
        parsed_obj_.include = None if isinstance(include, Unset) else include
        parsed_obj_.tracing = None if isinstance(tracing, Unset) else tracing
        parsed_obj_.tools = None if isinstance(tools, Unset) else tools
        parsed_obj_.tool_choice = None if isinstance(tool_choice, Unset) else tool_choice
        parsed_obj_.reasoning = None if isinstance(reasoning, Unset) else reasoning
        parsed_obj_.max_output_tokens = (
            None if isinstance(max_output_tokens, Unset) else max_output_tokens
        )
        parsed_obj_.truncation = None if isinstance(truncation, Unset) else truncation
        parsed_obj_.prompt = None if isinstance(prompt, Unset) else prompt
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
