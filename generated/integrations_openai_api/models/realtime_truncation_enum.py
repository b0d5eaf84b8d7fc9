from typing import Literal

RealtimeTruncationEnum = Literal["auto", "disabled"]

REALTIME_TRUNCATION_ENUM_VALUES: set[RealtimeTruncationEnum] = {
    "auto",
    "disabled",
}


def check_realtime_truncation_enum(value: str) -> RealtimeTruncationEnum:
    if value in REALTIME_TRUNCATION_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_TRUNCATION_ENUM_VALUES!r}"
    )
