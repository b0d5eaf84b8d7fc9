from typing import Literal

ImageGenCompletedEventQuality = Literal["auto", "high", "low", "medium"]

IMAGE_GEN_COMPLETED_EVENT_QUALITY_VALUES: set[ImageGenCompletedEventQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_image_gen_completed_event_quality(value: str) -> ImageGenCompletedEventQuality:
    if value in IMAGE_GEN_COMPLETED_EVENT_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_COMPLETED_EVENT_QUALITY_VALUES!r}"
    )
