from typing import Literal

CreateMessageRequestRole = Literal["assistant", "user"]

CREATE_MESSAGE_REQUEST_ROLE_VALUES: set[CreateMessageRequestRole] = {
    "assistant",
    "user",
}


def check_create_message_request_role(value: str) -> CreateMessageRequestRole:
    if value in CREATE_MESSAGE_REQUEST_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_MESSAGE_REQUEST_ROLE_VALUES!r}"
    )
