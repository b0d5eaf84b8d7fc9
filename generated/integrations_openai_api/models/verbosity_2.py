from typing import Literal

Verbosity2 = Literal["high", "low", "medium"]

VERBOSITY_2_VALUES: set[Verbosity2] = {
    "high",
    "low",
    "medium",
}


def check_verbosity_2(value: str) -> Verbosity2:
    if value in VERBOSITY_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VERBOSITY_2_VALUES!r}")
