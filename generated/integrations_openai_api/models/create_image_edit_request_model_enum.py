from typing import Literal

CreateImageEditRequestModelEnum = Literal[
    "chatgpt-image-latest", "dall-e-2", "gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5"
]

CREATE_IMAGE_EDIT_REQUEST_MODEL_ENUM_VALUES: set[CreateImageEditRequestModelEnum] = {
    "chatgpt-image-latest",
    "dall-e-2",
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
}


def check_create_image_edit_request_model_enum(value: str) -> CreateImageEditRequestModelEnum:
    if value in CREATE_IMAGE_EDIT_REQUEST_MODEL_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_EDIT_REQUEST_MODEL_ENUM_VALUES!r}"
    )
