from typing import Literal

CreateImageRequestStyle = Literal["natural", "vivid"]

CREATE_IMAGE_REQUEST_STYLE_VALUES: set[CreateImageRequestStyle] = {
    "natural",
    "vivid",
}


def check_create_image_request_style(value: str) -> CreateImageRequestStyle:
    if value in CREATE_IMAGE_REQUEST_STYLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_REQUEST_STYLE_VALUES!r}"
    )
