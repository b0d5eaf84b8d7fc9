from typing import Literal

ImageGenToolSizeEnum = Literal["1024x1024", "1024x1536", "1536x1024", "auto"]

IMAGE_GEN_TOOL_SIZE_ENUM_VALUES: set[ImageGenToolSizeEnum] = {
    "1024x1024",
    "1024x1536",
    "1536x1024",
    "auto",
}


def check_image_gen_tool_size_enum(value: str) -> ImageGenToolSizeEnum:
    if value in IMAGE_GEN_TOOL_SIZE_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_TOOL_SIZE_ENUM_VALUES!r}"
    )
