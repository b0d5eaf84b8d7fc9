from typing import Literal

MessageDeltaContentImageUrlObjectImageUrlDetail = Literal["auto", "high", "low"]

MESSAGE_DELTA_CONTENT_IMAGE_URL_OBJECT_IMAGE_URL_DETAIL_VALUES: set[
    MessageDeltaContentImageUrlObjectImageUrlDetail
] = {
    "auto",
    "high",
    "low",
}


def check_message_delta_content_image_url_object_image_url_detail(
    value: str,
) -> MessageDeltaContentImageUrlObjectImageUrlDetail:
    if value in MESSAGE_DELTA_CONTENT_IMAGE_URL_OBJECT_IMAGE_URL_DETAIL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MESSAGE_DELTA_CONTENT_IMAGE_URL_OBJECT_IMAGE_URL_DETAIL_VALUES!r}"
    )
