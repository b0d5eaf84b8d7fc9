from typing import Literal

ImageEditCompletedEventOutputFormat = Literal["jpeg", "png", "webp"]

IMAGE_EDIT_COMPLETED_EVENT_OUTPUT_FORMAT_VALUES: set[ImageEditCompletedEventOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_image_edit_completed_event_output_format(
    value: str,
) -> ImageEditCompletedEventOutputFormat:
    if value in IMAGE_EDIT_COMPLETED_EVENT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDIT_COMPLETED_EVENT_OUTPUT_FORMAT_VALUES!r}"
    )
