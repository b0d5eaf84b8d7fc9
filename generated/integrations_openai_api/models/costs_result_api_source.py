from typing import Literal

CostsResultApiSource = Literal["agents_api", "unlabeled"]

COSTS_RESULT_API_SOURCE_VALUES: set[CostsResultApiSource] = {
    "agents_api",
    "unlabeled",
}


def check_costs_result_api_source(value: str) -> CostsResultApiSource:
    if value in COSTS_RESULT_API_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COSTS_RESULT_API_SOURCE_VALUES!r}"
    )
