from typing import Literal

GroupResponseGroupType = Literal["group", "tenant_group"]

GROUP_RESPONSE_GROUP_TYPE_VALUES: set[GroupResponseGroupType] = {
    "group",
    "tenant_group",
}


def check_group_response_group_type(value: str) -> GroupResponseGroupType:
    if value in GROUP_RESPONSE_GROUP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROUP_RESPONSE_GROUP_TYPE_VALUES!r}"
    )
