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

    _sdk_name_: ClassVar[str] = "AudioTranscription"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("language", "language"),
        ("model", "model"),
        ("prompt", "prompt"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "model": "AudioTranscriptionModelEnum | str | Unset",
        "language": "str | Unset",
        "prompt": "str | Unset",
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.language
        if value_1 is None:
            if "language" in present:
                out["language"] = None
        else:
            out["language"] = value_1
        value_2 = self.model
        if value_2 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_2)
        value_3 = self.prompt
        if value_3 is None:
            if "prompt" in present:
                out["prompt"] = None
        else:
            out["prompt"] = value_3
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
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
