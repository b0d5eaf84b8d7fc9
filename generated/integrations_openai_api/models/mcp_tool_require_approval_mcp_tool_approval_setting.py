from typing import Literal

MCPToolRequireApprovalMCPToolApprovalSetting = Literal["always", "never"]

MCP_TOOL_REQUIRE_APPROVAL_MCP_TOOL_APPROVAL_SETTING_VALUES: set[
    MCPToolRequireApprovalMCPToolApprovalSetting
] = {
    "always",
    "never",
}


def check_mcp_tool_require_approval_mcp_tool_approval_setting(
    value: str,
) -> MCPToolRequireApprovalMCPToolApprovalSetting:
    if value in MCP_TOOL_REQUIRE_APPROVAL_MCP_TOOL_APPROVAL_SETTING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MCP_TOOL_REQUIRE_APPROVAL_MCP_TOOL_APPROVAL_SETTING_VALUES!r}"
    )
