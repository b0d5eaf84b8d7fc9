from typing import Literal

CreateChatCompletionRequestPromptCacheRetention = Literal["24h", "in_memory"]

CREATE_CHAT_COMPLETION_REQUEST_PROMPT_CACHE_RETENTION_VALUES: set[
    CreateChatCompletionRequestPromptCacheRetention
] = {
    "24h",
    "in_memory",
}


def check_create_chat_completion_request_prompt_cache_retention(
    value: str,
) -> CreateChatCompletionRequestPromptCacheRetention:
    if value in CREATE_CHAT_COMPLETION_REQUEST_PROMPT_CACHE_RETENTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_REQUEST_PROMPT_CACHE_RETENTION_VALUES!r}"
    )
