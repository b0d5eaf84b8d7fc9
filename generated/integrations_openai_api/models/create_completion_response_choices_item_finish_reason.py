from typing import Literal

CreateCompletionResponseChoicesItemFinishReason = Literal["content_filter", "length", "stop"]

CREATE_COMPLETION_RESPONSE_CHOICES_ITEM_FINISH_REASON_VALUES: set[
    CreateCompletionResponseChoicesItemFinishReason
] = {
    "content_filter",
    "length",
    "stop",
}


def check_create_completion_response_choices_item_finish_reason(
    value: str,
) -> CreateCompletionResponseChoicesItemFinishReason:
    if value in CREATE_COMPLETION_RESPONSE_CHOICES_ITEM_FINISH_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_COMPLETION_RESPONSE_CHOICES_ITEM_FINISH_REASON_VALUES!r}"
    )
