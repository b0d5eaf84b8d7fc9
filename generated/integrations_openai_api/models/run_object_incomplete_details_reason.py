from typing import Literal

RunObjectIncompleteDetailsReason = Literal["max_completion_tokens", "max_prompt_tokens"]

RUN_OBJECT_INCOMPLETE_DETAILS_REASON_VALUES: set[RunObjectIncompleteDetailsReason] = {
    "max_completion_tokens",
    "max_prompt_tokens",
}


def check_run_object_incomplete_details_reason(value: str) -> RunObjectIncompleteDetailsReason:
    if value in RUN_OBJECT_INCOMPLETE_DETAILS_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RUN_OBJECT_INCOMPLETE_DETAILS_REASON_VALUES!r}"
    )
