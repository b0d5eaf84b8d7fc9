from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class MCPApprovalRequest(ApiModel):
    """A request for human approval of a tool invocation."""

    id: str
    """ The unique ID of the approval request.
     """

    server_label: str
    """ The label of the MCP server making the request.
     """

    name: str
    """ The name of the tool to run.
     """

    arguments: str
    """ A JSON string of arguments for the tool.
     """

    type: Literal["mcp_approval_request"] = "mcp_approval_request"
    """ The type of the item. Always `mcp_approval_request`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("id", "id"),
        ("server_label", "server_label"),
        ("name", "name"),
        ("arguments", "arguments"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['mcp_approval_request']",
        "id": "str",
        "server_label": "str",
        "name": "str",
        "arguments": "str",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["mcp_approval_request"]', _raw_type_)
            if type_ != "mcp_approval_request":
                raise ValueError(f"type must match const 'mcp_approval_request', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", None)

        server_label = d.pop("server_label", None)

        name = d.pop("name", None)

        arguments = d.pop("arguments", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.id = id
        parsed_obj_.server_label = server_label
        parsed_obj_.name = name
        parsed_obj_.arguments = arguments
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
