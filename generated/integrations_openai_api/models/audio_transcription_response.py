from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.audio_transcription_model_enum import (
    AudioTranscriptionModelEnum,
    check_audio_transcription_model_enum,
)
from ..models.audio_transcription_response_delay import (
    AudioTranscriptionResponseDelay,
    check_audio_transcription_response_delay,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


def _parse_delay(data: object) -> AudioTranscriptionResponseDelay | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        delay_type_0 = check_audio_transcription_response_delay(data)

        return delay_type_0
    except LENIENT_ERRORS:
        pass
    return cast("AudioTranscriptionResponseDelay | None | Unset", data)


def _parse_keywords(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        keywords_type_0 = cast("list[str]", data)

        return keywords_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


def _parse_languages(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        languages_type_0 = cast("list[str]", data)

        return languages_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


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

    delay: AudioTranscriptionResponseDelay | str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `AudioTranscription` has it (the live API sends it). Reads None
    when absent. """

    keywords: list[str] | None = ABSENT
    """ Not in the pinned spec; the official SDK's `AudioTranscription` has it (the live API sends it). Reads None
    when absent. """

    languages: list[str] | None = ABSENT
    """ Not in the pinned spec; the official SDK's `AudioTranscription` has it (the live API sends it). Reads None
    when absent. """

    _sdk_name_: ClassVar[str] = "AudioTranscription"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("delay", "delay"),
        ("keywords", "keywords"),
        ("language", "language"),
        ("languages", "languages"),
        ("model", "model"),
        ("prompt", "prompt"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "model": "AudioTranscriptionModelEnum | str | Unset",
        "language": "str | Unset",
        "prompt": "str | Unset",
        "delay": "AudioTranscriptionResponseDelay | None | Unset",
        "keywords": "list[str] | None | Unset",
        "languages": "list[str] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "language",
            "prompt",
            "delay",
            "keywords",
            "languages",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.delay
        if value_1 is None:
            if "delay" in present:
                out["delay"] = None
        else:
            out["delay"] = to_json(value_1)
        value_2 = self.keywords
        if value_2 is None:
            if "keywords" in present:
                out["keywords"] = None
        else:
            out["keywords"] = to_json(value_2)
        value_3 = self.language
        if value_3 is None:
            if "language" in present:
                out["language"] = None
        else:
            out["language"] = value_3
        value_4 = self.languages
        if value_4 is None:
            if "languages" in present:
                out["languages"] = None
        else:
            out["languages"] = to_json(value_4)
        value_5 = self.model
        if value_5 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_5)
        value_6 = self.prompt
        if value_6 is None:
            if "prompt" in present:
                out["prompt"] = None
        else:
            out["prompt"] = value_6
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_model = get_("model", UNSET)
        if _raw_model is not UNSET:
            try:
                model = _parse_model(_raw_model)

            except LENIENT_ERRORS:
                model = _raw_model
        else:
            model = _raw_model
        parsed_obj_.model = None if isinstance(model, Unset) else model
        parsed_obj_.language = get_("language")
        parsed_obj_.prompt = get_("prompt")
        _raw_delay = get_("delay", UNSET)
        if _raw_delay is not None and _raw_delay is not UNSET:
            try:
                delay = _parse_delay(_raw_delay)

            except LENIENT_ERRORS:
                delay = _raw_delay
        else:
            delay = _raw_delay
        parsed_obj_.delay = None if isinstance(delay, Unset) else delay
        _raw_keywords = get_("keywords", UNSET)
        if _raw_keywords is not None and _raw_keywords is not UNSET:
            try:
                keywords = _parse_keywords(_raw_keywords)

            except LENIENT_ERRORS:
                keywords = _raw_keywords
        else:
            keywords = _raw_keywords
        parsed_obj_.keywords = None if isinstance(keywords, Unset) else keywords
        _raw_languages = get_("languages", UNSET)
        if _raw_languages is not None and _raw_languages is not UNSET:
            try:
                languages = _parse_languages(_raw_languages)

            except LENIENT_ERRORS:
                languages = _raw_languages
        else:
            languages = _raw_languages
        parsed_obj_.languages = None if isinstance(languages, Unset) else languages
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
