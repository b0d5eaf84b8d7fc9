from typing import Literal

FileSearchToolCallStatus = Literal["completed", "failed", "in_progress", "incomplete", "searching"]

FILE_SEARCH_TOOL_CALL_STATUS_VALUES: set[FileSearchToolCallStatus] = {
    "completed",
    "failed",
    "in_progress",
    "incomplete",
    "searching",
}


def check_file_search_tool_call_status(value: str) -> FileSearchToolCallStatus:
    if value in FILE_SEARCH_TOOL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FILE_SEARCH_TOOL_CALL_STATUS_VALUES!r}"
    )
