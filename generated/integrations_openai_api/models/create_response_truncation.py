from typing import Literal

CreateResponseTruncation = Literal["auto", "disabled"]

CREATE_RESPONSE_TRUNCATION_VALUES: set[CreateResponseTruncation] = {
    "auto",
    "disabled",
}


def check_create_response_truncation(value: str) -> CreateResponseTruncation:
    if value in CREATE_RESPONSE_TRUNCATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_RESPONSE_TRUNCATION_VALUES!r}"
    )
