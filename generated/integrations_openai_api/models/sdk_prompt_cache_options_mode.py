from typing import Literal

SdkPromptCacheOptionsMode = Literal["explicit", "implicit"]

SDK_PROMPT_CACHE_OPTIONS_MODE_VALUES: set[SdkPromptCacheOptionsMode] = {
    "explicit",
    "implicit",
}


def check_sdk_prompt_cache_options_mode(value: str) -> SdkPromptCacheOptionsMode:
    if value in SDK_PROMPT_CACHE_OPTIONS_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SDK_PROMPT_CACHE_OPTIONS_MODE_VALUES!r}"
    )
