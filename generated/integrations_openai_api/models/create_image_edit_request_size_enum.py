from typing import Literal

CreateImageEditRequestSizeEnum = Literal[
    "1024x1024", "1024x1536", "1536x1024", "256x256", "512x512", "auto"
]

CREATE_IMAGE_EDIT_REQUEST_SIZE_ENUM_VALUES: set[CreateImageEditRequestSizeEnum] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "256x256",
    "512x512",
    "auto",
}


def check_create_image_edit_request_size_enum(value: str) -> CreateImageEditRequestSizeEnum:
    if value in CREATE_IMAGE_EDIT_REQUEST_SIZE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_EDIT_REQUEST_SIZE_ENUM_VALUES!r}"
    )
