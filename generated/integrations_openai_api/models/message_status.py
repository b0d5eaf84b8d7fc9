from typing import Literal

MessageStatus = Literal["completed", "in_progress", "incomplete"]

MESSAGE_STATUS_VALUES: set[MessageStatus] = {
    "completed",
    "in_progress",
    "incomplete",
}


def check_message_status(value: str) -> MessageStatus:
    if value in MESSAGE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_STATUS_VALUES!r}")
