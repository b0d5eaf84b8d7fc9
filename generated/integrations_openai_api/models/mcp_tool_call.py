from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.mcp_tool_call_status import MCPToolCallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sdk_mcp_call_agent import SdkMcpCallAgent

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, SdkMcpCallAgent
    from ..models.sdk_mcp_call_agent import SdkMcpCallAgent  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_agent(data: object) -> None | SdkMcpCallAgent | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkMcpCallAgent._from_dict_(data)
    return cast("None | SdkMcpCallAgent | Unset", data)


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

    agent: SdkMcpCallAgent | None = ABSENT
    """ Not in the pinned spec; the official SDK's `McpCall` has it (the live API sends it). Reads None when absent.
    """

    _sdk_name_: ClassVar[str] = "McpCall"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("arguments", "arguments"),
        ("name", "name"),
        ("server_label", "server_label"),
        ("type", "type"),
        ("agent", "agent"),
        ("approval_request_id", "approval_request_id"),
        ("error", "error"),
        ("output", "output"),
        ("status", "status"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['mcp_call']",
        "id": "str",
        "server_label": "str",
        "name": "str",
        "arguments": "str",
        "output": "None | str | Unset",
        "error": "None | str | Unset",
        "status": "MCPToolCallStatus | Unset",
        "approval_request_id": "None | str | Unset",
        "agent": "None | SdkMcpCallAgent | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("mcp_call",),
        "status": (
            "calling",
            "completed",
            "failed",
            "in_progress",
            "incomplete",
        ),
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
            "agent",
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
        value_6 = self.agent
        if value_6 is None:
            if "agent" in present:
                out["agent"] = None
        else:
            out["agent"] = to_json(value_6)
        value_7 = self.approval_request_id
        if value_7 is None:
            if "approval_request_id" in present:
                out["approval_request_id"] = None
        else:
            out["approval_request_id"] = to_json(value_7)
        value_8 = self.error
        if value_8 is None:
            if "error" in present:
                out["error"] = None
        else:
            out["error"] = to_json(value_8)
        value_9 = self.output
        if value_9 is None:
            if "output" in present:
                out["output"] = None
        else:
            out["output"] = to_json(value_9)
        value_10 = self.status
        if value_10 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_10
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.id = get_("id")
        parsed_obj_.server_label = get_("server_label")
        parsed_obj_.name = get_("name")
        parsed_obj_.arguments = get_("arguments")
        parsed_obj_.output = get_("output")
        parsed_obj_.error = get_("error")
        parsed_obj_.status = get_("status")
        parsed_obj_.approval_request_id = get_("approval_request_id")
        _raw_agent = get_("agent", UNSET)
        if _raw_agent is not None and _raw_agent is not UNSET:
            try:
                agent = _parse_agent(_raw_agent)

            except LENIENT_ERRORS:
                agent = _raw_agent
        else:
            agent = _raw_agent
        parsed_obj_.agent = None if isinstance(agent, Unset) else agent
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
