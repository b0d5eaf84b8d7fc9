from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranslationClientEventInputAudioBufferAppend")


@_attrs_define
class RealtimeTranslationClientEventInputAudioBufferAppend:
    """Send this event to append audio bytes to the translation session input audio buffer.

    WebSocket translation sessions accept base64-encoded 24 kHz PCM16 mono
    little-endian raw audio bytes. Unsupported websocket audio formats return a
    validation error because lower-quality audio materially degrades translation
    quality.

    Translation consumes 200 ms engine frames. For best realtime behavior, append
    audio in 200 ms chunks. If a chunk is shorter, the server buffers it until it
    has enough audio for one frame. If a chunk is longer, the server splits it into
    200 ms frames and enqueues them back-to-back.

    Keep appending silence while the session is active. If a client stops sending
    audio and later resumes, model time treats the resumed audio as contiguous with
    the previous audio rather than as a real-world pause.

    """

    audio: str
    """ Base64-encoded 24 kHz PCM16 mono audio bytes. """
    type_: Literal["session.input_audio_buffer.append"] = "session.input_audio_buffer.append"
    """ The event type, must be `session.input_audio_buffer.append`. """
    event_id: str | Unset = UNSET
    """ Optional client-generated ID used to identify this event. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("session.input_audio_buffer.append",),
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
                f"RealtimeTranslationClientEventInputAudioBufferAppend: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['session.input_audio_buffer.append']", _raw_type_)
            if type_ != "session.input_audio_buffer.append":
                raise ValueError(
                    f"type must match const 'session.input_audio_buffer.append', got '{type_}'"
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
