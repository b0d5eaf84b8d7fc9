from typing import Literal

CreateImageRequestQuality = Literal["auto", "hd", "high", "low", "medium", "standard"]

CREATE_IMAGE_REQUEST_QUALITY_VALUES: set[CreateImageRequestQuality] = {
    "auto",
    "hd",
    "high",
    "low",
    "medium",
    "standard",
}


def check_create_image_request_quality(value: str) -> CreateImageRequestQuality:
    if value in CREATE_IMAGE_REQUEST_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_REQUEST_QUALITY_VALUES!r}"
    )
