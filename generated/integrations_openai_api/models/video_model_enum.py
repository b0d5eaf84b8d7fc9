from typing import Literal

VideoModelEnum = Literal[
    "sora-2", "sora-2-2025-10-06", "sora-2-2025-12-08", "sora-2-pro", "sora-2-pro-2025-10-06"
]

VIDEO_MODEL_ENUM_VALUES: set[VideoModelEnum] = {
    "sora-2",
    "sora-2-2025-10-06",
    "sora-2-2025-12-08",
    "sora-2-pro",
    "sora-2-pro-2025-10-06",
}


def check_video_model_enum(value: str) -> VideoModelEnum:
    if value in VIDEO_MODEL_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VIDEO_MODEL_ENUM_VALUES!r}")
