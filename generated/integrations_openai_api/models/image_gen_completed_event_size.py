from typing import Literal

ImageGenCompletedEventSize = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

IMAGE_GEN_COMPLETED_EVENT_SIZE_VALUES: set[ImageGenCompletedEventSize] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "auto",
}


def check_image_gen_completed_event_size(value: str) -> ImageGenCompletedEventSize:
    if value in IMAGE_GEN_COMPLETED_EVENT_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_COMPLETED_EVENT_SIZE_VALUES!r}"
    )
