from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_translation_session_audio_input_noise_reduction import (
        RealtimeTranslationSessionAudioInputNoiseReduction,
    )
    from ..models.realtime_translation_session_audio_input_transcription import (
        RealtimeTranslationSessionAudioInputTranscription,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RealtimeTranslationSessionAudioInputNoiseReduction, \
        RealtimeTranslationSessionAudioInputTranscription
    from ..models.realtime_translation_session_audio_input_noise_reduction import (
        RealtimeTranslationSessionAudioInputNoiseReduction,  # noqa: PLC0415
    )
    from ..models.realtime_translation_session_audio_input_transcription import (
        RealtimeTranslationSessionAudioInputTranscription,  # noqa: PLC0415
    )

    _lazy_loaded = True


def _parse_transcription(
    data: object,
) -> None | RealtimeTranslationSessionAudioInputTranscription | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeTranslationSessionAudioInputTranscription.from_dict(data)
    return cast("None | RealtimeTranslationSessionAudioInputTranscription | Unset", data)


def _parse_noise_reduction(
    data: object,
) -> None | RealtimeTranslationSessionAudioInputNoiseReduction | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeTranslationSessionAudioInputNoiseReduction.from_dict(data)
    return cast("None | RealtimeTranslationSessionAudioInputNoiseReduction | Unset", data)


@_attrs_define(repr=False)
class RealtimeTranslationSessionAudioInput(ApiModel):
    transcription: RealtimeTranslationSessionAudioInputTranscription | None = ABSENT

    noise_reduction: RealtimeTranslationSessionAudioInputNoiseReduction | None = ABSENT

    _sdk_name_: ClassVar[str] = "AudioInput"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("noise_reduction", "noise_reduction"),
        ("transcription", "transcription"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "transcription": "None | RealtimeTranslationSessionAudioInputTranscription | Unset",
        "noise_reduction": "None | RealtimeTranslationSessionAudioInputNoiseReduction | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "transcription",
            "noise_reduction",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.noise_reduction
        if value_1 is None:
            if "noise_reduction" in present:
                out["noise_reduction"] = None
        else:
            out["noise_reduction"] = to_json(value_1)
        value_2 = self.transcription
        if value_2 is None:
            if "transcription" in present:
                out["transcription"] = None
        else:
            out["transcription"] = to_json(value_2)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_transcription = d.pop("transcription", UNSET)
        if _raw_transcription is not None and _raw_transcription is not UNSET:
            try:
                transcription = _parse_transcription(_raw_transcription)

            except LENIENT_ERRORS:
                transcription = _raw_transcription
        else:
            transcription = _raw_transcription

        _raw_noise_reduction = d.pop("noise_reduction", UNSET)
        if _raw_noise_reduction is not None and _raw_noise_reduction is not UNSET:
            try:
                noise_reduction = _parse_noise_reduction(_raw_noise_reduction)

            except LENIENT_ERRORS:
                noise_reduction = _raw_noise_reduction
        else:
            noise_reduction = _raw_noise_reduction

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.transcription = None if isinstance(transcription, Unset) else transcription
        parsed_obj_.noise_reduction = (
            None if isinstance(noise_reduction, Unset) else noise_reduction
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
