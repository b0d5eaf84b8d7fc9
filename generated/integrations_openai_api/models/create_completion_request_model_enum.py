from typing import Literal

CreateCompletionRequestModelEnum = Literal["babbage-002", "davinci-002", "gpt-3.5-turbo-instruct"]

CREATE_COMPLETION_REQUEST_MODEL_ENUM_VALUES: set[CreateCompletionRequestModelEnum] = {
    "babbage-002",
    "davinci-002",
    "gpt-3.5-turbo-instruct",
}


def check_create_completion_request_model_enum(value: str) -> CreateCompletionRequestModelEnum:
    if value in CREATE_COMPLETION_REQUEST_MODEL_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_COMPLETION_REQUEST_MODEL_ENUM_VALUES!r}"
    )
