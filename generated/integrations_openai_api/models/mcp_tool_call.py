from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.mcp_tool_call_status import MCPToolCallStatus, check_mcp_tool_call_status
from ..types import UNSET, Unset


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


@_attrs_define(repr=False)
class MCPToolCall(ApiModel):
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

    type: Literal["mcp_call"] = "mcp_call"
    """ The type of the item. Always `mcp_call`.
     """

    output: str | None = ABSENT

    error: str | None = ABSENT

    status: MCPToolCallStatus | str | None = ABSENT

    approval_request_id: str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("id", "id"),
        ("server_label", "server_label"),
        ("name", "name"),
        ("arguments", "arguments"),
        ("output", "output"),
        ("error", "error"),
        ("status", "status"),
        ("approval_request_id", "approval_request_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['mcp_call']",
        "id": "str",
        "server_label": "str",
        "name": "str",
        "arguments": "str",
        "output": "None | str | Unset",
        "error": "None | str | Unset",
        "status": "MCPToolCallStatus | None | Unset",
        "approval_request_id": "None | str | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["mcp_call"]', _raw_type_)
            if type_ != "mcp_call":
                raise ValueError(f"type must match const 'mcp_call', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", None)

        server_label = d.pop("server_label", None)

        name = d.pop("name", None)

        arguments = d.pop("arguments", None)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.id = id
        parsed_obj_.server_label = server_label
        parsed_obj_.name = name
        parsed_obj_.arguments = arguments
        parsed_obj_.output = None if isinstance(output, Unset) else output
        parsed_obj_.error = None if isinstance(error, Unset) else error
        parsed_obj_.status = None if isinstance(status, Unset) else status
        parsed_obj_.approval_request_id = (
            None if isinstance(approval_request_id, Unset) else approval_request_id
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
