from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.mcp_tool_connector_id import MCPToolConnectorId, check_mcp_tool_connector_id
from ..models.mcp_tool_require_approval_mcp_tool_approval_setting import (
    MCPToolRequireApprovalMCPToolApprovalSetting,
    check_mcp_tool_require_approval_mcp_tool_approval_setting,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import MCPToolFilter
    from ..models.mcp_tool_headers import MCPToolHeaders
    from ..models.mcp_tool_require_approval_mcp_tool_approval_filter import (
        MCPToolRequireApprovalMCPToolApprovalFilter,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MCPToolFilter, MCPToolHeaders, MCPToolRequireApprovalMCPToolApprovalFilter
    from ..models.mcp_tool_filter import MCPToolFilter  # noqa: PLC0415
    from ..models.mcp_tool_headers import MCPToolHeaders  # noqa: PLC0415
    from ..models.mcp_tool_require_approval_mcp_tool_approval_filter import (
        MCPToolRequireApprovalMCPToolApprovalFilter,  # noqa: PLC0415
    )

    _lazy_loaded = True


def _parse_server_url(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_connector_id(data: object) -> MCPToolConnectorId | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        connector_id_type_0 = check_mcp_tool_connector_id(data)

        return connector_id_type_0
    except LENIENT_ERRORS:
        pass
    return cast("MCPToolConnectorId | None | Unset", data)


def _parse_authorization(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_server_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_headers(data: object) -> MCPToolHeaders | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return MCPToolHeaders.from_dict(data)
    return cast("MCPToolHeaders | None | Unset", data)


def _parse_allowed_tools(data: object) -> list[str] | MCPToolFilter | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return MCPToolFilter.from_dict(data)
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        allowed_tools_type_0 = cast("list[str]", data)

        return allowed_tools_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | MCPToolFilter | None | Unset", data)


def _parse_require_approval(
    data: object,
) -> (
    MCPToolRequireApprovalMCPToolApprovalFilter
    | MCPToolRequireApprovalMCPToolApprovalSetting
    | None
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return MCPToolRequireApprovalMCPToolApprovalFilter.from_dict(data)
    try:
        if not isinstance(data, str):
            raise TypeError()
        require_approval_type_0_type_0 = check_mcp_tool_require_approval_mcp_tool_approval_setting(
            data
        )

        return require_approval_type_0_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "MCPToolRequireApprovalMCPToolApprovalFilter | MCPToolRequireApprovalMCPToolApprovalSetting | None | Unset",
        data,
    )


def _parse_defer_loading(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


@_attrs_define(repr=False)
class MCPTool(ApiModel):
    """Give the model access to additional tools via remote Model Context Protocol
    (MCP) servers. [Learn more about MCP](/docs/guides/tools-remote-mcp).

    """

    server_label: str
    """ A label for this MCP server, used to identify it in tool calls.
     """

    type: Literal["mcp"] = "mcp"
    """ The type of the MCP tool. Always `mcp`. """

    server_url: str | None = ABSENT
    """ The URL for the MCP server. One of `server_url` or `connector_id` must be
    provided.
     """

    connector_id: MCPToolConnectorId | str | None = ABSENT

    authorization: str | None = ABSENT
    """ An OAuth access token that can be used with a remote MCP server, either
    with a custom MCP server URL or a service connector. Your application
    must handle the OAuth authorization flow and provide the token here.
     """

    server_description: str | None = ABSENT
    """ Optional description of the MCP server, used to provide more context.
     """

    headers: MCPToolHeaders | None = ABSENT

    allowed_tools: list[str] | MCPToolFilter | None = ABSENT

    require_approval: (
        MCPToolRequireApprovalMCPToolApprovalFilter
        | MCPToolRequireApprovalMCPToolApprovalSetting
        | str
        | None
    ) = ABSENT

    defer_loading: bool | None = ABSENT
    """ Whether this MCP tool is deferred and discovered via tool search.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("server_label", "server_label"),
        ("server_url", "server_url"),
        ("connector_id", "connector_id"),
        ("authorization", "authorization"),
        ("server_description", "server_description"),
        ("headers", "headers"),
        ("allowed_tools", "allowed_tools"),
        ("require_approval", "require_approval"),
        ("defer_loading", "defer_loading"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['mcp']",
        "server_label": "str",
        "server_url": "None | str | Unset",
        "connector_id": "MCPToolConnectorId | None | Unset",
        "authorization": "None | str | Unset",
        "server_description": "None | str | Unset",
        "headers": "MCPToolHeaders | None | Unset",
        "allowed_tools": "list[str] | MCPToolFilter | None | Unset",
        "require_approval": "MCPToolRequireApprovalMCPToolApprovalFilter | MCPToolRequireApprovalMCPToolApprovalSetting | None | Unset",
        "defer_loading": "bool | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("mcp",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "server_label",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "server_label",
            "server_url",
            "connector_id",
            "authorization",
            "server_description",
            "headers",
            "allowed_tools",
            "require_approval",
            "defer_loading",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["mcp"]', _raw_type_)
            if type_ != "mcp":
                raise ValueError(f"type must match const 'mcp', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        server_label = d.pop("server_label", None)

        _raw_server_url = d.pop("server_url", UNSET)
        try:
            server_url = _parse_server_url(_raw_server_url)

        except LENIENT_ERRORS:
            server_url = _raw_server_url

        _raw_connector_id = d.pop("connector_id", UNSET)
        try:
            connector_id = _parse_connector_id(_raw_connector_id)

        except LENIENT_ERRORS:
            connector_id = _raw_connector_id

        _raw_authorization = d.pop("authorization", UNSET)
        try:
            authorization = _parse_authorization(_raw_authorization)

        except LENIENT_ERRORS:
            authorization = _raw_authorization

        _raw_server_description = d.pop("server_description", UNSET)
        try:
            server_description = _parse_server_description(_raw_server_description)

        except LENIENT_ERRORS:
            server_description = _raw_server_description

        _raw_headers = d.pop("headers", UNSET)
        try:
            headers = _parse_headers(_raw_headers)

        except LENIENT_ERRORS:
            headers = _raw_headers

        _raw_allowed_tools = d.pop("allowed_tools", UNSET)
        try:
            allowed_tools = _parse_allowed_tools(_raw_allowed_tools)

        except LENIENT_ERRORS:
            allowed_tools = _raw_allowed_tools

        _raw_require_approval = d.pop("require_approval", UNSET)
        try:
            require_approval = _parse_require_approval(_raw_require_approval)

        except LENIENT_ERRORS:
            require_approval = _raw_require_approval

        _raw_defer_loading = d.pop("defer_loading", UNSET)
        try:
            defer_loading = _parse_defer_loading(_raw_defer_loading)

        except LENIENT_ERRORS:
            defer_loading = _raw_defer_loading

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.server_label = server_label
        parsed_obj_.server_url = None if isinstance(server_url, Unset) else server_url
        parsed_obj_.connector_id = None if isinstance(connector_id, Unset) else connector_id
        parsed_obj_.authorization = None if isinstance(authorization, Unset) else authorization
        parsed_obj_.server_description = (
            None if isinstance(server_description, Unset) else server_description
        )
        parsed_obj_.headers = None if isinstance(headers, Unset) else headers
        parsed_obj_.allowed_tools = None if isinstance(allowed_tools, Unset) else allowed_tools
        parsed_obj_.require_approval = (
            None if isinstance(require_approval, Unset) else require_approval
        )
        parsed_obj_.defer_loading = None if isinstance(defer_loading, Unset) else defer_loading
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
