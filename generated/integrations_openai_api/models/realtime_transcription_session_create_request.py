from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.realtime_session_input_audio_format import (
    RealtimeSessionInputAudioFormat,
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeTranscriptionSessionCreateRequest(ApiModel):
    """Realtime transcription session object configuration."""

    turn_detection: RealtimeTranscriptionSessionCreateRequestTurnDetection | None = ABSENT
    """ Configuration for turn detection. Can be set to `null` to turn off. Server VAD means that the model will
    detect the start and end of speech based on audio volume and respond at the end of user speech.
     """

    input_audio_noise_reduction: RealtimeSessionInputAudioNoiseReduction | None = ABSENT
    """ Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance
    by improving perception of the input audio.

    Server default: `null`. """

    input_audio_format: RealtimeSessionInputAudioFormat | str | None = ABSENT
    """ The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
    For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
    single channel (mono), and little-endian byte order.

    Server default: `"pcm16"`. """

    input_audio_transcription: AudioTranscription | None = ABSENT

    include: list[Literal["item.input_audio_transcription.logprobs"]] | None = ABSENT
    """ The set of items to include in the transcription. Current available items are:
    `item.input_audio_transcription.logprobs`
     """

    _sdk_name_: ClassVar[str] = "Session"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "input_audio_noise_reduction": {
            "RealtimeSessionInputAudioNoiseReduction": "SessionInputAudioNoiseReduction"
        },
        "input_audio_transcription": {"AudioTranscription": "SessionInputAudioTranscription"},
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("include", "include"),
        ("input_audio_format", "input_audio_format"),
        ("input_audio_noise_reduction", "input_audio_noise_reduction"),
        ("input_audio_transcription", "input_audio_transcription"),
        ("turn_detection", "turn_detection"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "turn_detection": "RealtimeTranscriptionSessionCreateRequestTurnDetection | Unset",
        "input_audio_noise_reduction": "RealtimeSessionInputAudioNoiseReduction | Unset",
        "input_audio_format": "RealtimeSessionInputAudioFormat | Unset",
        "input_audio_transcription": "AudioTranscription | Unset",
        "include": "list[Literal['item.input_audio_transcription.logprobs']] | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.include
        if value_1 is None:
            if "include" in present:
                out["include"] = None
        else:
            out["include"] = to_json(value_1)
        value_2 = self.input_audio_format
        if value_2 is None:
            if "input_audio_format" in present:
                out["input_audio_format"] = None
        else:
            out["input_audio_format"] = value_2
        value_3 = self.input_audio_noise_reduction
        if value_3 is None:
            if "input_audio_noise_reduction" in present:
                out["input_audio_noise_reduction"] = None
        else:
            out["input_audio_noise_reduction"] = to_json(value_3)
        value_4 = self.input_audio_transcription
        if value_4 is None:
            if "input_audio_transcription" in present:
                out["input_audio_transcription"] = None
        else:
            out["input_audio_transcription"] = to_json(value_4)
        value_5 = self.turn_detection
        if value_5 is None:
            if "turn_detection" in present:
                out["turn_detection"] = None
        else:
            out["turn_detection"] = to_json(value_5)
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
        turn_detection = get_("turn_detection")
        if turn_detection is not None:
            try:
                turn_detection = (
                    RealtimeTranscriptionSessionCreateRequestTurnDetection._from_dict_(
                        turn_detection
                    )
                    if turn_detection.__class__ is dict
                    else RealtimeTranscriptionSessionCreateRequestTurnDetection.from_dict(
                        turn_detection
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.turn_detection = turn_detection
        input_audio_noise_reduction = get_("input_audio_noise_reduction")
        if input_audio_noise_reduction is not None:
            try:
                input_audio_noise_reduction = (
                    RealtimeSessionInputAudioNoiseReduction._from_dict_(input_audio_noise_reduction)
                    if input_audio_noise_reduction.__class__ is dict
                    else RealtimeSessionInputAudioNoiseReduction.from_dict(
                        input_audio_noise_reduction
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.input_audio_noise_reduction = input_audio_noise_reduction
        parsed_obj_.input_audio_format = get_("input_audio_format")
        input_audio_transcription = get_("input_audio_transcription")
        if input_audio_transcription is not None:
            try:
                input_audio_transcription = (
                    AudioTranscription._from_dict_(input_audio_transcription)
                    if input_audio_transcription.__class__ is dict
                    else AudioTranscription.from_dict(input_audio_transcription)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.input_audio_transcription = input_audio_transcription
        _raw_include = get_("include", UNSET)
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
                            'Literal["item.input_audio_transcription.logprobs"]', include_item_data
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
        parsed_obj_.include = None if isinstance(include, Unset) else include
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
