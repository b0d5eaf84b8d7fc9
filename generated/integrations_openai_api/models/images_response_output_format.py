from typing import Literal

ImagesResponseOutputFormat = Literal["jpeg", "png", "webp"]

IMAGES_RESPONSE_OUTPUT_FORMAT_VALUES: set[ImagesResponseOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_images_response_output_format(value: str) -> ImagesResponseOutputFormat:
    if value in IMAGES_RESPONSE_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGES_RESPONSE_OUTPUT_FORMAT_VALUES!r}"
    )
