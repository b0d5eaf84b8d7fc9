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
class RealtimeServerEventInputAudioBufferTimeoutTriggered(ApiModel):
    """Returned when the Server VAD timeout is triggered for the input audio buffer. This is configured
    with `idle_timeout_ms` in the `turn_detection` settings of the session, and it indicates that
    there hasn't been any speech detected for the configured duration.

    The `audio_start_ms` and `audio_end_ms` fields indicate the segment of audio after the last
    model response up to the triggering time, as an offset from the beginning of audio written
    to the input audio buffer. This means it demarcates the segment of audio that was silent and
    the difference between the start and end values will roughly match the configured timeout.

    The empty audio will be committed to the conversation as an `input_audio` item (there will be a
    `input_audio_buffer.committed` event) and a model response will be generated. There may be speech
    that didn't trigger VAD but is still detected by the model, so the model may respond with
    something relevant to the conversation or a prompt to continue speaking.

    """

    event_id: str
    """ The unique ID of the server event. """

    audio_start_ms: int
    """ Millisecond offset of audio written to the input audio buffer that was after the playback time of the last
    model response. """

    audio_end_ms: int
    """ Millisecond offset of audio written to the input audio buffer at the time the timeout was triggered. """

    item_id: str
    """ The ID of the item associated with this segment. """

    type: Literal["input_audio_buffer.timeout_triggered"] = "input_audio_buffer.timeout_triggered"
    """ The event type, must be `input_audio_buffer.timeout_triggered`. """

    _sdk_name_: ClassVar[str] = "InputAudioBufferTimeoutTriggered"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audio_end_ms", "audio_end_ms"),
        ("audio_start_ms", "audio_start_ms"),
        ("event_id", "event_id"),
        ("item_id", "item_id"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "event_id": "str",
        "type": "Literal['input_audio_buffer.timeout_triggered']",
        "audio_start_ms": "int",
        "audio_end_ms": "int",
        "item_id": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("input_audio_buffer.timeout_triggered",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "audio_start_ms",
        "audio_end_ms",
        "item_id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "audio_start_ms",
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
        value_2 = self.audio_start_ms
        if value_2 is None:
            if "audio_start_ms" in present:
                out["audio_start_ms"] = None
        else:
            out["audio_start_ms"] = value_2
        value_3 = self.event_id
        if value_3 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = value_3
        value_4 = self.item_id
        if value_4 is None:
            if "item_id" in present:
                out["item_id"] = None
        else:
            out["item_id"] = value_4
        value_5 = self.type
        if value_5 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_5
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
        parsed_obj_.audio_start_ms = get_("audio_start_ms")
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
