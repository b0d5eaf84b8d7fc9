from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponse")


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


@_attrs_define
class RealtimeTranscriptionSessionCreateResponse:
    """A new Realtime transcription session configuration.

    When a session is created on the server via REST API, the session object
    also contains an ephemeral key. Default TTL for keys is 10 minutes. This
    property is not present when a session is updated via the WebSocket API.

    """

    client_secret: RealtimeTranscriptionSessionCreateResponseClientSecret
    """ Ephemeral key returned by the API. Only present when the session is
    created on the server via REST API.
     """
    modalities: list[ChatCompletionModalitiesItem] | None | Unset = UNSET
    """ The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
     """
    input_audio_format: None | str | Unset = UNSET
    """ The format of input audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
     """
    input_audio_transcription: AudioTranscriptionResponse | None | Unset = UNSET
    turn_detection: None | RealtimeSessionCreateRequestTurnDetection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.client_secret, Unset):
            field_dict["client_secret"] = to_json(self.client_secret)
        if self.modalities is not UNSET:
            field_dict["modalities"] = to_json(self.modalities)
        if self.input_audio_format is not UNSET:
            field_dict["input_audio_format"] = to_json(self.input_audio_format)
        if self.input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = to_json(self.input_audio_transcription)
        if self.turn_detection is not UNSET:
            field_dict["turn_detection"] = to_json(self.turn_detection)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranscriptionSessionCreateResponse: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_client_secret = d.pop("client_secret", UNSET)
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

        parsed_obj_ = cls(
            client_secret=client_secret,
            modalities=modalities,
            input_audio_format=input_audio_format,
            input_audio_transcription=input_audio_transcription,
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
