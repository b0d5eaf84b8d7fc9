from typing import Literal

ImageEditPartialImageEventBackground = Literal["auto", "opaque", "transparent"]

IMAGE_EDIT_PARTIAL_IMAGE_EVENT_BACKGROUND_VALUES: set[ImageEditPartialImageEventBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_image_edit_partial_image_event_background(
    value: str,
) -> ImageEditPartialImageEventBackground:
    if value in IMAGE_EDIT_PARTIAL_IMAGE_EVENT_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDIT_PARTIAL_IMAGE_EVENT_BACKGROUND_VALUES!r}"
    )
