from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaServerEventResponseMCPCallFailed")


@_attrs_define
class RealtimeBetaServerEventResponseMCPCallFailed:
    """Returned when an MCP tool call has failed."""

    event_id: str
    """ The unique ID of the server event. """
    output_index: int
    """ The index of the output item in the response. """
    item_id: str
    """ The ID of the MCP tool call item. """
    type_: Literal["response.mcp_call.failed"] = "response.mcp_call.failed"
    """ The event type, must be `response.mcp_call.failed`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("response.mcp_call.failed",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "output_index",
        "item_id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "output_index",
            "item_id",
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
        if not isinstance(self.output_index, Unset):
            field_dict["output_index"] = self.output_index
        if not isinstance(self.item_id, Unset):
            field_dict["item_id"] = self.item_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaServerEventResponseMCPCallFailed: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['response.mcp_call.failed']", _raw_type_)
            if type_ != "response.mcp_call.failed":
                raise ValueError(f"type must match const 'response.mcp_call.failed', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        output_index = d.pop("output_index", UNSET)

        item_id = d.pop("item_id", UNSET)

        parsed_obj_ = cls(
            event_id=event_id,
            type_=type_,
            output_index=output_index,
            item_id=item_id,
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
