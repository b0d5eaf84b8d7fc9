from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeClientEventInputAudioBufferAppend")


@_attrs_define
class RealtimeClientEventInputAudioBufferAppend:
    """Send this event to append audio bytes to the input audio buffer. The audio
    buffer is temporary storage you can write to and later commit. A "commit" will create a new
    user message item in the conversation history from the buffer content and clear the buffer.
    Input audio transcription (if enabled) will be generated when the buffer is committed.

    If VAD is enabled the audio buffer is used to detect speech and the server will decide
    when to commit. When Server VAD is disabled, you must commit the audio buffer
    manually. Input audio noise reduction operates on writes to the audio buffer.

    The client may choose how much audio to place in each event up to a maximum
    of 15 MiB, for example streaming smaller chunks from the client may allow the
    VAD to be more responsive. Unlike most other client events, the server will
    not send a confirmation response to this event.

    """

    audio: str
    """ Base64-encoded audio bytes. This must be in the format specified by the
    `input_audio_format` field in the session configuration.
     """
    type_: Literal["input_audio_buffer.append"] = "input_audio_buffer.append"
    """ The event type, must be `input_audio_buffer.append`. """
    event_id: str | Unset = UNSET
    """ Optional client-generated ID used to identify this event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("input_audio_buffer.append",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "audio",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "audio",
            "event_id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.audio, Unset):
            field_dict["audio"] = self.audio
        if self.event_id is not UNSET:
            field_dict["event_id"] = self.event_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeClientEventInputAudioBufferAppend: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['input_audio_buffer.append']", _raw_type_)
            if type_ != "input_audio_buffer.append":
                raise ValueError(
                    f"type must match const 'input_audio_buffer.append', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        audio = d.pop("audio", UNSET)

        event_id = d.pop("event_id", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            audio=audio,
            event_id=event_id,
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
