from typing import Literal

CreateChatCompletionRequestFunctionCallEnum = Literal["auto", "none"]

CREATE_CHAT_COMPLETION_REQUEST_FUNCTION_CALL_ENUM_VALUES: set[
    CreateChatCompletionRequestFunctionCallEnum
] = {
    "auto",
    "none",
}


def check_create_chat_completion_request_function_call_enum(
    value: str,
) -> CreateChatCompletionRequestFunctionCallEnum:
    if value in CREATE_CHAT_COMPLETION_REQUEST_FUNCTION_CALL_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CHAT_COMPLETION_REQUEST_FUNCTION_CALL_ENUM_VALUES!r}"
    )
