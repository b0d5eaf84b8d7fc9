from typing import Literal

CreateImageEditRequestOutputFormat = Literal["jpeg", "png", "webp"]

CREATE_IMAGE_EDIT_REQUEST_OUTPUT_FORMAT_VALUES: set[CreateImageEditRequestOutputFormat] = {
    "jpeg",
    "png",
    "webp",
}


def check_create_image_edit_request_output_format(value: str) -> CreateImageEditRequestOutputFormat:
    if value in CREATE_IMAGE_EDIT_REQUEST_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_EDIT_REQUEST_OUTPUT_FORMAT_VALUES!r}"
    )
