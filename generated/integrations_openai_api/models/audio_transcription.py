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
from ..models.audio_transcription_delay import (
    AudioTranscriptionDelay,
)
from ..models.audio_transcription_model_enum import (
    AudioTranscriptionModelEnum,
    check_audio_transcription_model_enum,
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


@_attrs_define(repr=False)
class AudioTranscription(ApiModel):
    model: AudioTranscriptionModelEnum | str | None = ABSENT
    """ The model to use for transcription. Current options are `whisper-1`, `gpt-4o-mini-transcribe`, `gpt-4o-mini-
    transcribe-2025-12-15`, `gpt-4o-transcribe`, `gpt-4o-transcribe-diarize`, and `gpt-realtime-whisper`. Use
    `gpt-4o-transcribe-diarize` when you need diarization with speaker labels.
     """

    language: str | None = ABSENT
    """ The language of the input audio. Supplying the input language in
    [ISO-639-1](https://en.wikipedia.org/wiki/List_of_ISO_639-1_codes) (e.g. `en`) format
    will improve accuracy and latency.
     """

    prompt: str | None = ABSENT
    """ An optional text to guide the model's style or continue a previous audio
    segment.
    For `whisper-1`, the [prompt is a list of keywords](https://platform.openai.com/docs/guides/speech-to-
    text#prompting).
    For `gpt-4o-transcribe` models (excluding `gpt-4o-transcribe-diarize`), the prompt is a free text string, for
    example "expect words related to technology".
    Prompt is not supported with `gpt-realtime-whisper` in GA Realtime sessions.
     """

    delay: AudioTranscriptionDelay | str | None = ABSENT
    """ Controls how long the model waits before emitting transcription text.
    Higher values can improve transcription accuracy at the cost of latency.
    Only supported with `gpt-realtime-whisper` in GA Realtime sessions.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("delay", "delay"),
        ("language", "language"),
        ("model", "model"),
        ("prompt", "prompt"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "model": "AudioTranscriptionModelEnum | str | Unset",
        "language": "str | Unset",
        "prompt": "str | Unset",
        "delay": "AudioTranscriptionDelay | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.delay
        if value_1 is None:
            if "delay" in present:
                out["delay"] = None
        else:
            out["delay"] = value_1
        value_2 = self.language
        if value_2 is None:
            if "language" in present:
                out["language"] = None
        else:
            out["language"] = value_2
        value_3 = self.model
        if value_3 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_3)
        value_4 = self.prompt
        if value_4 is None:
            if "prompt" in present:
                out["prompt"] = None
        else:
            out["prompt"] = value_4
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
        parsed_obj_.delay = get_("delay")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
