from typing import Literal

GroupMemberUserUserType = Literal["tenant_user", "user"]

GROUP_MEMBER_USER_USER_TYPE_VALUES: set[GroupMemberUserUserType] = {
    "tenant_user",
    "user",
}


def check_group_member_user_user_type(value: str) -> GroupMemberUserUserType:
    if value in GROUP_MEMBER_USER_USER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROUP_MEMBER_USER_USER_TYPE_VALUES!r}"
    )
