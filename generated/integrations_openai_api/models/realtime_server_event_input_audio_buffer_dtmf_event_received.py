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
class RealtimeServerEventInputAudioBufferDtmfEventReceived(ApiModel):
    """**SIP Only:** Returned when an DTMF event is received. A DTMF event is a message that
    represents a telephone keypad press (0–9, *, #, A–D). The `event` property
    is the keypad that the user press. The `received_at` is the UTC Unix Timestamp
    that the server received the event.

    """

    event: str
    """ The telephone keypad that was pressed by the user. """

    received_at: int
    """ UTC Unix Timestamp when DTMF Event was received by server.
     """

    type: Literal["input_audio_buffer.dtmf_event_received"] = (
        "input_audio_buffer.dtmf_event_received"
    )
    """ The event type, must be `input_audio_buffer.dtmf_event_received`. """

    _sdk_name_: ClassVar[str] = "InputAudioBufferDtmfEventReceivedEvent"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("event", "event"),
        ("received_at", "received_at"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['input_audio_buffer.dtmf_event_received']",
        "event": "str",
        "received_at": "int",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("input_audio_buffer.dtmf_event_received",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "event",
        "received_at",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "event",
            "received_at",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.event
        if value_1 is None:
            if "event" in present:
                out["event"] = None
        else:
            out["event"] = value_1
        value_2 = self.received_at
        if value_2 is None:
            if "received_at" in present:
                out["received_at"] = None
        else:
            out["received_at"] = value_2
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
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
        parsed_obj_.event = get_("event")
        parsed_obj_.received_at = get_("received_at")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
