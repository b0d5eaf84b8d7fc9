from typing import Literal

ImageEditPartialImageEventOutputFormat = Literal["jpeg", "png", "webp"]

IMAGE_EDIT_PARTIAL_IMAGE_EVENT_OUTPUT_FORMAT_VALUES: set[ImageEditPartialImageEventOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_image_edit_partial_image_event_output_format(
    value: str,
) -> ImageEditPartialImageEventOutputFormat:
    if value in IMAGE_EDIT_PARTIAL_IMAGE_EVENT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_EDIT_PARTIAL_IMAGE_EVENT_OUTPUT_FORMAT_VALUES!r}"
    )
