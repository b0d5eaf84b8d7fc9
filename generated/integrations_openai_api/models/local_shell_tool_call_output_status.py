from typing import Literal

LocalShellToolCallOutputStatus = Literal["completed", "in_progress", "incomplete"]

LOCAL_SHELL_TOOL_CALL_OUTPUT_STATUS_VALUES: set[LocalShellToolCallOutputStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_local_shell_tool_call_output_status(value: str) -> LocalShellToolCallOutputStatus:
    if value in LOCAL_SHELL_TOOL_CALL_OUTPUT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCAL_SHELL_TOOL_CALL_OUTPUT_STATUS_VALUES!r}"
    )
