from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
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


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponseGAAudioInput")


def _parse_format_(
    data: object,
) -> (
    None
    | RealtimeAudioFormatsPCMAAudioFormat
    | RealtimeAudioFormatsPCMAudioFormat
    | RealtimeAudioFormatsPCMUAudioFormat
    | Unset
):
    if data is None:
        return data
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
                "None | RealtimeAudioFormatsPCMAAudioFormat | RealtimeAudioFormatsPCMAudioFormat | RealtimeAudioFormatsPCMUAudioFormat | Unset",
                UnknownVariant(data),
            )
        return cast(
            "None | RealtimeAudioFormatsPCMAAudioFormat | RealtimeAudioFormatsPCMAudioFormat | RealtimeAudioFormatsPCMUAudioFormat | Unset",
            variant.from_dict(data),
        )
    return cast(
        "None | RealtimeAudioFormatsPCMAAudioFormat | RealtimeAudioFormatsPCMAudioFormat | RealtimeAudioFormatsPCMUAudioFormat | Unset",
        data,
    )


def _parse_transcription(data: object) -> AudioTranscriptionResponse | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AudioTranscriptionResponse.from_dict(data)
    return cast("AudioTranscriptionResponse | None | Unset", data)


def _parse_noise_reduction(
    data: object,
) -> None | RealtimeSessionCreateResponseAudioInputNoiseReduction | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeSessionCreateResponseAudioInputNoiseReduction.from_dict(data)
    return cast("None | RealtimeSessionCreateResponseAudioInputNoiseReduction | Unset", data)


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


@_attrs_define
class RealtimeTranscriptionSessionCreateResponseGAAudioInput:
    format_: (
        None
        | RealtimeAudioFormatsPCMAAudioFormat
        | RealtimeAudioFormatsPCMAudioFormat
        | RealtimeAudioFormatsPCMUAudioFormat
        | Unset
    ) = UNSET
    transcription: AudioTranscriptionResponse | None | Unset = UNSET
    noise_reduction: None | RealtimeSessionCreateResponseAudioInputNoiseReduction | Unset = UNSET
    turn_detection: (
        None | RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection | Unset
    ) = UNSET
    """ Configuration for turn detection. For `gpt-realtime-whisper`, this must be `null`; VAD is not supported.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.format_ is not UNSET:
            field_dict["format"] = to_json(self.format_)
        if self.transcription is not UNSET:
            field_dict["transcription"] = to_json(self.transcription)
        if self.noise_reduction is not UNSET:
            field_dict["noise_reduction"] = to_json(self.noise_reduction)
        if self.turn_detection is not UNSET:
            field_dict["turn_detection"] = to_json(self.turn_detection)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranscriptionSessionCreateResponseGAAudioInput: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_format_ = d.pop("format", UNSET)
        try:
            format_ = _parse_format_(_raw_format_)

        except LENIENT_ERRORS:
            format_ = _raw_format_

        _raw_transcription = d.pop("transcription", UNSET)
        try:
            transcription = _parse_transcription(_raw_transcription)

        except LENIENT_ERRORS:
            transcription = _raw_transcription

        _raw_noise_reduction = d.pop("noise_reduction", UNSET)
        try:
            noise_reduction = _parse_noise_reduction(_raw_noise_reduction)

        except LENIENT_ERRORS:
            noise_reduction = _raw_noise_reduction

        _raw_turn_detection = d.pop("turn_detection", UNSET)
        try:
            turn_detection = _parse_turn_detection(_raw_turn_detection)

        except LENIENT_ERRORS:
            turn_detection = _raw_turn_detection

        parsed_obj_ = cls(
            format_=format_,
            transcription=transcription,
            noise_reduction=noise_reduction,
            turn_detection=turn_detection,
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
