from typing import Literal

ImageGenToolModelEnum = Literal["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5"]

IMAGE_GEN_TOOL_MODEL_ENUM_VALUES: set[ImageGenToolModelEnum] = {
    "gpt-image-1",
    "gpt-image-1-mini",
    "gpt-image-1.5",
}


def check_image_gen_tool_model_enum(value: str) -> ImageGenToolModelEnum:
    if value in IMAGE_GEN_TOOL_MODEL_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_TOOL_MODEL_ENUM_VALUES!r}"
    )
