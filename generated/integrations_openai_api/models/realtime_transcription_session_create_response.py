from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


def _parse_modalities(data: object) -> list[ChatCompletionModalitiesItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        modalities_type_0 = []
        _modalities_type_0 = data
        if not isinstance(_modalities_type_0, list):
            raise TypeError()
        for modalities_type_0_item_data in _modalities_type_0:
            try:
                modalities_type_0_item = check_chat_completion_modalities_item(
                    modalities_type_0_item_data
                )

            except LENIENT_ERRORS:
                modalities_type_0_item = modalities_type_0_item_data
            modalities_type_0.append(modalities_type_0_item)

        return modalities_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[ChatCompletionModalitiesItem] | None | Unset", data)


def _parse_input_audio_format(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_input_audio_transcription(data: object) -> AudioTranscriptionResponse | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AudioTranscriptionResponse.from_dict(data)
    return cast("AudioTranscriptionResponse | None | Unset", data)


def _parse_turn_detection(data: object) -> None | RealtimeSessionCreateRequestTurnDetection | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeSessionCreateRequestTurnDetection.from_dict(data)
    return cast("None | RealtimeSessionCreateRequestTurnDetection | Unset", data)


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

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("client_secret", "client_secret"),
        ("modalities", "modalities"),
        ("input_audio_format", "input_audio_format"),
        ("input_audio_transcription", "input_audio_transcription"),
        ("turn_detection", "turn_detection"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "client_secret": "RealtimeTranscriptionSessionCreateResponseClientSecret",
        "modalities": "list[ChatCompletionModalitiesItem] | None | Unset",
        "input_audio_format": "None | str | Unset",
        "input_audio_transcription": "AudioTranscriptionResponse | None | Unset",
        "turn_detection": "None | RealtimeSessionCreateRequestTurnDetection | Unset",
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_client_secret = d.pop("client_secret", None)
        try:
            client_secret = RealtimeTranscriptionSessionCreateResponseClientSecret.from_dict(
                _raw_client_secret
            )

        except LENIENT_ERRORS:
            client_secret = _raw_client_secret

        _raw_modalities = d.pop("modalities", UNSET)
        try:
            modalities = _parse_modalities(_raw_modalities)

        except LENIENT_ERRORS:
            modalities = _raw_modalities

        _raw_input_audio_format = d.pop("input_audio_format", UNSET)
        try:
            input_audio_format = _parse_input_audio_format(_raw_input_audio_format)

        except LENIENT_ERRORS:
            input_audio_format = _raw_input_audio_format

        _raw_input_audio_transcription = d.pop("input_audio_transcription", UNSET)
        try:
            input_audio_transcription = _parse_input_audio_transcription(
                _raw_input_audio_transcription
            )

        except LENIENT_ERRORS:
            input_audio_transcription = _raw_input_audio_transcription

        _raw_turn_detection = d.pop("turn_detection", UNSET)
        try:
            turn_detection = _parse_turn_detection(_raw_turn_detection)

        except LENIENT_ERRORS:
            turn_detection = _raw_turn_detection

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.client_secret = client_secret
        parsed_obj_.modalities = None if isinstance(modalities, Unset) else modalities
        parsed_obj_.input_audio_format = (
            None if isinstance(input_audio_format, Unset) else input_audio_format
        )
        parsed_obj_.input_audio_transcription = (
            None if isinstance(input_audio_transcription, Unset) else input_audio_transcription
        )
        parsed_obj_.turn_detection = None if isinstance(turn_detection, Unset) else turn_detection
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
