from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.audio_transcription_model_enum import (
    AudioTranscriptionModelEnum,
    check_audio_transcription_model_enum,
)
from ..types import UNSET, Unset


def _parse_model(data: object) -> AudioTranscriptionModelEnum | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_audio_transcription_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("AudioTranscriptionModelEnum | None | str | Unset", data)


def _parse_language(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_prompt(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class AudioTranscriptionResponse(ApiModel):
    model: AudioTranscriptionModelEnum | str | None = ABSENT
    """ The model used for transcription. Current options are `whisper-1`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-
    transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`.
     """

    language: str | None = ABSENT
    """ The language of the input audio.
     """

    prompt: str | None = ABSENT
    """ The prompt configured for input audio transcription, when present.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("language", "language"),
        ("prompt", "prompt"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "model": "AudioTranscriptionModelEnum | None | str | Unset",
        "language": "None | str | Unset",
        "prompt": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "language",
            "prompt",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_model = d.pop("model", UNSET)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model

        _raw_language = d.pop("language", UNSET)
        try:
            language = _parse_language(_raw_language)

        except LENIENT_ERRORS:
            language = _raw_language

        _raw_prompt = d.pop("prompt", UNSET)
        try:
            prompt = _parse_prompt(_raw_prompt)

        except LENIENT_ERRORS:
            prompt = _raw_prompt

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.model = None if isinstance(model, Unset) else model
        parsed_obj_.language = None if isinstance(language, Unset) else language
        parsed_obj_.prompt = None if isinstance(prompt, Unset) else prompt
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
