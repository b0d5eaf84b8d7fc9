from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeServerEventInputAudioBufferSpeechStopped(ApiModel):
    """Returned in `server_vad` mode when the server detects the end of speech in
    the audio buffer. The server will also send an `conversation.item.created`
    event with the user message item that is created from the audio buffer.

    """

    event_id: str
    """ The unique ID of the server event. """

    audio_end_ms: int
    """ Milliseconds since the session started when speech stopped. This will
    correspond to the end of audio sent to the model, and thus includes the
    `min_silence_duration_ms` configured in the Session.
     """

    item_id: str
    """ The ID of the user message item that will be created. """

    type: Literal["input_audio_buffer.speech_stopped"] = "input_audio_buffer.speech_stopped"
    """ The event type, must be `input_audio_buffer.speech_stopped`. """

    _sdk_name_: ClassVar[str] = "InputAudioBufferSpeechStoppedEvent"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audio_end_ms", "audio_end_ms"),
        ("event_id", "event_id"),
        ("item_id", "item_id"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "event_id": "str",
        "type": "Literal['input_audio_buffer.speech_stopped']",
        "audio_end_ms": "int",
        "item_id": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("input_audio_buffer.speech_stopped",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "audio_end_ms",
        "item_id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "audio_end_ms",
            "item_id",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.audio_end_ms
        if value_1 is None:
            if "audio_end_ms" in present:
                out["audio_end_ms"] = None
        else:
            out["audio_end_ms"] = value_1
        value_2 = self.event_id
        if value_2 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = value_2
        value_3 = self.item_id
        if value_3 is None:
            if "item_id" in present:
                out["item_id"] = None
        else:
            out["item_id"] = value_3
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.event_id = get_("event_id")
        parsed_obj_.type = get_("type")
        parsed_obj_.audio_end_ms = get_("audio_end_ms")
        parsed_obj_.item_id = get_("item_id")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
