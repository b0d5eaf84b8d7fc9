from typing import Literal

RunObjectLastErrorCode = Literal["invalid_prompt", "rate_limit_exceeded", "server_error"]

RUN_OBJECT_LAST_ERROR_CODE_VALUES: set[RunObjectLastErrorCode] = {
    "invalid_prompt",
    "rate_limit_exceeded",
    "server_error",
}


def check_run_object_last_error_code(value: str) -> RunObjectLastErrorCode:
    if value in RUN_OBJECT_LAST_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_OBJECT_LAST_ERROR_CODE_VALUES!r}"
    )
