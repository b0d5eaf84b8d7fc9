from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeServerEventResponseMCPCallArgumentsDelta")


def _parse_obfuscation(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class RealtimeServerEventResponseMCPCallArgumentsDelta:
    """Returned when MCP tool call arguments are updated during response generation."""

    event_id: str
    """ The unique ID of the server event. """
    response_id: str
    """ The ID of the response. """
    item_id: str
    """ The ID of the MCP tool call item. """
    output_index: int
    """ The index of the output item in the response. """
    delta: str
    """ The JSON-encoded arguments delta. """
    type_: Literal["response.mcp_call_arguments.delta"] = "response.mcp_call_arguments.delta"
    """ The event type, must be `response.mcp_call_arguments.delta`. """
    obfuscation: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.mcp_call_arguments.delta",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "response_id",
        "item_id",
        "output_index",
        "delta",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "response_id",
            "item_id",
            "output_index",
            "delta",
            "obfuscation",
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
        if not isinstance(self.delta, Unset):
            field_dict["delta"] = self.delta
        if self.obfuscation is not UNSET:
            field_dict["obfuscation"] = to_json(self.obfuscation)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventResponseMCPCallArgumentsDelta: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['response.mcp_call_arguments.delta']", _raw_type_)
            if type_ != "response.mcp_call_arguments.delta":
                raise ValueError(
                    f"type must match const 'response.mcp_call_arguments.delta', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        response_id = d.pop("response_id", UNSET)

        item_id = d.pop("item_id", UNSET)

        output_index = d.pop("output_index", UNSET)

        delta = d.pop("delta", UNSET)

        _raw_obfuscation = d.pop("obfuscation", UNSET)
        try:
            obfuscation = _parse_obfuscation(_raw_obfuscation)

        except LENIENT_ERRORS:
            obfuscation = _raw_obfuscation

        parsed_obj_ = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
            item_id=item_id,
            output_index=output_index,
            delta=delta,
            obfuscation=obfuscation,
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
