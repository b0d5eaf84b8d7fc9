from typing import Literal

UpdateOrganizationDataRetentionBodyRetentionType = Literal[
    "enhanced_modified_abuse_monitoring",
    "enhanced_zero_data_retention",
    "modified_abuse_monitoring",
    "zero_data_retention",
]

UPDATE_ORGANIZATION_DATA_RETENTION_BODY_RETENTION_TYPE_VALUES: set[
    UpdateOrganizationDataRetentionBodyRetentionType
] = {
    "enhanced_modified_abuse_monitoring",
    "enhanced_zero_data_retention",
    "modified_abuse_monitoring",
    "zero_data_retention",
}


def check_update_organization_data_retention_body_retention_type(
    value: str,
) -> UpdateOrganizationDataRetentionBodyRetentionType:
    if value in UPDATE_ORGANIZATION_DATA_RETENTION_BODY_RETENTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ORGANIZATION_DATA_RETENTION_BODY_RETENTION_TYPE_VALUES!r}"
    )
