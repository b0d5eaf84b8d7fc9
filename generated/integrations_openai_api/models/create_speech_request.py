from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.create_speech_request_model_enum import (
    CreateSpeechRequestModelEnum,
    check_create_speech_request_model_enum,
)
from ..models.create_speech_request_response_format import (
    CreateSpeechRequestResponseFormat,
)
from ..models.create_speech_request_stream_format import (
    CreateSpeechRequestStreamFormat,
)
from ..models.voice_ids_shared_enum import VoiceIdsSharedEnum, check_voice_ids_shared_enum

if TYPE_CHECKING:
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VoiceIdsOrCustomVoiceObject
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_model(data: object) -> CreateSpeechRequestModelEnum | str:
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_create_speech_request_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("CreateSpeechRequestModelEnum | str", data)


def _parse_voice(data: object) -> str | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum:
    if isinstance(data, dict):
        return VoiceIdsOrCustomVoiceObject._from_dict_(data)
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_voice_ids_shared_type_1 = check_voice_ids_shared_enum(data)

        return componentsschemas_voice_ids_shared_type_1
    except LENIENT_ERRORS:
        pass
    return cast("str | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum", data)


@_attrs_define(repr=False)
class CreateSpeechRequest(ApiModel):
    model: CreateSpeechRequestModelEnum | str
    """ One of the available [TTS models](https://platform.openai.com/docs/models#tts): `tts-1`, `tts-1-hd`,
    `gpt-4o-mini-tts`, or `gpt-4o-mini-tts-2025-12-15`.
     """

    input: str
    """ The text to generate audio for. The maximum length is 4096 characters. """

    voice: str | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum
    """ A built-in voice name or a custom voice reference.
     """

    instructions: str | None = ABSENT
    """ Control the voice of your generated audio with additional instructions. Does not work with `tts-1` or
    `tts-1-hd`. """

    response_format: CreateSpeechRequestResponseFormat | str | None = ABSENT
    """ The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`, `wav`, and `pcm`.

    Server default: `"mp3"`. """

    speed: float | None = ABSENT
    """ The speed of the generated audio. Select a value from `0.25` to `4.0`. `1.0` is the default.

    Server default: `1`. """

    stream_format: CreateSpeechRequestStreamFormat | str | None = ABSENT
    """ The format to stream the audio in. Supported formats are `sse` and `audio`. `sse` is not supported for
    `tts-1` or `tts-1-hd`.

    Server default: `"audio"`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("input", "input"),
        ("voice", "voice"),
        ("instructions", "instructions"),
        ("response_format", "response_format"),
        ("speed", "speed"),
        ("stream_format", "stream_format"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "model": "CreateSpeechRequestModelEnum | str",
        "input": "str",
        "voice": "str | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum",
        "instructions": "str | Unset",
        "response_format": "CreateSpeechRequestResponseFormat | Unset",
        "speed": "float | Unset",
        "stream_format": "CreateSpeechRequestStreamFormat | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "response_format": (
            "aac",
            "flac",
            "mp3",
            "opus",
            "pcm",
            "wav",
        ),
        "stream_format": (
            "audio",
            "sse",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "model",
        "input",
        "voice",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "input",
            "voice",
            "instructions",
            "response_format",
            "speed",
            "stream_format",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.model
        if value_1 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_1)
        value_2 = self.input
        if value_2 is None:
            if "input" in present:
                out["input"] = None
        else:
            out["input"] = value_2
        value_3 = self.voice
        if value_3 is None:
            if "voice" in present:
                out["voice"] = None
        else:
            out["voice"] = to_json(value_3)
        value_4 = self.instructions
        if value_4 is None:
            if "instructions" in present:
                out["instructions"] = None
        else:
            out["instructions"] = value_4
        value_5 = self.response_format
        if value_5 is None:
            if "response_format" in present:
                out["response_format"] = None
        else:
            out["response_format"] = value_5
        value_6 = self.speed
        if value_6 is None:
            if "speed" in present:
                out["speed"] = None
        else:
            out["speed"] = value_6
        value_7 = self.stream_format
        if value_7 is None:
            if "stream_format" in present:
                out["stream_format"] = None
        else:
            out["stream_format"] = value_7
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
        _raw_model = get_("model", None)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model
        parsed_obj_.model = model
        parsed_obj_.input = get_("input")
        _raw_voice = get_("voice", None)
        try:
            voice = _parse_voice(_raw_voice)

        except LENIENT_ERRORS:
            voice = _raw_voice
        parsed_obj_.voice = voice
        parsed_obj_.instructions = get_("instructions")
        parsed_obj_.response_format = get_("response_format")
        parsed_obj_.speed = as_float(get_("speed"))
        parsed_obj_.stream_format = get_("stream_format")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
