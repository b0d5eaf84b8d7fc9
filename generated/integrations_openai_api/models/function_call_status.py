from typing import Literal

FunctionCallStatus = Literal["completed", "in_progress", "incomplete"]

FUNCTION_CALL_STATUS_VALUES: set[FunctionCallStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_function_call_status(value: str) -> FunctionCallStatus:
    if value in FUNCTION_CALL_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FUNCTION_CALL_STATUS_VALUES!r}")
