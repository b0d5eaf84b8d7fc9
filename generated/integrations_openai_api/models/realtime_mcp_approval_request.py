from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeMCPApprovalRequest")


@_attrs_define
class RealtimeMCPApprovalRequest:
    """A Realtime item requesting human approval of a tool invocation."""

    id: str
    """ The unique ID of the approval request. """
    server_label: str
    """ The label of the MCP server making the request. """
    name: str
    """ The name of the tool to run. """
    arguments: str
    """ A JSON string of arguments for the tool. """
    type_: Literal["mcp_approval_request"] = "mcp_approval_request"
    """ The type of the item. Always `mcp_approval_request`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("mcp_approval_request",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "server_label",
        "name",
        "arguments",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "server_label",
            "name",
            "arguments",
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
        if not isinstance(self.server_label, Unset):
            field_dict["server_label"] = self.server_label
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.arguments, Unset):
            field_dict["arguments"] = self.arguments
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeMCPApprovalRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['mcp_approval_request']", _raw_type_)
            if type_ != "mcp_approval_request":
                raise ValueError(f"type must match const 'mcp_approval_request', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", UNSET)

        server_label = d.pop("server_label", UNSET)

        name = d.pop("name", UNSET)

        arguments = d.pop("arguments", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
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
