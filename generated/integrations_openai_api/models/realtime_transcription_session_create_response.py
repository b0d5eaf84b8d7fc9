from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.chat_completion_modalities_item import (
    ChatCompletionModalitiesItem,
    check_chat_completion_modalities_item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_transcription_response import AudioTranscriptionResponse
    from ..models.realtime_session_create_request_turn_detection import (
        RealtimeSessionCreateRequestTurnDetection,
    )
    from ..models.realtime_transcription_session_create_response_client_secret import (
        RealtimeTranscriptionSessionCreateResponseClientSecret,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        AudioTranscriptionResponse, \
        RealtimeSessionCreateRequestTurnDetection, \
        RealtimeTranscriptionSessionCreateResponseClientSecret
    from ..models.audio_transcription_response import AudioTranscriptionResponse  # noqa: PLC0415
    from ..models.realtime_session_create_request_turn_detection import (
        RealtimeSessionCreateRequestTurnDetection,  # noqa: PLC0415
    )
    from ..models.realtime_transcription_session_create_response_client_secret import (
        RealtimeTranscriptionSessionCreateResponseClientSecret,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeTranscriptionSessionCreateResponse(ApiModel):
    """A new Realtime transcription session configuration.

    When a session is created on the server via REST API, the session object
    also contains an ephemeral key. Default TTL for keys is 10 minutes. This
    property is not present when a session is updated via the WebSocket API.

    """

    client_secret: RealtimeTranscriptionSessionCreateResponseClientSecret
    """ Ephemeral key returned by the API. Only present when the session is
    created on the server via REST API.
     """

    modalities: list[ChatCompletionModalitiesItem | str] | None = ABSENT
    """ The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
     """

    input_audio_format: str | None = ABSENT
    """ The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
     """

    input_audio_transcription: AudioTranscriptionResponse | None = ABSENT

    turn_detection: RealtimeSessionCreateRequestTurnDetection | None = ABSENT
    """ Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech.
     """

    _sdk_name_: ClassVar[str] = "TranscriptionSession"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "input_audio_transcription": {"AudioTranscriptionResponse": "InputAudioTranscription"}
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("client_secret", "client_secret"),
        ("input_audio_format", "input_audio_format"),
        ("input_audio_transcription", "input_audio_transcription"),
        ("modalities", "modalities"),
        ("turn_detection", "turn_detection"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "client_secret": "RealtimeTranscriptionSessionCreateResponseClientSecret",
        "modalities": "list[ChatCompletionModalitiesItem] | Unset",
        "input_audio_format": "str | Unset",
        "input_audio_transcription": "AudioTranscriptionResponse | Unset",
        "turn_detection": "RealtimeSessionCreateRequestTurnDetection | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("client_secret",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "client_secret",
            "modalities",
            "input_audio_format",
            "input_audio_transcription",
            "turn_detection",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.client_secret
        if value_1 is None:
            if "client_secret" in present:
                out["client_secret"] = None
        else:
            out["client_secret"] = to_json(value_1)
        value_2 = self.input_audio_format
        if value_2 is None:
            if "input_audio_format" in present:
                out["input_audio_format"] = None
        else:
            out["input_audio_format"] = value_2
        value_3 = self.input_audio_transcription
        if value_3 is None:
            if "input_audio_transcription" in present:
                out["input_audio_transcription"] = None
        else:
            out["input_audio_transcription"] = to_json(value_3)
        value_4 = self.modalities
        if value_4 is None:
            if "modalities" in present:
                out["modalities"] = None
        else:
            out["modalities"] = to_json(value_4)
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
        client_secret = get_("client_secret")
        if client_secret is not None:
            try:
                client_secret = (
                    RealtimeTranscriptionSessionCreateResponseClientSecret._from_dict_(
                        client_secret
                    )
                    if client_secret.__class__ is dict
                    else RealtimeTranscriptionSessionCreateResponseClientSecret.from_dict(
                        client_secret
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.client_secret = client_secret
        _raw_modalities = get_("modalities", UNSET)
        try:
            _modalities = _raw_modalities
            modalities: list[ChatCompletionModalitiesItem] | Unset = UNSET
            if _modalities is not UNSET:
                if not isinstance(_modalities, list):
                    raise TypeError()
                modalities = []
                for modalities_item_data in _modalities:
                    try:
                        modalities_item = check_chat_completion_modalities_item(
                            modalities_item_data
                        )

                    except LENIENT_ERRORS:
                        modalities_item = modalities_item_data
                    modalities.append(modalities_item)

        except LENIENT_ERRORS:
            modalities = _raw_modalities
        parsed_obj_.modalities = None if isinstance(modalities, Unset) else modalities
        parsed_obj_.input_audio_format = get_("input_audio_format")
        input_audio_transcription = get_("input_audio_transcription")
        if input_audio_transcription is not None:
            try:
                input_audio_transcription = (
                    AudioTranscriptionResponse._from_dict_(input_audio_transcription)
                    if input_audio_transcription.__class__ is dict
                    else AudioTranscriptionResponse.from_dict(input_audio_transcription)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.input_audio_transcription = input_audio_transcription
        turn_detection = get_("turn_detection")
        if turn_detection is not None:
            try:
                turn_detection = (
                    RealtimeSessionCreateRequestTurnDetection._from_dict_(turn_detection)
                    if turn_detection.__class__ is dict
                    else RealtimeSessionCreateRequestTurnDetection.from_dict(turn_detection)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.turn_detection = turn_detection
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
