from typing import Literal

CreateChatCompletionStreamResponseChoicesItemFinishReason = Literal[
    "content_filter", "function_call", "length", "stop", "tool_calls"
]

CREATE_CHAT_COMPLETION_STREAM_RESPONSE_CHOICES_ITEM_FINISH_REASON_VALUES: set[
    CreateChatCompletionStreamResponseChoicesItemFinishReason
] = {
    "content_filter",
    "function_call",
    "length",
    "stop",
    "tool_calls",
}


def check_create_chat_completion_stream_response_choices_item_finish_reason(
    value: str,
) -> CreateChatCompletionStreamResponseChoicesItemFinishReason:
    if value in CREATE_CHAT_COMPLETION_STREAM_RESPONSE_CHOICES_ITEM_FINISH_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_STREAM_RESPONSE_CHOICES_ITEM_FINISH_REASON_VALUES!r}"
    )
