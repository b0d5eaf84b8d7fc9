from typing import Literal

SdkModerationInputModerationResultsResultCategoryAppliedInputTypesValueItem = Literal[
    "image", "text"
]

SDK_MODERATION_INPUT_MODERATION_RESULTS_RESULT_CATEGORY_APPLIED_INPUT_TYPES_VALUE_ITEM_VALUES: set[
    SdkModerationInputModerationResultsResultCategoryAppliedInputTypesValueItem
] = {
    "image",
    "text",
}


def check_sdk_moderation_input_moderation_results_result_category_applied_input_types_value_item(
    value: str,
) -> SdkModerationInputModerationResultsResultCategoryAppliedInputTypesValueItem:
    if (
        value
        in SDK_MODERATION_INPUT_MODERATION_RESULTS_RESULT_CATEGORY_APPLIED_INPUT_TYPES_VALUE_ITEM_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SDK_MODERATION_INPUT_MODERATION_RESULTS_RESULT_CATEGORY_APPLIED_INPUT_TYPES_VALUE_ITEM_VALUES!r}"
    )
