from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_tool import MCPListToolsTool
    from ..models.sdk_mcp_list_tools_agent import SdkMcpListToolsAgent

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MCPListToolsTool, SdkMcpListToolsAgent
    from ..models.mcp_list_tools_tool import MCPListToolsTool  # noqa: PLC0415
    from ..models.sdk_mcp_list_tools_agent import SdkMcpListToolsAgent  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_agent(data: object) -> None | SdkMcpListToolsAgent | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkMcpListToolsAgent._from_dict_(data)
    return cast("None | SdkMcpListToolsAgent | Unset", data)


@_attrs_define(repr=False)
class MCPListTools(ApiModel):
    """A list of tools available on an MCP server."""

    id: str
    """ The unique ID of the list.
     """

    server_label: str
    """ The label of the MCP server.
     """

    tools: list[MCPListToolsTool]
    """ The tools available on the server.
     """

    type: Literal["mcp_list_tools"] = "mcp_list_tools"
    """ The type of the item. Always `mcp_list_tools`.
     """

    error: str | None = ABSENT

    agent: SdkMcpListToolsAgent | None = ABSENT
    """ Not in the pinned spec; the official SDK's `McpListTools` has it (the live API sends it). Reads None when
    absent. """

    _sdk_name_: ClassVar[str] = "McpListTools"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("server_label", "server_label"),
        ("tools", "tools"),
        ("type", "type"),
        ("agent", "agent"),
        ("error", "error"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['mcp_list_tools']",
        "id": "str",
        "server_label": "str",
        "tools": "list[MCPListToolsTool]",
        "error": "None | str | Unset",
        "agent": "None | SdkMcpListToolsAgent | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("mcp_list_tools",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "server_label",
        "tools",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "server_label",
            "tools",
            "error",
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
        value_2 = self.server_label
        if value_2 is None:
            if "server_label" in present:
                out["server_label"] = None
        else:
            out["server_label"] = value_2
        value_3 = self.tools
        if value_3 is None:
            if "tools" in present:
                out["tools"] = None
        elif value_3 or not isinstance(value_3, AbsentList) or "tools" in present:
            out["tools"] = to_json(value_3)
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        value_5 = self.agent
        if value_5 is None:
            if "agent" in present:
                out["agent"] = None
        else:
            out["agent"] = to_json(value_5)
        value_6 = self.error
        if value_6 is None:
            if "error" in present:
                out["error"] = None
        else:
            out["error"] = to_json(value_6)
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
        _raw_tools = get_("tools", UNSET)
        try:
            tools = []
            _tools = _raw_tools
            if not isinstance(_tools, list):
                raise TypeError()
            for tools_item_data in _tools:
                try:
                    tools_item = (
                        MCPListToolsTool._from_dict_(tools_item_data)
                        if tools_item_data.__class__ is dict
                        else MCPListToolsTool.from_dict(tools_item_data)
                    )
                except LENIENT_ERRORS:
                    tools_item = tools_item_data
                tools.append(tools_item)

        except LENIENT_ERRORS:
            tools = _raw_tools
        parsed_obj_.tools = AbsentList() if isinstance(tools, Unset) else tools
        parsed_obj_.error = get_("error")
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
