from typing import Literal

ImageGenPartialImageEventOutputFormat = Literal["jpeg", "png", "webp"]

IMAGE_GEN_PARTIAL_IMAGE_EVENT_OUTPUT_FORMAT_VALUES: set[ImageGenPartialImageEventOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_image_gen_partial_image_event_output_format(
    value: str,
) -> ImageGenPartialImageEventOutputFormat:
    if value in IMAGE_GEN_PARTIAL_IMAGE_EVENT_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_PARTIAL_IMAGE_EVENT_OUTPUT_FORMAT_VALUES!r}"
    )
