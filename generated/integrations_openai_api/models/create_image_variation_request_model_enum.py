from typing import Literal

CreateImageVariationRequestModelEnum = Literal["dall-e-2"]

CREATE_IMAGE_VARIATION_REQUEST_MODEL_ENUM_VALUES: set[CreateImageVariationRequestModelEnum] = {
    "dall-e-2",
}


def check_create_image_variation_request_model_enum(
    value: str,
) -> CreateImageVariationRequestModelEnum:
    if value in CREATE_IMAGE_VARIATION_REQUEST_MODEL_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_IMAGE_VARIATION_REQUEST_MODEL_ENUM_VALUES!r}"
    )
