from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaServerEventResponseAudioDone")


@_attrs_define
class RealtimeBetaServerEventResponseAudioDone:
    """Returned when the model-generated audio is done. Also emitted when a Response
    is interrupted, incomplete, or cancelled.

    """

    event_id: str
    """ The unique ID of the server event. """
    response_id: str
    """ The ID of the response. """
    item_id: str
    """ The ID of the item. """
    output_index: int
    """ The index of the output item in the response. """
    content_index: int
    """ The index of the content part in the item's content array. """
    type_: Literal["response.output_audio.done"] = "response.output_audio.done"
    """ The event type, must be `response.output_audio.done`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.output_audio.done",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "response_id",
        "item_id",
        "output_index",
        "content_index",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "response_id",
            "item_id",
            "output_index",
            "content_index",
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
        if not isinstance(self.response_id, Unset):
            field_dict["response_id"] = self.response_id
        if not isinstance(self.item_id, Unset):
            field_dict["item_id"] = self.item_id
        if not isinstance(self.output_index, Unset):
            field_dict["output_index"] = self.output_index
        if not isinstance(self.content_index, Unset):
            field_dict["content_index"] = self.content_index
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaServerEventResponseAudioDone: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['response.output_audio.done']", _raw_type_)
            if type_ != "response.output_audio.done":
                raise ValueError(
                    f"type must match const 'response.output_audio.done', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        response_id = d.pop("response_id", UNSET)

        item_id = d.pop("item_id", UNSET)

        output_index = d.pop("output_index", UNSET)

        content_index = d.pop("content_index", UNSET)

        parsed_obj_ = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
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
