from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="MCPTool")


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


@_attrs_define
class MCPTool:
    """Give the model access to additional tools via remote Model Context Protocol
    (MCP) servers. [Learn more about MCP](/docs/guides/tools-remote-mcp).

    """

    server_label: str
    """ A label for this MCP server, used to identify it in tool calls.
     """
    type_: Literal["mcp"] = "mcp"
    """ The type of the MCP tool. Always `mcp`. """
    server_url: None | str | Unset = UNSET
    """ The URL for the MCP server. One of `server_url` or `connector_id` must be
    provided.
     """
    connector_id: MCPToolConnectorId | None | Unset = UNSET
    authorization: None | str | Unset = UNSET
    """ An OAuth access token that can be used with a remote MCP server, either
    with a custom MCP server URL or a service connector. Your application
    must handle the OAuth authorization flow and provide the token here.
     """
    server_description: None | str | Unset = UNSET
    """ Optional description of the MCP server, used to provide more context.
     """
    headers: MCPToolHeaders | None | Unset = UNSET
    allowed_tools: list[str] | MCPToolFilter | None | Unset = UNSET
    require_approval: (
        MCPToolRequireApprovalMCPToolApprovalFilter
        | MCPToolRequireApprovalMCPToolApprovalSetting
        | None
        | Unset
    ) = UNSET
    defer_loading: bool | None | Unset = UNSET
    """ Whether this MCP tool is deferred and discovered via tool search.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.server_label, Unset):
            field_dict["server_label"] = self.server_label
        if self.server_url is not UNSET:
            field_dict["server_url"] = to_json(self.server_url)
        if self.connector_id is not UNSET:
            field_dict["connector_id"] = to_json(self.connector_id)
        if self.authorization is not UNSET:
            field_dict["authorization"] = to_json(self.authorization)
        if self.server_description is not UNSET:
            field_dict["server_description"] = to_json(self.server_description)
        if self.headers is not UNSET:
            field_dict["headers"] = to_json(self.headers)
        if self.allowed_tools is not UNSET:
            field_dict["allowed_tools"] = to_json(self.allowed_tools)
        if self.require_approval is not UNSET:
            field_dict["require_approval"] = to_json(self.require_approval)
        if self.defer_loading is not UNSET:
            field_dict["defer_loading"] = to_json(self.defer_loading)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"MCPTool: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['mcp']", _raw_type_)
            if type_ != "mcp":
                raise ValueError(f"type must match const 'mcp', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        server_label = d.pop("server_label", UNSET)

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

        parsed_obj_ = cls(
            type_=type_,
            server_label=server_label,
            server_url=server_url,
            connector_id=connector_id,
            authorization=authorization,
            server_description=server_description,
            headers=headers,
            allowed_tools=allowed_tools,
            require_approval=require_approval,
            defer_loading=defer_loading,
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
