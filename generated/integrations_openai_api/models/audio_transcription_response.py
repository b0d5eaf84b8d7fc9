from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.audio_transcription_model_enum import (
    AudioTranscriptionModelEnum,
    check_audio_transcription_model_enum,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AudioTranscriptionResponse")


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


@_attrs_define
class AudioTranscriptionResponse:
    model: AudioTranscriptionModelEnum | None | str | Unset = UNSET
    """ The model used for transcription. Current options are `whisper-1`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-
    transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`.
     """
    language: None | str | Unset = UNSET
    """ The language of the input audio.
     """
    prompt: None | str | Unset = UNSET
    """ The prompt configured for input audio transcription, when present.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "language",
            "prompt",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.model is not UNSET:
            field_dict["model"] = to_json(self.model)
        if self.language is not UNSET:
            field_dict["language"] = to_json(self.language)
        if self.prompt is not UNSET:
            field_dict["prompt"] = to_json(self.prompt)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AudioTranscriptionResponse: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
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

        parsed_obj_ = cls(
            model=model,
            language=language,
            prompt=prompt,
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
