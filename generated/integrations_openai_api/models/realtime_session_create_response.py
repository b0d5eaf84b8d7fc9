from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_tracing(
    data: object,
) -> RealtimeSessionTracingEnum | RealtimeSessionTracingTracingConfiguration | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeSessionTracingTracingConfiguration._from_dict_(data)
    try:
        if not isinstance(data, str):
            raise TypeError()
        tracing_type_0 = check_realtime_session_tracing_enum(data)

        return tracing_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "RealtimeSessionTracingEnum | RealtimeSessionTracingTracingConfiguration | Unset", data
    )


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
    """ Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
     """

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
        "instructions": "str | Unset",
        "audio": "RealtimeSessionCreateResponseAudio | Unset",
        "tracing": "RealtimeSessionTracingEnum | RealtimeSessionTracingTracingConfiguration | Unset",
        "turn_detection": "RealtimeSessionCreateRequestTurnDetection | Unset",
        "tools": "list[RealtimeFunctionTool] | Unset",
        "tool_choice": "str | Unset",
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.object
        if value_2 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_2
        value_3 = self.expires_at
        if value_3 is None:
            if "expires_at" in present:
                out["expires_at"] = None
        else:
            out["expires_at"] = value_3
        value_4 = self.include
        if value_4 is None:
            if "include" in present:
                out["include"] = None
        else:
            out["include"] = to_json(value_4)
        value_5 = self.model
        if value_5 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_5
        value_6 = self.output_modalities
        if value_6 is None:
            if "output_modalities" in present:
                out["output_modalities"] = None
        else:
            out["output_modalities"] = to_json(value_6)
        value_7 = self.instructions
        if value_7 is None:
            if "instructions" in present:
                out["instructions"] = None
        else:
            out["instructions"] = value_7
        value_8 = self.audio
        if value_8 is None:
            if "audio" in present:
                out["audio"] = None
        else:
            out["audio"] = to_json(value_8)
        value_9 = self.tracing
        if value_9 is None:
            if "tracing" in present:
                out["tracing"] = None
        else:
            out["tracing"] = to_json(value_9)
        value_10 = self.turn_detection
        if value_10 is None:
            if "turn_detection" in present:
                out["turn_detection"] = None
        else:
            out["turn_detection"] = to_json(value_10)
        value_11 = self.tools
        if value_11 is None:
            if "tools" in present:
                out["tools"] = None
        else:
            out["tools"] = to_json(value_11)
        value_12 = self.tool_choice
        if value_12 is None:
            if "tool_choice" in present:
                out["tool_choice"] = None
        else:
            out["tool_choice"] = value_12
        value_13 = self.max_output_tokens
        if value_13 is None:
            if "max_output_tokens" in present:
                out["max_output_tokens"] = None
        else:
            out["max_output_tokens"] = to_json(value_13)
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
        parsed_obj_.expires_at = get_("expires_at")
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
        parsed_obj_.model = get_("model")
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
                    RealtimeSessionCreateResponseAudio._from_dict_(audio)
                    if audio.__class__ is dict
                    else RealtimeSessionCreateResponseAudio.from_dict(audio)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.audio = audio
        _raw_tracing = get_("tracing", UNSET)
        if _raw_tracing is not UNSET:
            try:
                tracing = _parse_tracing(_raw_tracing)

            except LENIENT_ERRORS:
                tracing = _raw_tracing
        else:
            tracing = _raw_tracing
        parsed_obj_.tracing = None if isinstance(tracing, Unset) else tracing
        turn_detection = get_("turn_detection")
        if turn_detection is not None:
            try:
                turn_detection = (
                    RealtimeSessionCreateRequestTurnDetection._from_dict_(turn_detection)
                    if turn_detection.__class__ is dict
                    else RealtimeSessionCreateRequestTurnDetection.from_dict(turn_detection)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.turn_detection = turn_detection
        _raw_tools = get_("tools", UNSET)
        try:
            _tools = _raw_tools
            tools: list[RealtimeFunctionTool] | Unset = UNSET
            if _tools is not UNSET:
                if not isinstance(_tools, list):
                    raise TypeError()
                tools = []
                for tools_item_data in _tools:
                    try:
                        tools_item = (
                            RealtimeFunctionTool._from_dict_(tools_item_data)
                            if tools_item_data.__class__ is dict
                            else RealtimeFunctionTool.from_dict(tools_item_data)
                        )
                    except LENIENT_ERRORS:
                        tools_item = tools_item_data
                    tools.append(tools_item)

        except LENIENT_ERRORS:
            tools = _raw_tools
        parsed_obj_.tools = None if isinstance(tools, Unset) else tools
        parsed_obj_.tool_choice = get_("tool_choice")
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
