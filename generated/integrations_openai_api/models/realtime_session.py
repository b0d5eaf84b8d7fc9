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
from ..models.realtime_session_input_audio_format import (
    RealtimeSessionInputAudioFormat,
)
from ..models.realtime_session_model_enum import (
    RealtimeSessionModelEnum,
    check_realtime_session_model_enum,
)
from ..models.realtime_session_output_audio_format import (
    RealtimeSessionOutputAudioFormat,
)
from ..models.realtime_session_tracing_enum import (
    RealtimeSessionTracingEnum,
    check_realtime_session_tracing_enum,
)
from ..models.voice_ids_shared_enum import VoiceIdsSharedEnum, check_voice_ids_shared_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_transcription_response import AudioTranscriptionResponse
    from ..models.prompt_2 import Prompt2
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_session_input_audio_noise_reduction import (
        RealtimeSessionInputAudioNoiseReduction,
    )
    from ..models.realtime_session_tracing_tracing_configuration import (
        RealtimeSessionTracingTracingConfiguration,
    )
    from ..models.realtime_turn_detection_semantic_vad import RealtimeTurnDetectionSemanticVAD
    from ..models.realtime_turn_detection_server_vad import RealtimeTurnDetectionServerVAD

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        AudioTranscriptionResponse, \
        Prompt2, \
        RealtimeFunctionTool, \
        RealtimeSessionInputAudioNoiseReduction, \
        RealtimeSessionTracingTracingConfiguration, \
        RealtimeTurnDetectionSemanticVAD, \
        RealtimeTurnDetectionServerVAD
    from ..models.audio_transcription_response import AudioTranscriptionResponse  # noqa: PLC0415
    from ..models.prompt_2 import Prompt2  # noqa: PLC0415
    from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: PLC0415
    from ..models.realtime_session_input_audio_noise_reduction import (
        RealtimeSessionInputAudioNoiseReduction,  # noqa: PLC0415
    )
    from ..models.realtime_session_tracing_tracing_configuration import (
        RealtimeSessionTracingTracingConfiguration,  # noqa: PLC0415
    )
    from ..models.realtime_turn_detection_semantic_vad import RealtimeTurnDetectionSemanticVAD  # noqa: PLC0415
    from ..models.realtime_turn_detection_server_vad import RealtimeTurnDetectionServerVAD  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_model(data: object) -> RealtimeSessionModelEnum | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_realtime_session_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("RealtimeSessionModelEnum | str | Unset", data)


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


def _parse_input_audio_transcription(data: object) -> AudioTranscriptionResponse | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AudioTranscriptionResponse._from_dict_(data)
    return cast("AudioTranscriptionResponse | None | Unset", data)


def _parse_turn_detection(
    data: object,
) -> None | RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RealtimeTurnDetectionServerVAD,
                RealtimeTurnDetectionSemanticVAD,
            ),
        )
        if variant is None:
            return cast(
                "None | RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD | Unset",
                UnknownVariant(data),
            )
        return cast(
            "None | RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD | Unset",
            variant.from_dict(data),
        )
    return cast(
        "None | RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD | Unset", data
    )


def _parse_tracing(
    data: object,
) -> None | RealtimeSessionTracingEnum | RealtimeSessionTracingTracingConfiguration | Unset:
    if data is None:
        return data
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
        "None | RealtimeSessionTracingEnum | RealtimeSessionTracingTracingConfiguration | Unset",
        data,
    )


def _parse_max_response_output_tokens(
    data: object,
) -> int | RealtimeBetaResponseMaxOutputTokensEnum | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        max_response_output_tokens_type_1 = check_realtime_beta_response_max_output_tokens_enum(
            data
        )

        return max_response_output_tokens_type_1
    except LENIENT_ERRORS:
        pass
    return cast("int | RealtimeBetaResponseMaxOutputTokensEnum | Unset", data)


def _parse_prompt(data: object) -> None | Prompt2 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Prompt2._from_dict_(data)
    return cast("None | Prompt2 | Unset", data)


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


