from typing import Literal

CreateImageRequestModeration = Literal["auto", "low"]

CREATE_IMAGE_REQUEST_MODERATION_VALUES: set[CreateImageRequestModeration] = {
    "auto",
    "low",
}


def check_create_image_request_moderation(value: str) -> CreateImageRequestModeration:
    if value in CREATE_IMAGE_REQUEST_MODERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_REQUEST_MODERATION_VALUES!r}"
    )
