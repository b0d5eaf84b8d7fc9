from typing import Literal

FunctionShellCallStatus = Literal["completed", "in_progress", "incomplete"]

FUNCTION_SHELL_CALL_STATUS_VALUES: set[FunctionShellCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_shell_call_status(value: str) -> FunctionShellCallStatus:
    if value in FUNCTION_SHELL_CALL_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_SHELL_CALL_STATUS_VALUES!r}"
    )
