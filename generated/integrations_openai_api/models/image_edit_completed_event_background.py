from typing import Literal

ImageEditCompletedEventBackground = Literal["auto", "opaque", "transparent"]

IMAGE_EDIT_COMPLETED_EVENT_BACKGROUND_VALUES: set[ImageEditCompletedEventBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_image_edit_completed_event_background(value: str) -> ImageEditCompletedEventBackground:
    if value in IMAGE_EDIT_COMPLETED_EVENT_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDIT_COMPLETED_EVENT_BACKGROUND_VALUES!r}"
    )
