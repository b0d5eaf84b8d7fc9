from typing import Literal

ReasoningEffort2 = Literal["high", "low", "medium", "minimal", "none", "xhigh"]

REASONING_EFFORT_2_VALUES: set[ReasoningEffort2] = {
    "high",
    "low",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_reasoning_effort_2(value: str) -> ReasoningEffort2:
    if value in REASONING_EFFORT_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REASONING_EFFORT_2_VALUES!r}")
