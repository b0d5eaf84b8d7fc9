from typing import Literal

CreateRunRequestTruncationStrategyType = Literal["auto", "last_messages"]

CREATE_RUN_REQUEST_TRUNCATION_STRATEGY_TYPE_VALUES: set[CreateRunRequestTruncationStrategyType] = {
    "auto",
    "last_messages",
}


def check_create_run_request_truncation_strategy_type(
    value: str,
) -> CreateRunRequestTruncationStrategyType:
    if value in CREATE_RUN_REQUEST_TRUNCATION_STRATEGY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RUN_REQUEST_TRUNCATION_STRATEGY_TYPE_VALUES!r}"
    )
