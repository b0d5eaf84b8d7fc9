from typing import Literal

RunStepObjectLastErrorCode = Literal["rate_limit_exceeded", "server_error"]

RUN_STEP_OBJECT_LAST_ERROR_CODE_VALUES: set[RunStepObjectLastErrorCode] = {
    "rate_limit_exceeded",
    "server_error",
}


def check_run_step_object_last_error_code(value: str) -> RunStepObjectLastErrorCode:
    if value in RUN_STEP_OBJECT_LAST_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_STEP_OBJECT_LAST_ERROR_CODE_VALUES!r}"
    )
