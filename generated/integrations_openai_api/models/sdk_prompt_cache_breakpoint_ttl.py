from typing import Literal

SdkPromptCacheBreakpointTtl = Literal["12h", "30m"]

SDK_PROMPT_CACHE_BREAKPOINT_TTL_VALUES: set[SdkPromptCacheBreakpointTtl] = {
    "12h",
    "30m",
}


def check_sdk_prompt_cache_breakpoint_ttl(value: str) -> SdkPromptCacheBreakpointTtl:
    if value in SDK_PROMPT_CACHE_BREAKPOINT_TTL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SDK_PROMPT_CACHE_BREAKPOINT_TTL_VALUES!r}"
    )
