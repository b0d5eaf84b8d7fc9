from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.mcp_tool_call_status import MCPToolCallStatus, check_mcp_tool_call_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPToolCall")


def _parse_output(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_error(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_status(data: object) -> MCPToolCallStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = check_mcp_tool_call_status(data)

        return status_type_0
    except LENIENT_ERRORS:
        pass
    return cast("MCPToolCallStatus | None | Unset", data)


def _parse_approval_request_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class MCPToolCall:
    """An invocation of a tool on an MCP server."""

    id: str
    """ The unique ID of the tool call.
     """
    server_label: str
    """ The label of the MCP server running the tool.
     """
    name: str
    """ The name of the tool that was run.
     """
    arguments: str
    """ A JSON string of the arguments passed to the tool.
     """
    type_: Literal["mcp_call"] = "mcp_call"
    """ The type of the item. Always `mcp_call`.
     """
    output: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    status: MCPToolCallStatus | None | Unset = UNSET
    approval_request_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("mcp_call",),
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
            "output",
            "error",
            "status",
            "approval_request_id",
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
        if self.output is not UNSET:
            field_dict["output"] = to_json(self.output)
        if self.error is not UNSET:
            field_dict["error"] = to_json(self.error)
        if self.status is not UNSET:
            field_dict["status"] = to_json(self.status)
        if self.approval_request_id is not UNSET:
            field_dict["approval_request_id"] = to_json(self.approval_request_id)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"MCPToolCall: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['mcp_call']", _raw_type_)
            if type_ != "mcp_call":
                raise ValueError(f"type must match const 'mcp_call', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", UNSET)

        server_label = d.pop("server_label", UNSET)

        name = d.pop("name", UNSET)

        arguments = d.pop("arguments", UNSET)

        _raw_output = d.pop("output", UNSET)
        try:
            output = _parse_output(_raw_output)

        except LENIENT_ERRORS:
            output = _raw_output

        _raw_error = d.pop("error", UNSET)
        try:
            error = _parse_error(_raw_error)

        except LENIENT_ERRORS:
            error = _raw_error

        _raw_status = d.pop("status", UNSET)
        try:
            status = _parse_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_approval_request_id = d.pop("approval_request_id", UNSET)
        try:
            approval_request_id = _parse_approval_request_id(_raw_approval_request_id)

        except LENIENT_ERRORS:
            approval_request_id = _raw_approval_request_id

        parsed_obj_ = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
            output=output,
            error=error,
            status=status,
            approval_request_id=approval_request_id,
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
