from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_transcription import AudioTranscription
    from ..models.realtime_audio_formats_pcm_audio_format import RealtimeAudioFormatsPCMAudioFormat
    from ..models.realtime_audio_formats_pcma_audio_format import (
        RealtimeAudioFormatsPCMAAudioFormat,
    )
    from ..models.realtime_audio_formats_pcmu_audio_format import (
        RealtimeAudioFormatsPCMUAudioFormat,
    )
    from ..models.realtime_session_create_request_ga_audio_input_noise_reduction import (
        RealtimeSessionCreateRequestGAAudioInputNoiseReduction,
    )
    from ..models.realtime_turn_detection_semantic_vad import RealtimeTurnDetectionSemanticVAD
    from ..models.realtime_turn_detection_server_vad import RealtimeTurnDetectionServerVAD

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        AudioTranscription, \
        RealtimeAudioFormatsPCMAudioFormat, \
        RealtimeAudioFormatsPCMAAudioFormat, \
        RealtimeAudioFormatsPCMUAudioFormat, \
        RealtimeSessionCreateRequestGAAudioInputNoiseReduction, \
        RealtimeTurnDetectionSemanticVAD, \
        RealtimeTurnDetectionServerVAD
    from ..models.audio_transcription import AudioTranscription  # noqa: PLC0415
    from ..models.realtime_audio_formats_pcm_audio_format import RealtimeAudioFormatsPCMAudioFormat  # noqa: PLC0415
    from ..models.realtime_audio_formats_pcma_audio_format import (
        RealtimeAudioFormatsPCMAAudioFormat,  # noqa: PLC0415
    )
    from ..models.realtime_audio_formats_pcmu_audio_format import (
        RealtimeAudioFormatsPCMUAudioFormat,  # noqa: PLC0415
    )
    from ..models.realtime_session_create_request_ga_audio_input_noise_reduction import (
        RealtimeSessionCreateRequestGAAudioInputNoiseReduction,  # noqa: PLC0415
    )
    from ..models.realtime_turn_detection_semantic_vad import RealtimeTurnDetectionSemanticVAD  # noqa: PLC0415
    from ..models.realtime_turn_detection_server_vad import RealtimeTurnDetectionServerVAD  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
) -> None | RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RealtimeTurnDetectionServerVAD,
                RealtimeTurnDetectionSemanticVAD,
            ),
        )
        if variant is None:
            return cast(
                "None | RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD | Unset",
                UnknownVariant(data),
            )
        return cast(
            "None | RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD | Unset",
            variant.from_dict(data),
        )
    return cast(
        "None | RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD | Unset", data
    )


@_attrs_define(repr=False)
class RealtimeSessionCreateRequestGAAudioInput(ApiModel):
    format: (
        RealtimeAudioFormatsPCMAAudioFormat
        | RealtimeAudioFormatsPCMAudioFormat
        | RealtimeAudioFormatsPCMUAudioFormat
        | UnknownVariant
        | None
    ) = ABSENT

    transcription: AudioTranscription | None = ABSENT

    noise_reduction: RealtimeSessionCreateRequestGAAudioInputNoiseReduction | None = ABSENT
    """ Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance
    by improving perception of the input audio.

    Server default: `null`. """

    turn_detection: (
        RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD | UnknownVariant | None
    ) = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("format", "format"),
        ("noise_reduction", "noise_reduction"),
        ("transcription", "transcription"),
        ("turn_detection", "turn_detection"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "format": "RealtimeAudioFormatsPCMAAudioFormat | RealtimeAudioFormatsPCMAudioFormat | RealtimeAudioFormatsPCMUAudioFormat | Unset",
        "transcription": "AudioTranscription | Unset",
        "noise_reduction": "RealtimeSessionCreateRequestGAAudioInputNoiseReduction | Unset",
        "turn_detection": "None | RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD | Unset",
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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_format_ = get_("format", UNSET)
        if _raw_format_ is not UNSET:
            try:
                format_ = _parse_format_(_raw_format_)

            except LENIENT_ERRORS:
                format_ = _raw_format_
        else:
            format_ = _raw_format_
        parsed_obj_.format = None if isinstance(format_, Unset) else format_
        transcription = get_("transcription")
        if transcription is not None:
            try:
                transcription = (
                    AudioTranscription._from_dict_(transcription)
                    if transcription.__class__ is dict
                    else AudioTranscription.from_dict(transcription)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.transcription = transcription
        noise_reduction = get_("noise_reduction")
        if noise_reduction is not None:
            try:
                noise_reduction = (
                    RealtimeSessionCreateRequestGAAudioInputNoiseReduction._from_dict_(
                        noise_reduction
                    )
                    if noise_reduction.__class__ is dict
                    else RealtimeSessionCreateRequestGAAudioInputNoiseReduction.from_dict(
                        noise_reduction
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.noise_reduction = noise_reduction
        _raw_turn_detection = get_("turn_detection", UNSET)
        if _raw_turn_detection is not None and _raw_turn_detection is not UNSET:
            try:
                turn_detection = _parse_turn_detection(_raw_turn_detection)

            except LENIENT_ERRORS:
                turn_detection = _raw_turn_detection
        else:
            turn_detection = _raw_turn_detection
        parsed_obj_.turn_detection = None if isinstance(turn_detection, Unset) else turn_detection
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
