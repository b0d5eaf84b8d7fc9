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
from ..models.apply_patch_tool_param_allowed_callers_item import (
    ApplyPatchToolParamAllowedCallersItem,
    check_apply_patch_tool_param_allowed_callers_item,
)
from ..models.mcp_tool_connector_id import MCPToolConnectorId
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_headers(data: object) -> MCPToolHeaders | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return MCPToolHeaders._from_dict_(data)
    return cast("MCPToolHeaders | None | Unset", data)


def _parse_allowed_tools(data: object) -> list[str] | MCPToolFilter | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return MCPToolFilter._from_dict_(data)
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
        return MCPToolRequireApprovalMCPToolApprovalFilter._from_dict_(data)
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


def _parse_allowed_callers(
    data: object,
) -> list[ApplyPatchToolParamAllowedCallersItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_callers_type_0 = []
        _allowed_callers_type_0 = data
        if not isinstance(_allowed_callers_type_0, list):
            raise TypeError()
        for allowed_callers_type_0_item_data in _allowed_callers_type_0:
            try:
                allowed_callers_type_0_item = check_apply_patch_tool_param_allowed_callers_item(
                    allowed_callers_type_0_item_data
                )

            except LENIENT_ERRORS:
                allowed_callers_type_0_item = allowed_callers_type_0_item_data
            allowed_callers_type_0.append(allowed_callers_type_0_item)

        return allowed_callers_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[ApplyPatchToolParamAllowedCallersItem] | None | Unset", data)


@_attrs_define(repr=False)
class MCPTool(ApiModel):
    """Give the model access to additional tools via remote Model Context Protocol
    (MCP) servers. [Learn more about MCP](https://platform.openai.com/docs/guides/tools-remote-mcp).

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
    """ Identifier for service connectors, like those available in ChatGPT. One of
    `server_url` or `connector_id` must be provided. Learn more about service
    connectors [here](https://platform.openai.com/docs/guides/tools-remote-mcp#connectors).

    Currently supported `connector_id` values are:

    - Dropbox: `connector_dropbox`
    - Gmail: `connector_gmail`
    - Google Calendar: `connector_googlecalendar`
    - Google Drive: `connector_googledrive`
    - Microsoft Teams: `connector_microsoftteams`
    - Outlook Calendar: `connector_outlookcalendar`
    - Outlook Email: `connector_outlookemail`
    - SharePoint: `connector_sharepoint`
     """

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

    allowed_callers: list[ApplyPatchToolParamAllowedCallersItem | str] | None = ABSENT
    """ Not in the pinned spec; the official SDK's `Mcp` has it (the live API sends it). Reads None when absent. """

    tunnel_id: str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `Mcp` has it (the live API sends it). Reads None when absent. """

    _sdk_name_: ClassVar[str] = "Mcp"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("server_label", "server_label"),
        ("type", "type"),
        ("allowed_callers", "allowed_callers"),
        ("allowed_tools", "allowed_tools"),
        ("authorization", "authorization"),
        ("connector_id", "connector_id"),
        ("defer_loading", "defer_loading"),
        ("headers", "headers"),
        ("require_approval", "require_approval"),
        ("server_description", "server_description"),
        ("server_url", "server_url"),
        ("tunnel_id", "tunnel_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['mcp']",
        "server_label": "str",
        "server_url": "str | Unset",
        "connector_id": "MCPToolConnectorId | Unset",
        "authorization": "str | Unset",
        "server_description": "str | Unset",
        "headers": "MCPToolHeaders | None | Unset",
        "allowed_tools": "list[str] | MCPToolFilter | None | Unset",
        "require_approval": "MCPToolRequireApprovalMCPToolApprovalFilter | MCPToolRequireApprovalMCPToolApprovalSetting | None | Unset",
        "defer_loading": "bool | Unset",
        "allowed_callers": "list[ApplyPatchToolParamAllowedCallersItem] | None | Unset",
        "tunnel_id": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("mcp",),
        "connector_id": (
            "connector_dropbox",
            "connector_gmail",
            "connector_googlecalendar",
            "connector_googledrive",
            "connector_microsoftteams",
            "connector_outlookcalendar",
            "connector_outlookemail",
            "connector_sharepoint",
        ),
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
            "allowed_callers",
            "tunnel_id",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.server_label
        if value_1 is None:
            if "server_label" in present:
                out["server_label"] = None
        else:
            out["server_label"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.allowed_callers
        if value_3 is None:
            if "allowed_callers" in present:
                out["allowed_callers"] = None
        else:
            out["allowed_callers"] = to_json(value_3)
        value_4 = self.allowed_tools
        if value_4 is None:
            if "allowed_tools" in present:
                out["allowed_tools"] = None
        else:
            out["allowed_tools"] = to_json(value_4)
        value_5 = self.authorization
        if value_5 is None:
            if "authorization" in present:
                out["authorization"] = None
        else:
            out["authorization"] = value_5
        value_6 = self.connector_id
        if value_6 is None:
            if "connector_id" in present:
                out["connector_id"] = None
        else:
            out["connector_id"] = value_6
        value_7 = self.defer_loading
        if value_7 is None:
            if "defer_loading" in present:
                out["defer_loading"] = None
        else:
            out["defer_loading"] = value_7
        value_8 = self.headers
        if value_8 is None:
            if "headers" in present:
                out["headers"] = None
        else:
            out["headers"] = to_json(value_8)
        value_9 = self.require_approval
        if value_9 is None:
            if "require_approval" in present:
                out["require_approval"] = None
        else:
            out["require_approval"] = to_json(value_9)
        value_10 = self.server_description
        if value_10 is None:
            if "server_description" in present:
                out["server_description"] = None
        else:
            out["server_description"] = value_10
        value_11 = self.server_url
        if value_11 is None:
            if "server_url" in present:
                out["server_url"] = None
        else:
            out["server_url"] = value_11
        value_12 = self.tunnel_id
        if value_12 is None:
            if "tunnel_id" in present:
                out["tunnel_id"] = None
        else:
            out["tunnel_id"] = to_json(value_12)
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
        parsed_obj_.server_label = get_("server_label")
        parsed_obj_.server_url = get_("server_url")
        parsed_obj_.connector_id = get_("connector_id")
        parsed_obj_.authorization = get_("authorization")
        parsed_obj_.server_description = get_("server_description")
        _raw_headers = get_("headers", UNSET)
        if _raw_headers is not None and _raw_headers is not UNSET:
            try:
                headers = _parse_headers(_raw_headers)

            except LENIENT_ERRORS:
                headers = _raw_headers
        else:
            headers = _raw_headers
        parsed_obj_.headers = None if isinstance(headers, Unset) else headers
        _raw_allowed_tools = get_("allowed_tools", UNSET)
        if _raw_allowed_tools is not None and _raw_allowed_tools is not UNSET:
            try:
                allowed_tools = _parse_allowed_tools(_raw_allowed_tools)

            except LENIENT_ERRORS:
                allowed_tools = _raw_allowed_tools
        else:
            allowed_tools = _raw_allowed_tools
        parsed_obj_.allowed_tools = None if isinstance(allowed_tools, Unset) else allowed_tools
        _raw_require_approval = get_("require_approval", UNSET)
        if _raw_require_approval is not None and _raw_require_approval is not UNSET:
            try:
                require_approval = _parse_require_approval(_raw_require_approval)

            except LENIENT_ERRORS:
                require_approval = _raw_require_approval
        else:
            require_approval = _raw_require_approval
        parsed_obj_.require_approval = (
            None if isinstance(require_approval, Unset) else require_approval
        )
        parsed_obj_.defer_loading = get_("defer_loading")
        _raw_allowed_callers = get_("allowed_callers", UNSET)
        if _raw_allowed_callers is not None and _raw_allowed_callers is not UNSET:
            try:
                allowed_callers = _parse_allowed_callers(_raw_allowed_callers)

            except LENIENT_ERRORS:
                allowed_callers = _raw_allowed_callers
        else:
            allowed_callers = _raw_allowed_callers
        parsed_obj_.allowed_callers = (
            None if isinstance(allowed_callers, Unset) else allowed_callers
        )
        parsed_obj_.tunnel_id = get_("tunnel_id")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
