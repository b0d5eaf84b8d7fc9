from typing import Literal

ChatCompletionModalitiesItem = Literal["audio", "text"]

CHAT_COMPLETION_MODALITIES_ITEM_VALUES: set[ChatCompletionModalitiesItem] = {
    "audio",
    "text",
}


def check_chat_completion_modalities_item(value: str) -> ChatCompletionModalitiesItem:
    if value in CHAT_COMPLETION_MODALITIES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_MODALITIES_ITEM_VALUES!r}"
    )
