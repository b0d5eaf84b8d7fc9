from typing import Literal

SdkAccessProgramsCyber = Literal["daybreak_blue", "daybreak_red", "standard"]

SDK_ACCESS_PROGRAMS_CYBER_VALUES: set[SdkAccessProgramsCyber] = {
    "daybreak_blue",
    "daybreak_red",
    "standard",
}


def check_sdk_access_programs_cyber(value: str) -> SdkAccessProgramsCyber:
    if value in SDK_ACCESS_PROGRAMS_CYBER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SDK_ACCESS_PROGRAMS_CYBER_VALUES!r}"
    )
