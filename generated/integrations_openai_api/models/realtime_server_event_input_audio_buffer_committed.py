from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeServerEventInputAudioBufferCommitted")


def _parse_previous_item_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class RealtimeServerEventInputAudioBufferCommitted:
    """Returned when an input audio buffer is committed, either by the client or
    automatically in server VAD mode. The `item_id` property is the ID of the user
    message item that will be created, thus a `conversation.item.created` event
    will also be sent to the client.

    """

    event_id: str
    """ The unique ID of the server event. """
    item_id: str
    """ The ID of the user message item that will be created. """
    type_: Literal["input_audio_buffer.committed"] = "input_audio_buffer.committed"
    """ The event type, must be `input_audio_buffer.committed`. """
    previous_item_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("input_audio_buffer.committed",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "item_id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "item_id",
            "previous_item_id",
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
        if not isinstance(self.item_id, Unset):
            field_dict["item_id"] = self.item_id
        if self.previous_item_id is not UNSET:
            field_dict["previous_item_id"] = to_json(self.previous_item_id)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventInputAudioBufferCommitted: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['input_audio_buffer.committed']", _raw_type_)
            if type_ != "input_audio_buffer.committed":
                raise ValueError(
                    f"type must match const 'input_audio_buffer.committed', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        item_id = d.pop("item_id", UNSET)

        _raw_previous_item_id = d.pop("previous_item_id", UNSET)
        try:
            previous_item_id = _parse_previous_item_id(_raw_previous_item_id)

        except LENIENT_ERRORS:
            previous_item_id = _raw_previous_item_id

        parsed_obj_ = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            previous_item_id=previous_item_id,
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
