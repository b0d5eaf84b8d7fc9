from typing import Literal

SdkInputTransformationReason = Literal[
    "end_user_mismatch",
    "model_mismatch",
    "organization_mismatch",
    "prefix_mismatch",
    "turn_boundary",
]

SDK_INPUT_TRANSFORMATION_REASON_VALUES: set[SdkInputTransformationReason] = {
    "end_user_mismatch",
    "model_mismatch",
    "organization_mismatch",
    "prefix_mismatch",
    "turn_boundary",
}


def check_sdk_input_transformation_reason(value: str) -> SdkInputTransformationReason:
    if value in SDK_INPUT_TRANSFORMATION_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SDK_INPUT_TRANSFORMATION_REASON_VALUES!r}"
    )
