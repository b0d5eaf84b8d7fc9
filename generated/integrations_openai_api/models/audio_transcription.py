from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.audio_transcription_delay import (
    AudioTranscriptionDelay,
    check_audio_transcription_delay,
)
from ..models.audio_transcription_model_enum import (
    AudioTranscriptionModelEnum,
    check_audio_transcription_model_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioTranscription")


def _parse_model(data: object) -> AudioTranscriptionModelEnum | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_audio_transcription_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("AudioTranscriptionModelEnum | str | Unset", data)


@_attrs_define
class AudioTranscription:
    model: AudioTranscriptionModelEnum | str | Unset = UNSET
    """ The model to use for transcription. Current options are `whisper-1`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-
    transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`. Use
    `gpt-4o-transcribe-diarize` when you need diarization with speaker labels.
     """
    language: str | Unset = UNSET
    """ The language of the input audio. Supplying the input language in
    [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format
    will improve accuracy and latency.
     """
    prompt: str | Unset = UNSET
    """ An optional text to guide the model's style or continue a previous audio
    segment.
    For `whisper-1`, the [prompt is a list of keywords](/docs/guides/speech-to-text#prompting).
    For `gpt-4o-transcribe` models (excluding `gpt-4o-transcribe-diarize`), the prompt is a free text string, for
    example "expect words related to technology".
    Prompt is not supported with `gpt-realtime-whisper` in GA Realtime sessions.
     """
    delay: AudioTranscriptionDelay | Unset = UNSET
    """ Controls how long the model waits before emitting transcription text.
    Higher values can improve transcription accuracy at the cost of latency.
    Only supported with `gpt-realtime-whisper` in GA Realtime sessions.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "delay": (
            "high",
            "low",
            "medium",
            "minimal",
            "xhigh",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "language",
            "prompt",
            "delay",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.model is not UNSET:
            field_dict["model"] = to_json(self.model)
        if self.language is not UNSET:
            field_dict["language"] = self.language
        if self.prompt is not UNSET:
            field_dict["prompt"] = self.prompt
        if self.delay is not UNSET:
            field_dict["delay"] = self.delay
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AudioTranscription: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        language = d.pop("language", UNSET)

        prompt = d.pop("prompt", UNSET)

        _raw_delay = d.pop("delay", UNSET)
        try:
            _delay = _raw_delay
            delay: AudioTranscriptionDelay | Unset
            if isinstance(_delay, Unset):
                delay = UNSET
            else:
                delay = check_audio_transcription_delay(_delay)

        except LENIENT_ERRORS:
            delay = _raw_delay

        parsed_obj_ = cls(
            model=model,
            language=language,
            prompt=prompt,
            delay=delay,
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
