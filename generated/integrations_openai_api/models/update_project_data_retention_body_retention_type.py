from typing import Literal

UpdateProjectDataRetentionBodyRetentionType = Literal[
    "enhanced_modified_abuse_monitoring",
    "enhanced_zero_data_retention",
    "modified_abuse_monitoring",
    "none",
    "organization_default",
    "zero_data_retention",
]

UPDATE_PROJECT_DATA_RETENTION_BODY_RETENTION_TYPE_VALUES: set[
    UpdateProjectDataRetentionBodyRetentionType
] = {
    "enhanced_modified_abuse_monitoring",
    "enhanced_zero_data_retention",
    "modified_abuse_monitoring",
    "none",
    "organization_default",
    "zero_data_retention",
}


def check_update_project_data_retention_body_retention_type(
    value: str,
) -> UpdateProjectDataRetentionBodyRetentionType:
    if value in UPDATE_PROJECT_DATA_RETENTION_BODY_RETENTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_PROJECT_DATA_RETENTION_BODY_RETENTION_TYPE_VALUES!r}"
    )
