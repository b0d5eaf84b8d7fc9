from typing import Literal

GetEvalRunOutputItemsStatus = Literal["fail", "pass"]

GET_EVAL_RUN_OUTPUT_ITEMS_STATUS_VALUES: set[GetEvalRunOutputItemsStatus] = {
    "fail",
    "pass",
}


def check_get_eval_run_output_items_status(value: str) -> GetEvalRunOutputItemsStatus:
    if value in GET_EVAL_RUN_OUTPUT_ITEMS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_EVAL_RUN_OUTPUT_ITEMS_STATUS_VALUES!r}"
    )
