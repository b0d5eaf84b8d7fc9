from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.create_speech_request_model_enum import (
    CreateSpeechRequestModelEnum,
    check_create_speech_request_model_enum,
)
from ..models.create_speech_request_response_format import (
    CreateSpeechRequestResponseFormat,
    check_create_speech_request_response_format,
)
from ..models.create_speech_request_stream_format import (
    CreateSpeechRequestStreamFormat,
    check_create_speech_request_stream_format,
)
from ..models.voice_ids_shared_enum import VoiceIdsSharedEnum, check_voice_ids_shared_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VoiceIdsOrCustomVoiceObject
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateSpeechRequest")


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
        return VoiceIdsOrCustomVoiceObject.from_dict(data)
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_voice_ids_shared_type_1 = check_voice_ids_shared_enum(data)

        return componentsschemas_voice_ids_shared_type_1
    except LENIENT_ERRORS:
        pass
    return cast("str | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum", data)


@_attrs_define
class CreateSpeechRequest:
    model: CreateSpeechRequestModelEnum | str
    """ One of the available [TTS models](/docs/models#tts): `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`, or
    `gpt-4o-mini-tts-2025-12-15`.
     """
    input_: str
    """ The text to generate audio for. The maximum length is 4096 characters. """
    voice: str | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum
    """ A built-in voice name or a custom voice reference.
     """
    instructions: str | Unset = UNSET
    """ Control the voice of your generated audio with additional instructions. Does not work with `tts-1` or
    `tts-1-hd`. """
    response_format: CreateSpeechRequestResponseFormat | Unset = UNSET
    """ The format to audio in. Supported formats are `mp3`, `opus`, `aac`, `flac`, `wav`, and `pcm`.

    Server default: `"mp3"`. """
    speed: float | Unset = UNSET
    """ The speed of the generated audio. Select a value from `0.25` to `4.0`. `1.0` is the default.

    Server default: `1`. """
    stream_format: CreateSpeechRequestStreamFormat | Unset = UNSET
    """ The format to stream the audio in. Supported formats are `sse` and `audio`. `sse` is not supported for
    `tts-1` or `tts-1-hd`.

    Server default: `"audio"`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.model, Unset):
            field_dict["model"] = to_json(self.model)
        if not isinstance(self.input_, Unset):
            field_dict["input"] = self.input_
        if not isinstance(self.voice, Unset):
            field_dict["voice"] = to_json(self.voice)
        if self.instructions is not UNSET:
            field_dict["instructions"] = self.instructions
        if self.response_format is not UNSET:
            field_dict["response_format"] = self.response_format
        if self.speed is not UNSET:
            field_dict["speed"] = self.speed
        if self.stream_format is not UNSET:
            field_dict["stream_format"] = self.stream_format
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateSpeechRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        input_ = d.pop("input", UNSET)

        _raw_voice = d.pop("voice", UNSET)
        try:
            voice = _parse_voice(_raw_voice)

        except LENIENT_ERRORS:
            voice = _raw_voice

        instructions = d.pop("instructions", UNSET)

        _raw_response_format = d.pop("response_format", UNSET)
        try:
            _response_format = _raw_response_format
            response_format: CreateSpeechRequestResponseFormat | Unset
            if isinstance(_response_format, Unset):
                response_format = UNSET
            else:
                response_format = check_create_speech_request_response_format(_response_format)

        except LENIENT_ERRORS:
            response_format = _raw_response_format

        speed = d.pop("speed", UNSET)

        _raw_stream_format = d.pop("stream_format", UNSET)
        try:
            _stream_format = _raw_stream_format
            stream_format: CreateSpeechRequestStreamFormat | Unset
            if isinstance(_stream_format, Unset):
                stream_format = UNSET
            else:
                stream_format = check_create_speech_request_stream_format(_stream_format)

        except LENIENT_ERRORS:
            stream_format = _raw_stream_format

        parsed_obj_ = cls(
            model=model,
            input_=input_,
            voice=voice,
            instructions=instructions,
            response_format=response_format,
            speed=speed,
            stream_format=stream_format,
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
