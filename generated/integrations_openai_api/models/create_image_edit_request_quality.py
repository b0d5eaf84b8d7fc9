from typing import Literal

CreateImageEditRequestQuality = Literal["auto", "high", "low", "medium", "standard"]

CREATE_IMAGE_EDIT_REQUEST_QUALITY_VALUES: set[CreateImageEditRequestQuality] = {
    "auto",
    "high",
    "low",
    "medium",
    "standard",
}


def check_create_image_edit_request_quality(value: str) -> CreateImageEditRequestQuality:
    if value in CREATE_IMAGE_EDIT_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_EDIT_REQUEST_QUALITY_VALUES!r}"
    )
