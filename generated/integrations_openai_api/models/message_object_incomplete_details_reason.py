from typing import Literal

MessageObjectIncompleteDetailsReason = Literal[
    "content_filter", "max_tokens", "run_cancelled", "run_expired", "run_failed"
]

MESSAGE_OBJECT_INCOMPLETE_DETAILS_REASON_VALUES: set[MessageObjectIncompleteDetailsReason] = {
    "content_filter",
    "max_tokens",
    "run_cancelled",
    "run_expired",
    "run_failed",
}


def check_message_object_incomplete_details_reason(
    value: str,
) -> MessageObjectIncompleteDetailsReason:
    if value in MESSAGE_OBJECT_INCOMPLETE_DETAILS_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_OBJECT_INCOMPLETE_DETAILS_REASON_VALUES!r}"
    )
