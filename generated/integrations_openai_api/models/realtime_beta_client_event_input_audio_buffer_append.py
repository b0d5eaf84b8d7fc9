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
class RealtimeBetaClientEventInputAudioBufferAppend(ApiModel):
    """Send this event to append audio bytes to the input audio buffer. The audio
    buffer is temporary storage you can write to and later commit. In Server VAD
    mode, the audio buffer is used to detect speech and the server will decide
    when to commit. When Server VAD is disabled, you must commit the audio buffer
    manually.

    The client may choose how much audio to place in each event up to a maximum
    of 15 MiB, for example streaming smaller chunks from the client may allow the
    VAD to be more responsive. Unlike made other client events, the server will
    not send a confirmation response to this event.

    """

    audio: str
    """ Base64-encoded audio bytes. This must be in the format specified by the
    `input_audio_format` field in the session configuration.
     """

    type: Literal["input_audio_buffer.append"] = "input_audio_buffer.append"
    """ The event type, must be `input_audio_buffer.append`. """

    event_id: str | None = ABSENT
    """ Optional client-generated ID used to identify this event. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("audio", "audio"),
        ("event_id", "event_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['input_audio_buffer.append']",
        "audio": "str",
        "event_id": "str | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.audio
        if value_2 is None:
            if "audio" in present:
                out["audio"] = None
        else:
            out["audio"] = value_2
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
