from typing import Literal

ImageEditPartialImageEventQuality = Literal["auto", "high", "low", "medium"]

IMAGE_EDIT_PARTIAL_IMAGE_EVENT_QUALITY_VALUES: set[ImageEditPartialImageEventQuality] = {
    "auto",
    "high",
    "low",
    "medium",
}


def check_image_edit_partial_image_event_quality(value: str) -> ImageEditPartialImageEventQuality:
    if value in IMAGE_EDIT_PARTIAL_IMAGE_EVENT_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDIT_PARTIAL_IMAGE_EVENT_QUALITY_VALUES!r}"
    )
