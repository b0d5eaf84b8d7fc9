from typing import Literal

ApplyPatchCallOutputStatusParam = Literal["completed", "failed"]

APPLY_PATCH_CALL_OUTPUT_STATUS_PARAM_VALUES: set[ApplyPatchCallOutputStatusParam] = {
    "completed",
    "failed",
}


def check_apply_patch_call_output_status_param(value: str) -> ApplyPatchCallOutputStatusParam:
    if value in APPLY_PATCH_CALL_OUTPUT_STATUS_PARAM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_CALL_OUTPUT_STATUS_PARAM_VALUES!r}"
    )
