from typing import Literal

SdkMisalignmentErrorType = Literal[
    "other",
    "potentially_unintended_data_access",
    "potentially_unintended_data_transfer",
    "potentially_unintended_destructive_activity",
]

SDK_MISALIGNMENT_ERROR_TYPE_VALUES: set[SdkMisalignmentErrorType] = {
    "other",
    "potentially_unintended_data_access",
    "potentially_unintended_data_transfer",
    "potentially_unintended_destructive_activity",
}


def check_sdk_misalignment_error_type(value: str) -> SdkMisalignmentErrorType:
    if value in SDK_MISALIGNMENT_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SDK_MISALIGNMENT_ERROR_TYPE_VALUES!r}"
    )
