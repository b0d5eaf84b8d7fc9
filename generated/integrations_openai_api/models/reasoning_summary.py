from typing import Literal

ReasoningSummary = Literal["auto", "concise", "detailed"]

REASONING_SUMMARY_VALUES: set[ReasoningSummary] = {
    "auto",
    "concise",
    "detailed",
}


def check_reasoning_summary(value: str) -> ReasoningSummary:
    if value in REASONING_SUMMARY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REASONING_SUMMARY_VALUES!r}")
