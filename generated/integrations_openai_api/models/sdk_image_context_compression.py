from typing import Literal

SdkImageContextCompression = Literal["disabled", "enabled"]

SDK_IMAGE_CONTEXT_COMPRESSION_VALUES: set[SdkImageContextCompression] = {
    "disabled",
    "enabled",
}


def check_sdk_image_context_compression(value: str) -> SdkImageContextCompression:
    if value in SDK_IMAGE_CONTEXT_COMPRESSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SDK_IMAGE_CONTEXT_COMPRESSION_VALUES!r}"
    )
