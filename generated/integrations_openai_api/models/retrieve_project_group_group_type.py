from typing import Literal

RetrieveProjectGroupGroupType = Literal["group", "tenant_group"]

RETRIEVE_PROJECT_GROUP_GROUP_TYPE_VALUES: set[RetrieveProjectGroupGroupType] = {
    "group",
    "tenant_group",
}


def check_retrieve_project_group_group_type(value: str) -> RetrieveProjectGroupGroupType:
    if value in RETRIEVE_PROJECT_GROUP_GROUP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETRIEVE_PROJECT_GROUP_GROUP_TYPE_VALUES!r}"
    )
