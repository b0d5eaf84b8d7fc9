from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaServerEventInputAudioBufferSpeechStarted")


@_attrs_define
class RealtimeBetaServerEventInputAudioBufferSpeechStarted:
    """Sent by the server when in `server_vad` mode to indicate that speech has been
    detected in the audio buffer. This can happen any time audio is added to the
    buffer (unless speech is already detected). The client may want to use this
    event to interrupt audio playback or provide visual feedback to the user.

    The client should expect to receive a `input_audio_buffer.speech_stopped` event
    when speech stops. The `item_id` property is the ID of the user message item
    that will be created when speech stops and will also be included in the
    `input_audio_buffer.speech_stopped` event (unless the client manually commits
    the audio buffer during VAD activation).

    """

    event_id: str
    """ The unique ID of the server event. """
    audio_start_ms: int
    """ Milliseconds from the start of all audio written to the buffer during the
    session when speech was first detected. This will correspond to the
    beginning of audio sent to the model, and thus includes the
    `prefix_padding_ms` configured in the Session.
     """
    item_id: str
    """ The ID of the user message item that will be created when speech stops.
     """
    type_: Literal["input_audio_buffer.speech_started"] = "input_audio_buffer.speech_started"
    """ The event type, must be `input_audio_buffer.speech_started`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("input_audio_buffer.speech_started",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "audio_start_ms",
        "item_id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "audio_start_ms",
            "item_id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.event_id, Unset):
            field_dict["event_id"] = self.event_id
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.audio_start_ms, Unset):
            field_dict["audio_start_ms"] = self.audio_start_ms
        if not isinstance(self.item_id, Unset):
            field_dict["item_id"] = self.item_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaServerEventInputAudioBufferSpeechStarted: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['input_audio_buffer.speech_started']", _raw_type_)
            if type_ != "input_audio_buffer.speech_started":
                raise ValueError(
                    f"type must match const 'input_audio_buffer.speech_started', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        audio_start_ms = d.pop("audio_start_ms", UNSET)

        item_id = d.pop("item_id", UNSET)

        parsed_obj_ = cls(
            event_id=event_id,
            type_=type_,
            audio_start_ms=audio_start_ms,
            item_id=item_id,
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
