from typing import Literal

CostsResultQuantityUnit = Literal[
    "1000_tokens",
    "characters",
    "duration_hours",
    "duration_minutes",
    "duration_seconds",
    "gibibyte_hours",
    "images",
    "tokens",
]

COSTS_RESULT_QUANTITY_UNIT_VALUES: set[CostsResultQuantityUnit] = {
    "1000_tokens",
    "characters",
    "duration_hours",
    "duration_minutes",
    "duration_seconds",
    "gibibyte_hours",
    "images",
    "tokens",
}


def check_costs_result_quantity_unit(value: str) -> CostsResultQuantityUnit:
    if value in COSTS_RESULT_QUANTITY_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COSTS_RESULT_QUANTITY_UNIT_VALUES!r}"
    )
