from typing import Literal

RealtimeReasoningEffort = Literal["high", "low", "medium", "minimal", "xhigh"]

REALTIME_REASONING_EFFORT_VALUES: set[RealtimeReasoningEffort] = {
    "high",
    "low",
    "medium",
    "minimal",
    "xhigh",
}


def check_realtime_reasoning_effort(value: str) -> RealtimeReasoningEffort:
    if value in REALTIME_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_REASONING_EFFORT_VALUES!r}"
    )
