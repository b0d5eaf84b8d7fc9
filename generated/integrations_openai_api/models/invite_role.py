from typing import Literal

InviteRole = Literal["owner", "reader"]

INVITE_ROLE_VALUES: set[InviteRole] = {
    "owner",
    "reader",
}


def check_invite_role(value: str) -> InviteRole:
    if value in INVITE_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVITE_ROLE_VALUES!r}")
