from typing import Literal

UpdateProjectServiceAccountBodyRole = Literal["member", "owner"]

UPDATE_PROJECT_SERVICE_ACCOUNT_BODY_ROLE_VALUES: set[UpdateProjectServiceAccountBodyRole] = {
    "member",
    "owner",
}


def check_update_project_service_account_body_role(
    value: str,
) -> UpdateProjectServiceAccountBodyRole:
    if value in UPDATE_PROJECT_SERVICE_ACCOUNT_BODY_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PROJECT_SERVICE_ACCOUNT_BODY_ROLE_VALUES!r}"
    )