@_attrs_define(repr=False)
class RealtimeSession(ApiModel):
    """Realtime session object for the beta interface."""

    id: str | None = ABSENT
    """ Unique identifier for the session that looks like `sess_1234567890abcdef`.
     """

    object: Literal["realtime.session"] | None = "realtime.session"
    """ The object type. Always `realtime.session`. """

    modalities: list[ChatCompletionModalitiesItem | str] | None = ABSENT
    """ The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
     """

    model: RealtimeSessionModelEnum | str | None = ABSENT
    """ The Realtime model used for this session.
     """

    instructions: str | None = ABSENT
    """ The default system instructions (i.e. system message) prepended to model
    calls. This field allows the client to guide the model on desired
    responses. The model can be instructed on response content and format,
    (e.g. "be extremely succinct", "act friendly", "here are examples of good
    responses") and on audio behavior (e.g. "talk quickly", "inject emotion
    into your voice", "laugh frequently"). The instructions are not
    guaranteed to be followed by the model, but they provide guidance to the
    model on the desired behavior.


    Note that the server sets default instructions which will be used if this
    field is not set and are visible in the `session.created` event at the
    start of the session.
     """

    voice: str | VoiceIdsSharedEnum | None = ABSENT

    input_audio_format: RealtimeSessionInputAudioFormat | str | None = ABSENT
    """ The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
    single channel (mono), and little-endian byte order.

    Server default: `"pcm16"`. """

    output_audio_format: RealtimeSessionOutputAudioFormat | str | None = ABSENT
    """ The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, output audio is sampled at a rate of 24kHz.

    Server default: `"pcm16"`. """

    input_audio_transcription: AudioTranscriptionResponse | None = ABSENT

    turn_detection: (
        RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD | UnknownVariant | None
    ) = ABSENT

    input_audio_noise_reduction: RealtimeSessionInputAudioNoiseReduction | None = ABSENT
    """ Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance
    by improving perception of the input audio.

    Server default: `null`. """

    speed: float | None = ABSENT
    """ The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
    the minimum speed. 1.5 is the maximum speed. This value can only be changed
    in between model turns, not while a response is in progress.

    Server default: `1`. """

    tracing: (
        RealtimeSessionTracingEnum | RealtimeSessionTracingTracingConfiguration | str | None
    ) = ABSENT

    tools: list[RealtimeFunctionTool] | None = ABSENT
    """ Tools (functions) available to the model. """

    tool_choice: str | None = ABSENT
    """ How the model chooses tools. Options are `auto`, `none`, `required`, or
    specify a function.

    Server default: `"auto"`. """

    temperature: float | None = ABSENT
    """ Sampling temperature for the model, limited to [0.6, 1.2]. For audio models a temperature of 0.8 is highly
    recommended for best performance.

    Server default: `0.8`. """

    max_response_output_tokens: int | RealtimeBetaResponseMaxOutputTokensEnum | str | None = ABSENT
    """ Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`.
     """

    expires_at: int | None = ABSENT
    """ Expiration timestamp for the session, in seconds since epoch. """

    prompt: Prompt2 | None = ABSENT

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = ABSENT

    _sdk_name_: ClassVar[str] = "Session"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "input_audio_noise_reduction": {
            "RealtimeSessionInputAudioNoiseReduction": "InputAudioNoiseReduction"
        },
        "input_audio_transcription": {"AudioTranscriptionResponse": "InputAudioTranscription"},
        "tools": {"RealtimeFunctionTool": "Tool"},
        "turn_detection": {"RealtimeTurnDetectionServerVAD": "TurnDetection"},
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("input_audio_format", "input_audio_format"),
        ("input_audio_noise_reduction", "input_audio_noise_reduction"),
        ("input_audio_transcription", "input_audio_transcription"),
        ("instructions", "instructions"),
        ("max_response_output_tokens", "max_response_output_tokens"),
        ("modalities", "modalities"),
        ("model", "model"),
        ("output_audio_format", "output_audio_format"),
        ("speed", "speed"),
        ("temperature", "temperature"),
        ("tool_choice", "tool_choice"),
        ("tools", "tools"),
        ("tracing", "tracing"),
        ("turn_detection", "turn_detection"),
        ("voice", "voice"),
        ("object", "object"),
        ("expires_at", "expires_at"),
        ("prompt", "prompt"),
        ("include", "include"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str | Unset",
        "object": "Literal['realtime.session'] | Unset",
        "modalities": "list[ChatCompletionModalitiesItem] | Unset",
        "model": "RealtimeSessionModelEnum | str | Unset",
        "instructions": "str | Unset",
        "voice": "str | Unset | VoiceIdsSharedEnum",
        "input_audio_format": "RealtimeSessionInputAudioFormat | Unset",
        "output_audio_format": "RealtimeSessionOutputAudioFormat | Unset",
        "input_audio_transcription": "AudioTranscriptionResponse | None | Unset",
        "turn_detection": "None | RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD | Unset",
        "input_audio_noise_reduction": "RealtimeSessionInputAudioNoiseReduction | Unset",
        "speed": "float | Unset",
        "tracing": "None | RealtimeSessionTracingEnum | RealtimeSessionTracingTracingConfiguration | Unset",
        "tools": "list[RealtimeFunctionTool] | Unset",
        "tool_choice": "str | Unset",
        "temperature": "float | Unset",
        "max_response_output_tokens": "int | RealtimeBetaResponseMaxOutputTokensEnum | Unset",
        "expires_at": "int | Unset",
        "prompt": "None | Prompt2 | Unset",
        "include": "list[Literal['item.input_audio_transcription.logprobs']] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("realtime.session",),
        "input_audio_format": (
            "g711_alaw",
            "g711_ulaw",
            "pcm16",
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
            "modalities",
            "model",
            "instructions",
            "voice",
            "input_audio_format",
            "output_audio_format",
            "input_audio_transcription",
            "turn_detection",
            "input_audio_noise_reduction",
            "speed",
            "tracing",
            "tools",
            "tool_choice",
            "temperature",
            "max_response_output_tokens",
            "expires_at",
            "prompt",
            "include",
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
        value_2 = self.input_audio_format
        if value_2 is None:
            if "input_audio_format" in present:
                out["input_audio_format"] = None
        else:
            out["input_audio_format"] = value_2
        value_3 = self.input_audio_noise_reduction
        if value_3 is None:
            if "input_audio_noise_reduction" in present:
                out["input_audio_noise_reduction"] = None
        else:
            out["input_audio_noise_reduction"] = to_json(value_3)
        value_4 = self.input_audio_transcription
        if value_4 is None:
            if "input_audio_transcription" in present:
                out["input_audio_transcription"] = None
        else:
            out["input_audio_transcription"] = to_json(value_4)
        value_5 = self.instructions
        if value_5 is None:
            if "instructions" in present:
                out["instructions"] = None
        else:
            out["instructions"] = value_5
        value_6 = self.max_response_output_tokens
        if value_6 is None:
            if "max_response_output_tokens" in present:
                out["max_response_output_tokens"] = None
        else:
            out["max_response_output_tokens"] = to_json(value_6)
        value_7 = self.modalities
        if value_7 is None:
            if "modalities" in present:
                out["modalities"] = None
        else:
            out["modalities"] = to_json(value_7)
        value_8 = self.model
        if value_8 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_8)
        value_9 = self.output_audio_format
        if value_9 is None:
            if "output_audio_format" in present:
                out["output_audio_format"] = None
        else:
            out["output_audio_format"] = value_9
        value_10 = self.speed
        if value_10 is None:
            if "speed" in present:
                out["speed"] = None
        else:
            out["speed"] = value_10
        value_11 = self.temperature
        if value_11 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = value_11
        value_12 = self.tool_choice
        if value_12 is None:
            if "tool_choice" in present:
                out["tool_choice"] = None
        else:
            out["tool_choice"] = value_12
        value_13 = self.tools
        if value_13 is None:
            if "tools" in present:
                out["tools"] = None
        else:
            out["tools"] = to_json(value_13)
        value_14 = self.tracing
        if value_14 is None:
            if "tracing" in present:
                out["tracing"] = None
        else:
            out["tracing"] = to_json(value_14)
        value_15 = self.turn_detection
        if value_15 is None:
            if "turn_detection" in present:
                out["turn_detection"] = None
        else:
            out["turn_detection"] = to_json(value_15)
        value_16 = self.voice
        if value_16 is None:
            if "voice" in present:
                out["voice"] = None
        else:
            out["voice"] = to_json(value_16)
        value_17 = self.object
        if value_17 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_17
        value_18 = self.expires_at
        if value_18 is None:
            if "expires_at" in present:
                out["expires_at"] = None
        else:
            out["expires_at"] = value_18
        value_19 = self.prompt
        if value_19 is None:
            if "prompt" in present:
                out["prompt"] = None
        else:
            out["prompt"] = to_json(value_19)
        value_20 = self.include
        if value_20 is None:
            if "include" in present:
                out["include"] = None
        else:
            out["include"] = to_json(value_20)
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
        _raw_voice = get_("voice", UNSET)
        if _raw_voice is not UNSET:
            try:
                voice = _parse_voice(_raw_voice)

            except LENIENT_ERRORS:
                voice = _raw_voice
        else:
            voice = _raw_voice
        parsed_obj_.voice = None if isinstance(voice, Unset) else voice
        parsed_obj_.input_audio_format = get_("input_audio_format")
        parsed_obj_.output_audio_format = get_("output_audio_format")
        _raw_input_audio_transcription = get_("input_audio_transcription", UNSET)
        if (
            _raw_input_audio_transcription is not None
            and _raw_input_audio_transcription is not UNSET
        ):
            try:
                input_audio_transcription = _parse_input_audio_transcription(
                    _raw_input_audio_transcription
                )

            except LENIENT_ERRORS:
                input_audio_transcription = _raw_input_audio_transcription
        else:
            input_audio_transcription = _raw_input_audio_transcription
        parsed_obj_.input_audio_transcription = (
            None if isinstance(input_audio_transcription, Unset) else input_audio_transcription
        )
        _raw_turn_detection = get_("turn_detection", UNSET)
        if _raw_turn_detection is not None and _raw_turn_detection is not UNSET:
            try:
                turn_detection = _parse_turn_detection(_raw_turn_detection)

            except LENIENT_ERRORS:
                turn_detection = _raw_turn_detection
        else:
            turn_detection = _raw_turn_detection
        parsed_obj_.turn_detection = None if isinstance(turn_detection, Unset) else turn_detection
        input_audio_noise_reduction = get_("input_audio_noise_reduction")
        if input_audio_noise_reduction is not None:
            try:
                input_audio_noise_reduction = (
                    RealtimeSessionInputAudioNoiseReduction._from_dict_(input_audio_noise_reduction)
                    if input_audio_noise_reduction.__class__ is dict
                    else RealtimeSessionInputAudioNoiseReduction.from_dict(
                        input_audio_noise_reduction
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.input_audio_noise_reduction = input_audio_noise_reduction
        parsed_obj_.speed = as_float(get_("speed"))
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
        parsed_obj_.temperature = as_float(get_("temperature"))
        _raw_max_response_output_tokens = get_("max_response_output_tokens", UNSET)
        if _raw_max_response_output_tokens is not UNSET:
            try:
                max_response_output_tokens = _parse_max_response_output_tokens(
                    _raw_max_response_output_tokens
                )

            except LENIENT_ERRORS:
                max_response_output_tokens = _raw_max_response_output_tokens
        else:
            max_response_output_tokens = _raw_max_response_output_tokens
        parsed_obj_.max_response_output_tokens = (
            None if isinstance(max_response_output_tokens, Unset) else max_response_output_tokens
        )
        parsed_obj_.expires_at = get_("expires_at")
        _raw_prompt = get_("prompt", UNSET)
        if _raw_prompt is not None and _raw_prompt is not UNSET:
            try:
                prompt = _parse_prompt(_raw_prompt)

            except LENIENT_ERRORS:
                prompt = _raw_prompt
        else:
            prompt = _raw_prompt
        parsed_obj_.prompt = None if isinstance(prompt, Unset) else prompt
        _raw_include = get_("include", UNSET)
        if _raw_include is not None and _raw_include is not UNSET:
            try:
                include = _parse_include(_raw_include)

            except LENIENT_ERRORS:
                include = _raw_include
        else:
            include = _raw_include
        parsed_obj_.include = None if isinstance(include, Unset) else include
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
