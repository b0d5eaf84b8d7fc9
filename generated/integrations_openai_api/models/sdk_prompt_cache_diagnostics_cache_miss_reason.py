from typing import Literal

SdkPromptCacheDiagnosticsCacheMissReason = Literal[
    "context_compacted",
    "input_changed",
    "model_changed",
    "prompt_cache_key_changed",
    "reasoning_effort_changed",
    "service_tier_changed",
    "text_format_changed",
    "tools_changed",
    "verbosity_changed",
]

SDK_PROMPT_CACHE_DIAGNOSTICS_CACHE_MISS_REASON_VALUES: set[
    SdkPromptCacheDiagnosticsCacheMissReason
] = {
    "context_compacted",
    "input_changed",
    "model_changed",
    "prompt_cache_key_changed",
    "reasoning_effort_changed",
    "service_tier_changed",
    "text_format_changed",
    "tools_changed",
    "verbosity_changed",
}


def check_sdk_prompt_cache_diagnostics_cache_miss_reason(
    value: str,
) -> SdkPromptCacheDiagnosticsCacheMissReason:
    if value in SDK_PROMPT_CACHE_DIAGNOSTICS_CACHE_MISS_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SDK_PROMPT_CACHE_DIAGNOSTICS_CACHE_MISS_REASON_VALUES!r}"
    )
