from typing import Literal

LocalShellToolCallStatus = Literal["completed", "in_progress", "incomplete"]

LOCAL_SHELL_TOOL_CALL_STATUS_VALUES: set[LocalShellToolCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_local_shell_tool_call_status(value: str) -> LocalShellToolCallStatus:
    if value in LOCAL_SHELL_TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCAL_SHELL_TOOL_CALL_STATUS_VALUES!r}"
    )
