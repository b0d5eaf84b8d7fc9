from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeTranslationClientEventInputAudioBufferAppend(ApiModel):
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

    type: Literal["session.input_audio_buffer.append"] = "session.input_audio_buffer.append"
    """ The event type, must be `session.input_audio_buffer.append`. """

    event_id: str | None = ABSENT
    """ Optional client-generated ID used to identify this event. """

    _sdk_name_: ClassVar[str] = "RealtimeTranslationInputAudioBufferAppendEvent"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audio", "audio"),
        ("type", "type"),
        ("event_id", "event_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['session.input_audio_buffer.append']",
        "audio": "str",
        "event_id": "str | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.audio
        if value_1 is None:
            if "audio" in present:
                out["audio"] = None
        else:
            out["audio"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.event_id
        if value_3 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.audio = get_("audio")
        parsed_obj_.event_id = get_("event_id")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
