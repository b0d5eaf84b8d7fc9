from typing import Literal

InviteStatus = Literal["accepted", "expired", "pending"]

INVITE_STATUS_VALUES: set[InviteStatus] = {
    "accepted",
    "expired",
    "pending",
}


def check_invite_status(value: str) -> InviteStatus:
    if value in INVITE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVITE_STATUS_VALUES!r}")
