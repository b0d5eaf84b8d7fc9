from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.realtime_session_input_audio_format import (
    RealtimeSessionInputAudioFormat,
    check_realtime_session_input_audio_format,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_transcription import AudioTranscription
    from ..models.realtime_session_input_audio_noise_reduction import (
        RealtimeSessionInputAudioNoiseReduction,
    )
    from ..models.realtime_transcription_session_create_request_turn_detection import (
        RealtimeTranscriptionSessionCreateRequestTurnDetection,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        AudioTranscription, \
        RealtimeSessionInputAudioNoiseReduction, \
        RealtimeTranscriptionSessionCreateRequestTurnDetection
    from ..models.audio_transcription import AudioTranscription  # noqa: PLC0415
    from ..models.realtime_session_input_audio_noise_reduction import (
        RealtimeSessionInputAudioNoiseReduction,  # noqa: PLC0415
    )
    from ..models.realtime_transcription_session_create_request_turn_detection import (
        RealtimeTranscriptionSessionCreateRequestTurnDetection,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateRequest")


@_attrs_define
class RealtimeTranscriptionSessionCreateRequest:
    """Realtime transcription session object configuration."""

    turn_detection: RealtimeTranscriptionSessionCreateRequestTurnDetection | Unset = UNSET
    """ Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will
    detect the start and end of speech based on audio volume and respond at the end of user speech.
     """
    input_audio_noise_reduction: RealtimeSessionInputAudioNoiseReduction | Unset = UNSET
    """ Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance
    by improving perception of the input audio.

    Server default: `null`. """
    input_audio_format: RealtimeSessionInputAudioFormat | Unset = UNSET
    """ The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
    single channel (mono), and little-endian byte order.

    Server default: `"pcm16"`. """
    input_audio_transcription: AudioTranscription | Unset = UNSET
    include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
    """ The set of items to include in the transcription. Current available items are:
    `item.input_audio_transcription.logprobs`
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "input_audio_format": (
            "g711_alaw",
            "g711_ulaw",
            "pcm16",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "turn_detection",
            "input_audio_noise_reduction",
            "input_audio_format",
            "input_audio_transcription",
            "include",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.turn_detection is not UNSET:
            field_dict["turn_detection"] = to_json(self.turn_detection)
        if self.input_audio_noise_reduction is not UNSET:
            field_dict["input_audio_noise_reduction"] = to_json(self.input_audio_noise_reduction)
        if self.input_audio_format is not UNSET:
            field_dict["input_audio_format"] = self.input_audio_format
        if self.input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = to_json(self.input_audio_transcription)
        if self.include is not UNSET:
            field_dict["include"] = to_json(self.include)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranscriptionSessionCreateRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_turn_detection = d.pop("turn_detection", UNSET)
        try:
            _turn_detection = _raw_turn_detection
            turn_detection: RealtimeTranscriptionSessionCreateRequestTurnDetection | Unset
            if isinstance(_turn_detection, Unset):
                turn_detection = UNSET
            else:
                turn_detection = RealtimeTranscriptionSessionCreateRequestTurnDetection.from_dict(
                    _turn_detection
                )

        except LENIENT_ERRORS:
            turn_detection = _raw_turn_detection

        _raw_input_audio_noise_reduction = d.pop("input_audio_noise_reduction", UNSET)
        try:
            _input_audio_noise_reduction = _raw_input_audio_noise_reduction
            input_audio_noise_reduction: RealtimeSessionInputAudioNoiseReduction | Unset
            if isinstance(_input_audio_noise_reduction, Unset):
                input_audio_noise_reduction = UNSET
            else:
                input_audio_noise_reduction = RealtimeSessionInputAudioNoiseReduction.from_dict(
                    _input_audio_noise_reduction
                )

        except LENIENT_ERRORS:
            input_audio_noise_reduction = _raw_input_audio_noise_reduction

        _raw_input_audio_format = d.pop("input_audio_format", UNSET)
        try:
            _input_audio_format = _raw_input_audio_format
            input_audio_format: RealtimeSessionInputAudioFormat | Unset
            if isinstance(_input_audio_format, Unset):
                input_audio_format = UNSET
            else:
                input_audio_format = check_realtime_session_input_audio_format(_input_audio_format)

        except LENIENT_ERRORS:
            input_audio_format = _raw_input_audio_format

        _raw_input_audio_transcription = d.pop("input_audio_transcription", UNSET)
        try:
            _input_audio_transcription = _raw_input_audio_transcription
            input_audio_transcription: AudioTranscription | Unset
            if isinstance(_input_audio_transcription, Unset):
                input_audio_transcription = UNSET
            else:
                input_audio_transcription = AudioTranscription.from_dict(_input_audio_transcription)

        except LENIENT_ERRORS:
            input_audio_transcription = _raw_input_audio_transcription

        _raw_include = d.pop("include", UNSET)
        try:
            _include = _raw_include
            include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
            if _include is not UNSET:
                if not isinstance(_include, list):
                    raise TypeError()
                include = []
                for include_item_data in _include:
                    try:
                        include_item = cast(
                            "Literal['item.input_audio_transcription.logprobs']", include_item_data
                        )
                        if include_item != "item.input_audio_transcription.logprobs":
                            raise ValueError(
                                f"include_item must match const 'item.input_audio_transcription.logprobs', got '{include_item}'"
                            )
                    except LENIENT_ERRORS:
                        include_item = include_item_data
                    include.append(include_item)

        except LENIENT_ERRORS:
            include = _raw_include

        parsed_obj_ = cls(
            turn_detection=turn_detection,
            input_audio_noise_reduction=input_audio_noise_reduction,
            input_audio_format=input_audio_format,
            input_audio_transcription=input_audio_transcription,
            include=include,
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
