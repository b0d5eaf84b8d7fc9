from typing import Literal

ApplyPatchToolParamAllowedCallersItem = Literal["direct", "programmatic"]

APPLY_PATCH_TOOL_PARAM_ALLOWED_CALLERS_ITEM_VALUES: set[ApplyPatchToolParamAllowedCallersItem] = {
    "direct",
    "programmatic",
}


def check_apply_patch_tool_param_allowed_callers_item(
    value: str,
) -> ApplyPatchToolParamAllowedCallersItem:
    if value in APPLY_PATCH_TOOL_PARAM_ALLOWED_CALLERS_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APPLY_PATCH_TOOL_PARAM_ALLOWED_CALLERS_ITEM_VALUES!r}"
    )
