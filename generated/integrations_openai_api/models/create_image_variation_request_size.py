from typing import Literal

CreateImageVariationRequestSize = Literal["1024x1024", "256x256", "512x512"]

CREATE_IMAGE_VARIATION_REQUEST_SIZE_VALUES: set[CreateImageVariationRequestSize] = {
    "1024x1024",
    "256x256",
    "512x512",
}


def check_create_image_variation_request_size(value: str) -> CreateImageVariationRequestSize:
    if value in CREATE_IMAGE_VARIATION_REQUEST_SIZE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_VARIATION_REQUEST_SIZE_VALUES!r}"
    )
