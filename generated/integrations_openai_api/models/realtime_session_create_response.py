from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.chat_completion_modalities_item import (
    ChatCompletionModalitiesItem,
    check_chat_completion_modalities_item,
)
from ..models.realtime_beta_response_max_output_tokens_enum import (
    RealtimeBetaResponseMaxOutputTokensEnum,
    check_realtime_beta_response_max_output_tokens_enum,
)
from ..models.realtime_session_tracing_enum import (
    RealtimeSessionTracingEnum,
    check_realtime_session_tracing_enum,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_session_create_request_turn_detection import (
        RealtimeSessionCreateRequestTurnDetection,
    )
    from ..models.realtime_session_create_response_audio import RealtimeSessionCreateResponseAudio
    from ..models.realtime_session_tracing_tracing_configuration import (
        RealtimeSessionTracingTracingConfiguration,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RealtimeFunctionTool, \
        RealtimeSessionCreateRequestTurnDetection, \
        RealtimeSessionCreateResponseAudio, \
        RealtimeSessionTracingTracingConfiguration
    from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: PLC0415
    from ..models.realtime_session_create_request_turn_detection import (
        RealtimeSessionCreateRequestTurnDetection,  # noqa: PLC0415
    )
    from ..models.realtime_session_create_response_audio import RealtimeSessionCreateResponseAudio  # noqa: PLC0415
    from ..models.realtime_session_tracing_tracing_configuration import (
        RealtimeSessionTracingTracingConfiguration,  # noqa: PLC0415
    )

    _lazy_loaded = True


def _parse_instructions(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_tracing(
    data: object,
) -> None | RealtimeSessionTracingEnum | RealtimeSessionTracingTracingConfiguration | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeSessionTracingTracingConfiguration.from_dict(data)
    try:
        if not isinstance(data, str):
            raise TypeError()
        tracing_type_0 = check_realtime_session_tracing_enum(data)

        return tracing_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "None | RealtimeSessionTracingEnum | RealtimeSessionTracingTracingConfiguration | Unset",
        data,
    )


def _parse_turn_detection(data: object) -> None | RealtimeSessionCreateRequestTurnDetection | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeSessionCreateRequestTurnDetection.from_dict(data)
    return cast("None | RealtimeSessionCreateRequestTurnDetection | Unset", data)


def _parse_tools(data: object) -> list[RealtimeFunctionTool] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        tools_type_0 = []
        _tools_type_0 = data
        if not isinstance(_tools_type_0, list):
            raise TypeError()
        for tools_type_0_item_data in _tools_type_0:
            try:
                tools_type_0_item = RealtimeFunctionTool.from_dict(tools_type_0_item_data)

            except LENIENT_ERRORS:
                tools_type_0_item = tools_type_0_item_data
            tools_type_0.append(tools_type_0_item)

        return tools_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[RealtimeFunctionTool] | None | Unset", data)


def _parse_tool_choice(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


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
class RealtimeSessionCreateResponse(ApiModel):
    """A Realtime session configuration object."""

    id: str | None = ABSENT
    """ Unique identifier for the session that looks like `sess_1234567890abcdef`.
     """

    object: str | None = ABSENT
    """ The object type. Always `realtime.session`. """

    expires_at: int | None = ABSENT
    """ Expiration timestamp for the session, in seconds since epoch. """

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = ABSENT
    """ Additional fields to include in server outputs.
    - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
     """

    model: str | None = ABSENT
    """ The Realtime model used for this session. """

    output_modalities: list[ChatCompletionModalitiesItem | str] | None = ABSENT
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

    audio: RealtimeSessionCreateResponseAudio | None = ABSENT
    """ Configuration for input and output audio for the session.
     """

    tracing: (
        RealtimeSessionTracingEnum | RealtimeSessionTracingTracingConfiguration | str | None
    ) = ABSENT
    """ Configuration options for tracing. Set to null to disable tracing. Once
    tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata.
     """

    turn_detection: RealtimeSessionCreateRequestTurnDetection | None = ABSENT

    tools: list[RealtimeFunctionTool] | None = ABSENT
    """ Tools (functions) available to the model. """

    tool_choice: str | None = ABSENT
    """ How the model chooses tools. Options are `auto`, `none`, `required`, or
    specify a function.
     """

    max_output_tokens: int | RealtimeBetaResponseMaxOutputTokensEnum | str | None = ABSENT
    """ Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("object", "object"),
        ("expires_at", "expires_at"),
        ("include", "include"),
        ("model", "model"),
        ("output_modalities", "output_modalities"),
        ("instructions", "instructions"),
        ("audio", "audio"),
        ("tracing", "tracing"),
        ("turn_detection", "turn_detection"),
        ("tools", "tools"),
        ("tool_choice", "tool_choice"),
        ("max_output_tokens", "max_output_tokens"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str | Unset",
        "object": "str | Unset",
        "expires_at": "int | Unset",
        "include": "list[Literal['item.input_audio_transcription.logprobs']] | Unset",
        "model": "str | Unset",
        "output_modalities": "list[ChatCompletionModalitiesItem] | Unset",
        "instructions": "None | str | Unset",
        "audio": "RealtimeSessionCreateResponseAudio | Unset",
        "tracing": "None | RealtimeSessionTracingEnum | RealtimeSessionTracingTracingConfiguration | Unset",
        "turn_detection": "None | RealtimeSessionCreateRequestTurnDetection | Unset",
        "tools": "list[RealtimeFunctionTool] | None | Unset",
        "tool_choice": "None | str | Unset",
        "max_output_tokens": "int | RealtimeBetaResponseMaxOutputTokensEnum | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "expires_at",
            "include",
            "model",
            "output_modalities",
            "instructions",
            "audio",
            "tracing",
            "turn_detection",
            "tools",
            "tool_choice",
            "max_output_tokens",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = d.pop("id", None)

        object_ = d.pop("object", None)

        expires_at = d.pop("expires_at", None)

        _raw_include = d.pop("include", UNSET)
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

        model = d.pop("model", None)

        _raw_output_modalities = d.pop("output_modalities", UNSET)
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

        _raw_instructions = d.pop("instructions", UNSET)
        try:
            instructions = _parse_instructions(_raw_instructions)

        except LENIENT_ERRORS:
            instructions = _raw_instructions

        _raw_audio = d.pop("audio", UNSET)
        try:
            _audio = _raw_audio
            audio: RealtimeSessionCreateResponseAudio | Unset
            if isinstance(_audio, Unset):
                audio = UNSET
            else:
                audio = RealtimeSessionCreateResponseAudio.from_dict(_audio)

        except LENIENT_ERRORS:
            audio = _raw_audio

        _raw_tracing = d.pop("tracing", UNSET)
        try:
            tracing = _parse_tracing(_raw_tracing)

        except LENIENT_ERRORS:
            tracing = _raw_tracing

        _raw_turn_detection = d.pop("turn_detection", UNSET)
        try:
            turn_detection = _parse_turn_detection(_raw_turn_detection)

        except LENIENT_ERRORS:
            turn_detection = _raw_turn_detection

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

        _raw_max_output_tokens = d.pop("max_output_tokens", UNSET)
        try:
            max_output_tokens = _parse_max_output_tokens(_raw_max_output_tokens)

        except LENIENT_ERRORS:
            max_output_tokens = _raw_max_output_tokens

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.object = object_
        parsed_obj_.expires_at = expires_at
        parsed_obj_.include = None if isinstance(include, Unset) else include
        parsed_obj_.model = model
        parsed_obj_.output_modalities = (
            None if isinstance(output_modalities, Unset) else output_modalities
        )
        parsed_obj_.instructions = None if isinstance(instructions, Unset) else instructions
        parsed_obj_.audio = None if isinstance(audio, Unset) else audio
        parsed_obj_.tracing = None if isinstance(tracing, Unset) else tracing
        parsed_obj_.turn_detection = None if isinstance(turn_detection, Unset) else turn_detection
        parsed_obj_.tools = None if isinstance(tools, Unset) else tools
        parsed_obj_.tool_choice = None if isinstance(tool_choice, Unset) else tool_choice
        parsed_obj_.max_output_tokens = (
            None if isinstance(max_output_tokens, Unset) else max_output_tokens
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
