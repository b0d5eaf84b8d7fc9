from typing import Literal

ChatCompletionRequestMessageContentPartImageImageUrlDetail = Literal["auto", "high", "low"]

CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_IMAGE_IMAGE_URL_DETAIL_VALUES: set[
    ChatCompletionRequestMessageContentPartImageImageUrlDetail
] = {
    "auto",
    "high",
    "low",
}


def check_chat_completion_request_message_content_part_image_image_url_detail(
    value: str,
) -> ChatCompletionRequestMessageContentPartImageImageUrlDetail:
    if value in CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_IMAGE_IMAGE_URL_DETAIL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHAT_COMPLETION_REQUEST_MESSAGE_CONTENT_PART_IMAGE_IMAGE_URL_DETAIL_VALUES!r}"
    )
