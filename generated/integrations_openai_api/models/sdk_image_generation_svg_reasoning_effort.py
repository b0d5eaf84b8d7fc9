from typing import Literal

SdkImageGenerationSvgReasoningEffort = Literal[
    "high", "low", "max", "medium", "minimal", "none", "xhigh"
]

SDK_IMAGE_GENERATION_SVG_REASONING_EFFORT_VALUES: set[SdkImageGenerationSvgReasoningEffort] = {
    "high",
    "low",
    "max",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_sdk_image_generation_svg_reasoning_effort(
    value: str,
) -> SdkImageGenerationSvgReasoningEffort:
    if value in SDK_IMAGE_GENERATION_SVG_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SDK_IMAGE_GENERATION_SVG_REASONING_EFFORT_VALUES!r}"
    )
