from typing import Literal

ImagesResponseQuality = Literal["high", "low", "medium"]

IMAGES_RESPONSE_QUALITY_VALUES: set[ImagesResponseQuality] = {
    "high",
    "low",
    "medium",
}


def check_images_response_quality(value: str) -> ImagesResponseQuality:
    if value in IMAGES_RESPONSE_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGES_RESPONSE_QUALITY_VALUES!r}"
    )
