from typing import Literal

OrderEnum = Literal["asc", "desc"]

ORDER_ENUM_VALUES: set[OrderEnum] = {
    "asc",
    "desc",
}


def check_order_enum(value: str) -> OrderEnum:
    if value in ORDER_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_ENUM_VALUES!r}")
