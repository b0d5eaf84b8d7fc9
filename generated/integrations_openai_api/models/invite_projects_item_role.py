from typing import Literal

InviteProjectsItemRole = Literal["member", "owner"]

INVITE_PROJECTS_ITEM_ROLE_VALUES: set[InviteProjectsItemRole] = {
    "member",
    "owner",
}


def check_invite_projects_item_role(value: str) -> InviteProjectsItemRole:
    if value in INVITE_PROJECTS_ITEM_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVITE_PROJECTS_ITEM_ROLE_VALUES!r}"
    )
