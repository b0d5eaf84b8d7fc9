from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResponseAudioDeltaEvent")


@_attrs_define
class ResponseAudioDeltaEvent:
    """Emitted when there is a partial audio response."""

    sequence_number: int
    """ A sequence number for this chunk of the stream response.
     """
    delta: str
    """ A chunk of Base64 encoded response audio bytes.
     """
    type_: Literal["response.audio.delta"] = "response.audio.delta"
    """ The type of the event. Always `response.audio.delta`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.audio.delta",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "sequence_number",
        "delta",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "sequence_number",
            "delta",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.sequence_number, Unset):
            field_dict["sequence_number"] = self.sequence_number
        if not isinstance(self.delta, Unset):
            field_dict["delta"] = self.delta
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ResponseAudioDeltaEvent: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['response.audio.delta']", _raw_type_)
            if type_ != "response.audio.delta":
                raise ValueError(f"type must match const 'response.audio.delta', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        sequence_number = d.pop("sequence_number", UNSET)

        delta = d.pop("delta", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            sequence_number=sequence_number,
            delta=delta,
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
