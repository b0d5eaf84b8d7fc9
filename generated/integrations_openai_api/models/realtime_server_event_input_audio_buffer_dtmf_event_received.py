from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeServerEventInputAudioBufferDtmfEventReceived")


@_attrs_define
class RealtimeServerEventInputAudioBufferDtmfEventReceived:
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
    type_: Literal["input_audio_buffer.dtmf_event_received"] = (
        "input_audio_buffer.dtmf_event_received"
    )
    """ The event type, must be `input_audio_buffer.dtmf_event_received`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.event, Unset):
            field_dict["event"] = self.event
        if not isinstance(self.received_at, Unset):
            field_dict["received_at"] = self.received_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventInputAudioBufferDtmfEventReceived: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['input_audio_buffer.dtmf_event_received']", _raw_type_)
            if type_ != "input_audio_buffer.dtmf_event_received":
                raise ValueError(
                    f"type must match const 'input_audio_buffer.dtmf_event_received', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        event = d.pop("event", UNSET)

        received_at = d.pop("received_at", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            event=event,
            received_at=received_at,
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
