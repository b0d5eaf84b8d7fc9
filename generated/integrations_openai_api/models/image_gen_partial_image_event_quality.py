from typing import Literal

ImageGenPartialImageEventQuality = Literal["auto", "high", "low", "medium"]

IMAGE_GEN_PARTIAL_IMAGE_EVENT_QUALITY_VALUES: set[ImageGenPartialImageEventQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_image_gen_partial_image_event_quality(value: str) -> ImageGenPartialImageEventQuality:
    if value in IMAGE_GEN_PARTIAL_IMAGE_EVENT_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_PARTIAL_IMAGE_EVENT_QUALITY_VALUES!r}"
    )
