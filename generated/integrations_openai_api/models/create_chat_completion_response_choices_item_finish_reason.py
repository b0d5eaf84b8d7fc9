from typing import Literal

CreateChatCompletionResponseChoicesItemFinishReason = Literal[
    "content_filter", "function_call", "length", "stop", "tool_calls"
]

CREATE_CHAT_COMPLETION_RESPONSE_CHOICES_ITEM_FINISH_REASON_VALUES: set[
    CreateChatCompletionResponseChoicesItemFinishReason
] = {
    "content_filter",
    "function_call",
    "length",
    "stop",
    "tool_calls",
}


def check_create_chat_completion_response_choices_item_finish_reason(
    value: str,
) -> CreateChatCompletionResponseChoicesItemFinishReason:
    if value in CREATE_CHAT_COMPLETION_RESPONSE_CHOICES_ITEM_FINISH_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_RESPONSE_CHOICES_ITEM_FINISH_REASON_VALUES!r}"
    )
