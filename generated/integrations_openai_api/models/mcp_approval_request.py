from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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

    _sdk_name_: ClassVar[str] = "McpApprovalRequest"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("arguments", "arguments"),
        ("name", "name"),
        ("server_label", "server_label"),
        ("type", "type"),
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.arguments
        if value_2 is None:
            if "arguments" in present:
                out["arguments"] = None
        else:
            out["arguments"] = value_2
        value_3 = self.name
        if value_3 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_3
        value_4 = self.server_label
        if value_4 is None:
            if "server_label" in present:
                out["server_label"] = None
        else:
            out["server_label"] = value_4
        value_5 = self.type
        if value_5 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_5
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.id = get_("id")
        parsed_obj_.server_label = get_("server_label")
        parsed_obj_.name = get_("name")
        parsed_obj_.arguments = get_("arguments")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
