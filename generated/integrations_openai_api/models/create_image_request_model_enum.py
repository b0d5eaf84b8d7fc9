from typing import Literal

CreateImageRequestModelEnum = Literal[
    "dall-e-2", "dall-e-3", "gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5"
]

CREATE_IMAGE_REQUEST_MODEL_ENUM_VALUES: set[CreateImageRequestModelEnum] = {
    "dall-e-2",
    "dall-e-3",
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
}


def check_create_image_request_model_enum(value: str) -> CreateImageRequestModelEnum:
    if value in CREATE_IMAGE_REQUEST_MODEL_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_REQUEST_MODEL_ENUM_VALUES!r}"
    )
