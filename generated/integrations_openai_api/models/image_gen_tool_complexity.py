from typing import Literal

ImageGenToolComplexity = Literal["high", "low", "medium"]

IMAGE_GEN_TOOL_COMPLEXITY_VALUES: set[ImageGenToolComplexity] = {
    "high",
    "low",
    "medium",
}


def check_image_gen_tool_complexity(value: str) -> ImageGenToolComplexity:
    if value in IMAGE_GEN_TOOL_COMPLEXITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GEN_TOOL_COMPLEXITY_VALUES!r}"
    )
