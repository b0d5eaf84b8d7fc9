from typing import Literal

CreateImageEditRequestBackground = Literal["auto", "opaque", "transparent"]

CREATE_IMAGE_EDIT_REQUEST_BACKGROUND_VALUES: set[CreateImageEditRequestBackground] = {
    "auto",
    "opaque",
    "transparent",
}


def check_create_image_edit_request_background(value: str) -> CreateImageEditRequestBackground:
    if value in CREATE_IMAGE_EDIT_REQUEST_BACKGROUND_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_EDIT_REQUEST_BACKGROUND_VALUES!r}"
    )
