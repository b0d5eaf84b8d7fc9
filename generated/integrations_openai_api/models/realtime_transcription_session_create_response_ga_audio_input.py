from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_transcription_response import AudioTranscriptionResponse
    from ..models.realtime_audio_formats_pcm_audio_format import RealtimeAudioFormatsPCMAudioFormat
    from ..models.realtime_audio_formats_pcma_audio_format import (
        RealtimeAudioFormatsPCMAAudioFormat,
    )
    from ..models.realtime_audio_formats_pcmu_audio_format import (
        RealtimeAudioFormatsPCMUAudioFormat,
    )
    from ..models.realtime_session_create_response_audio_input_noise_reduction import (
        RealtimeSessionCreateResponseAudioInputNoiseReduction,
    )
    from ..models.realtime_transcription_session_create_response_ga_audio_input_turn_detection import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        AudioTranscriptionResponse, \
        RealtimeAudioFormatsPCMAudioFormat, \
        RealtimeAudioFormatsPCMAAudioFormat, \
        RealtimeAudioFormatsPCMUAudioFormat, \
        RealtimeSessionCreateResponseAudioInputNoiseReduction, \
        RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection
    from ..models.audio_transcription_response import AudioTranscriptionResponse  # noqa: PLC0415
    from ..models.realtime_audio_formats_pcm_audio_format import RealtimeAudioFormatsPCMAudioFormat  # noqa: PLC0415
    from ..models.realtime_audio_formats_pcma_audio_format import (
        RealtimeAudioFormatsPCMAAudioFormat,  # noqa: PLC0415
    )
    from ..models.realtime_audio_formats_pcmu_audio_format import (
        RealtimeAudioFormatsPCMUAudioFormat,  # noqa: PLC0415
    )
    from ..models.realtime_session_create_response_audio_input_noise_reduction import (
        RealtimeSessionCreateResponseAudioInputNoiseReduction,  # noqa: PLC0415
    )
    from ..models.realtime_transcription_session_create_response_ga_audio_input_turn_detection import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection,  # noqa: PLC0415
    )

    _lazy_loaded = True


def _parse_format_(
    data: object,
) -> (
    RealtimeAudioFormatsPCMAAudioFormat
    | RealtimeAudioFormatsPCMAudioFormat
    | RealtimeAudioFormatsPCMUAudioFormat
    | Unset
):
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RealtimeAudioFormatsPCMAudioFormat,
                RealtimeAudioFormatsPCMUAudioFormat,
                RealtimeAudioFormatsPCMAAudioFormat,
            ),
        )
        if variant is None:
            return cast(
                "RealtimeAudioFormatsPCMAAudioFormat | RealtimeAudioFormatsPCMAudioFormat | RealtimeAudioFormatsPCMUAudioFormat | Unset",
                UnknownVariant(data),
            )
        return cast(
            "RealtimeAudioFormatsPCMAAudioFormat | RealtimeAudioFormatsPCMAudioFormat | RealtimeAudioFormatsPCMUAudioFormat | Unset",
            variant.from_dict(data),
        )
    return cast(
        "RealtimeAudioFormatsPCMAAudioFormat | RealtimeAudioFormatsPCMAudioFormat | RealtimeAudioFormatsPCMUAudioFormat | Unset",
        data,
    )


def _parse_turn_detection(
    data: object,
) -> None | RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection.from_dict(data)
    return cast(
        "None | RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection | Unset", data
    )


@_attrs_define(repr=False)
class RealtimeTranscriptionSessionCreateResponseGAAudioInput(ApiModel):
    format: (
        RealtimeAudioFormatsPCMAAudioFormat
        | RealtimeAudioFormatsPCMAudioFormat
        | RealtimeAudioFormatsPCMUAudioFormat
        | UnknownVariant
        | None
    ) = ABSENT

    transcription: AudioTranscriptionResponse | None = ABSENT

    noise_reduction: RealtimeSessionCreateResponseAudioInputNoiseReduction | None = ABSENT
    """ Configuration for input audio noise reduction.
     """

    turn_detection: RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection | None = (
        ABSENT
    )
    """ Configuration for turn detection. For `gpt-realtime-whisper`, this must be `null`; VAD is not supported.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("format", "format"),
        ("noise_reduction", "noise_reduction"),
        ("transcription", "transcription"),
        ("turn_detection", "turn_detection"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "format": "RealtimeAudioFormatsPCMAAudioFormat | RealtimeAudioFormatsPCMAudioFormat | RealtimeAudioFormatsPCMUAudioFormat | Unset",
        "transcription": "AudioTranscriptionResponse | Unset",
        "noise_reduction": "RealtimeSessionCreateResponseAudioInputNoiseReduction | Unset",
        "turn_detection": "None | RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "format",
            "transcription",
            "noise_reduction",
            "turn_detection",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.format
        if value_1 is None:
            if "format" in present:
                out["format"] = None
        else:
            out["format"] = to_json(value_1)
        value_2 = self.noise_reduction
        if value_2 is None:
            if "noise_reduction" in present:
                out["noise_reduction"] = None
        else:
            out["noise_reduction"] = to_json(value_2)
        value_3 = self.transcription
        if value_3 is None:
            if "transcription" in present:
                out["transcription"] = None
        else:
            out["transcription"] = to_json(value_3)
        value_4 = self.turn_detection
        if value_4 is None:
            if "turn_detection" in present:
                out["turn_detection"] = None
        else:
            out["turn_detection"] = to_json(value_4)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_format_ = d.pop("format", UNSET)
        if _raw_format_ is not UNSET:
            try:
                format_ = _parse_format_(_raw_format_)

            except LENIENT_ERRORS:
                format_ = _raw_format_
        else:
            format_ = _raw_format_

        _raw_transcription = d.pop("transcription", UNSET)
        try:
            _transcription = _raw_transcription
            transcription: AudioTranscriptionResponse | Unset
            if isinstance(_transcription, Unset):
                transcription = UNSET
            else:
                transcription = AudioTranscriptionResponse.from_dict(_transcription)

        except LENIENT_ERRORS:
            transcription = _raw_transcription

        _raw_noise_reduction = d.pop("noise_reduction", UNSET)
        try:
            _noise_reduction = _raw_noise_reduction
            noise_reduction: RealtimeSessionCreateResponseAudioInputNoiseReduction | Unset
            if isinstance(_noise_reduction, Unset):
                noise_reduction = UNSET
            else:
                noise_reduction = RealtimeSessionCreateResponseAudioInputNoiseReduction.from_dict(
                    _noise_reduction
                )

        except LENIENT_ERRORS:
            noise_reduction = _raw_noise_reduction

        _raw_turn_detection = d.pop("turn_detection", UNSET)
        if _raw_turn_detection is not None and _raw_turn_detection is not UNSET:
            try:
                turn_detection = _parse_turn_detection(_raw_turn_detection)

            except LENIENT_ERRORS:
                turn_detection = _raw_turn_detection
        else:
            turn_detection = _raw_turn_detection

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.format = None if isinstance(format_, Unset) else format_
        parsed_obj_.transcription = None if isinstance(transcription, Unset) else transcription
        parsed_obj_.noise_reduction = (
            None if isinstance(noise_reduction, Unset) else noise_reduction
        )
        parsed_obj_.turn_detection = None if isinstance(turn_detection, Unset) else turn_detection
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
