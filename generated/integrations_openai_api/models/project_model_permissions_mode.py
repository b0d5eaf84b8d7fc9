from typing import Literal

ProjectModelPermissionsMode = Literal["allow_list", "deny_list"]

PROJECT_MODEL_PERMISSIONS_MODE_VALUES: set[ProjectModelPermissionsMode] = {
    "allow_list",
    "deny_list",
}


def check_project_model_permissions_mode(value: str) -> ProjectModelPermissionsMode:
    if value in PROJECT_MODEL_PERMISSIONS_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROJECT_MODEL_PERMISSIONS_MODE_VALUES!r}"
    )
