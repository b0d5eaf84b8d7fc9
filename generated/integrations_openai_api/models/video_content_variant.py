from typing import Literal

VideoContentVariant = Literal["spritesheet", "thumbnail", "video"]

VIDEO_CONTENT_VARIANT_VALUES: set[VideoContentVariant] = {
    "spritesheet",
    "thumbnail",
    "video",
}


def check_video_content_variant(value: str) -> VideoContentVariant:
    if value in VIDEO_CONTENT_VARIANT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_CONTENT_VARIANT_VALUES!r}")
