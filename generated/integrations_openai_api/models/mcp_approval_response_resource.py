from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPApprovalResponseResource")


def _parse_reason(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class MCPApprovalResponseResource:
    """A response to an MCP approval request."""

    id: str
    """ The unique ID of the approval response
     """
    approval_request_id: str
    """ The ID of the approval request being answered.
     """
    approve: bool
    """ Whether the request was approved.
     """
    type_: Literal["mcp_approval_response"] = "mcp_approval_response"
    """ The type of the item. Always `mcp_approval_response`.
     """
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("mcp_approval_response",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "approval_request_id",
        "approve",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "approval_request_id",
            "approve",
            "reason",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.approval_request_id, Unset):
            field_dict["approval_request_id"] = self.approval_request_id
        if not isinstance(self.approve, Unset):
            field_dict["approve"] = self.approve
        if self.reason is not UNSET:
            field_dict["reason"] = to_json(self.reason)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"MCPApprovalResponseResource: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['mcp_approval_response']", _raw_type_)
            if type_ != "mcp_approval_response":
                raise ValueError(f"type must match const 'mcp_approval_response', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", UNSET)

        approval_request_id = d.pop("approval_request_id", UNSET)

        approve = d.pop("approve", UNSET)

        _raw_reason = d.pop("reason", UNSET)
        try:
            reason = _parse_reason(_raw_reason)

        except LENIENT_ERRORS:
            reason = _raw_reason

        parsed_obj_ = cls(
            type_=type_,
            id=id,
            approval_request_id=approval_request_id,
            approve=approve,
            reason=reason,
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
