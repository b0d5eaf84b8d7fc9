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
from ..models.realtime_session_input_audio_format import (
    RealtimeSessionInputAudioFormat,
    check_realtime_session_input_audio_format,
)
from ..models.realtime_session_model_enum import (
    RealtimeSessionModelEnum,
    check_realtime_session_model_enum,
)
from ..models.realtime_session_output_audio_format import (
    RealtimeSessionOutputAudioFormat,
    check_realtime_session_output_audio_format,
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


T = TypeVar("T", bound="RealtimeSession")


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
        return AudioTranscriptionResponse.from_dict(data)
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
        return Prompt2.from_dict(data)
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
                    "Literal['item.input_audio_transcription.logprobs']", include_type_0_item_data
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
    return cast("list[Literal['item.input_audio_transcription.logprobs']] | None | Unset", data)


@_attrs_define
class RealtimeSession:
    """Realtime session object for the beta interface."""

    id: str | Unset = UNSET
    """ Unique identifier for the session that looks like `sess_1234567890abcdef`.
     """
    object_: Literal["realtime.session"] | Unset = "realtime.session"
    """ The object type. Always `realtime.session`. """
    modalities: list[ChatCompletionModalitiesItem] | Unset = UNSET
    """ The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
     """
    model: RealtimeSessionModelEnum | str | Unset = UNSET
    """ The Realtime model used for this session.
     """
    instructions: str | Unset = UNSET
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
    voice: str | Unset | VoiceIdsSharedEnum = UNSET
    input_audio_format: RealtimeSessionInputAudioFormat | Unset = UNSET
    """ The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
    single channel (mono), and little-endian byte order.

    Server default: `"pcm16"`. """
    output_audio_format: RealtimeSessionOutputAudioFormat | Unset = UNSET
    """ The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, output audio is sampled at a rate of 24kHz.

    Server default: `"pcm16"`. """
    input_audio_transcription: AudioTranscriptionResponse | None | Unset = UNSET
    turn_detection: (
        None | RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD | Unset
    ) = UNSET
    input_audio_noise_reduction: RealtimeSessionInputAudioNoiseReduction | Unset = UNSET
    """ Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance
    by improving perception of the input audio.

    Server default: `null`. """
    speed: float | Unset = UNSET
    """ The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
    the minimum speed. 1.5 is the maximum speed. This value can only be changed
    in between model turns, not while a response is in progress.

    Server default: `1`. """
    tracing: (
        None | RealtimeSessionTracingEnum | RealtimeSessionTracingTracingConfiguration | Unset
    ) = UNSET
    tools: list[RealtimeFunctionTool] | Unset = UNSET
    """ Tools (functions) available to the model. """
    tool_choice: str | Unset = UNSET
    """ How the model chooses tools. Options are `auto`, `none`, `required`, or
    specify a function.

    Server default: `"auto"`. """
    temperature: float | Unset = UNSET
    """ Sampling temperature for the model, limited to [0.6, 1.2]. For audio models a temperature of 0.8 is highly
    recommended for best performance.

    Server default: `0.8`. """
    max_response_output_tokens: int | RealtimeBetaResponseMaxOutputTokensEnum | Unset = UNSET
    """ Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`.
     """
    expires_at: int | Unset = UNSET
    """ Expiration timestamp for the session, in seconds since epoch. """
    prompt: None | Prompt2 | Unset = UNSET
    include: list[Literal["item.input_audio_transcription.logprobs"]] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.object_ is not UNSET:
            field_dict["object"] = self.object_
        if self.modalities is not UNSET:
            field_dict["modalities"] = to_json(self.modalities)
        if self.model is not UNSET:
            field_dict["model"] = to_json(self.model)
        if self.instructions is not UNSET:
            field_dict["instructions"] = self.instructions
        if self.voice is not UNSET:
            field_dict["voice"] = to_json(self.voice)
        if self.input_audio_format is not UNSET:
            field_dict["input_audio_format"] = self.input_audio_format
        if self.output_audio_format is not UNSET:
            field_dict["output_audio_format"] = self.output_audio_format
        if self.input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = to_json(self.input_audio_transcription)
        if self.turn_detection is not UNSET:
            field_dict["turn_detection"] = to_json(self.turn_detection)
        if self.input_audio_noise_reduction is not UNSET:
            field_dict["input_audio_noise_reduction"] = to_json(self.input_audio_noise_reduction)
        if self.speed is not UNSET:
            field_dict["speed"] = self.speed
        if self.tracing is not UNSET:
            field_dict["tracing"] = to_json(self.tracing)
        if self.tools is not UNSET:
            field_dict["tools"] = to_json(self.tools)
        if self.tool_choice is not UNSET:
            field_dict["tool_choice"] = self.tool_choice
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        if self.max_response_output_tokens is not UNSET:
            field_dict["max_response_output_tokens"] = to_json(self.max_response_output_tokens)
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at
        if self.prompt is not UNSET:
            field_dict["prompt"] = to_json(self.prompt)
        if self.include is not UNSET:
            field_dict["include"] = to_json(self.include)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeSession: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['realtime.session'] | Unset", _raw_object_)
            if object_ != "realtime.session" and not isinstance(object_, Unset):
                raise ValueError(f"object must match const 'realtime.session', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

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

        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        instructions = d.pop("instructions", UNSET)

        _raw_voice = d.pop("voice", UNSET)
        try:
            voice = _parse_voice(_raw_voice)

        except LENIENT_ERRORS:
            voice = _raw_voice

        _raw_input_audio_format = d.pop("input_audio_format", UNSET)
        try:
            _input_audio_format = _raw_input_audio_format
            input_audio_format: RealtimeSessionInputAudioFormat | Unset
            if isinstance(_input_audio_format, Unset):
                input_audio_format = UNSET
            else:
                input_audio_format = check_realtime_session_input_audio_format(_input_audio_format)

        except LENIENT_ERRORS:
            input_audio_format = _raw_input_audio_format

        _raw_output_audio_format = d.pop("output_audio_format", UNSET)
        try:
            _output_audio_format = _raw_output_audio_format
            output_audio_format: RealtimeSessionOutputAudioFormat | Unset
            if isinstance(_output_audio_format, Unset):
                output_audio_format = UNSET
            else:
                output_audio_format = check_realtime_session_output_audio_format(
                    _output_audio_format
                )

        except LENIENT_ERRORS:
            output_audio_format = _raw_output_audio_format

        _raw_input_audio_transcription = d.pop("input_audio_transcription", UNSET)
        try:
            input_audio_transcription = _parse_input_audio_transcription(
                _raw_input_audio_transcription
            )

        except LENIENT_ERRORS:
            input_audio_transcription = _raw_input_audio_transcription

        _raw_turn_detection = d.pop("turn_detection", UNSET)
        try:
            turn_detection = _parse_turn_detection(_raw_turn_detection)

        except LENIENT_ERRORS:
            turn_detection = _raw_turn_detection

        _raw_input_audio_noise_reduction = d.pop("input_audio_noise_reduction", UNSET)
        try:
            _input_audio_noise_reduction = _raw_input_audio_noise_reduction
            input_audio_noise_reduction: RealtimeSessionInputAudioNoiseReduction | Unset
            if isinstance(_input_audio_noise_reduction, Unset):
                input_audio_noise_reduction = UNSET
            else:
                input_audio_noise_reduction = RealtimeSessionInputAudioNoiseReduction.from_dict(
                    _input_audio_noise_reduction
                )

        except LENIENT_ERRORS:
            input_audio_noise_reduction = _raw_input_audio_noise_reduction

        speed = d.pop("speed", UNSET)

        _raw_tracing = d.pop("tracing", UNSET)
        try:
            tracing = _parse_tracing(_raw_tracing)

        except LENIENT_ERRORS:
            tracing = _raw_tracing

        _raw_tools = d.pop("tools", UNSET)
        try:
            _tools = _raw_tools
            tools: list[RealtimeFunctionTool] | Unset = UNSET
            if _tools is not UNSET:
                if not isinstance(_tools, list):
                    raise TypeError()
                tools = []
                for tools_item_data in _tools:
                    try:
                        tools_item = RealtimeFunctionTool.from_dict(tools_item_data)

                    except LENIENT_ERRORS:
                        tools_item = tools_item_data
                    tools.append(tools_item)

        except LENIENT_ERRORS:
            tools = _raw_tools

        tool_choice = d.pop("tool_choice", UNSET)

        temperature = d.pop("temperature", UNSET)

        _raw_max_response_output_tokens = d.pop("max_response_output_tokens", UNSET)
        try:
            max_response_output_tokens = _parse_max_response_output_tokens(
                _raw_max_response_output_tokens
            )

        except LENIENT_ERRORS:
            max_response_output_tokens = _raw_max_response_output_tokens

        expires_at = d.pop("expires_at", UNSET)

        _raw_prompt = d.pop("prompt", UNSET)
        try:
            prompt = _parse_prompt(_raw_prompt)

        except LENIENT_ERRORS:
            prompt = _raw_prompt

        _raw_include = d.pop("include", UNSET)
        try:
            include = _parse_include(_raw_include)

        except LENIENT_ERRORS:
            include = _raw_include

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            modalities=modalities,
            model=model,
            instructions=instructions,
            voice=voice,
            input_audio_format=input_audio_format,
            output_audio_format=output_audio_format,
            input_audio_transcription=input_audio_transcription,
            turn_detection=turn_detection,
            input_audio_noise_reduction=input_audio_noise_reduction,
            speed=speed,
            tracing=tracing,
            tools=tools,
            tool_choice=tool_choice,
            temperature=temperature,
            max_response_output_tokens=max_response_output_tokens,
            expires_at=expires_at,
            prompt=prompt,
            include=include,
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
