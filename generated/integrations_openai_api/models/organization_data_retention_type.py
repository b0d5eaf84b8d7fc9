from typing import Literal

OrganizationDataRetentionType = Literal[
    "enhanced_modified_abuse_monitoring",
    "enhanced_zero_data_retention",
    "modified_abuse_monitoring",
    "zero_data_retention",
]

ORGANIZATION_DATA_RETENTION_TYPE_VALUES: set[OrganizationDataRetentionType] = {
    "enhanced_modified_abuse_monitoring",
    "enhanced_zero_data_retention",
    "modified_abuse_monitoring",
    "zero_data_retention",
}


def check_organization_data_retention_type(value: str) -> OrganizationDataRetentionType:
    if value in ORGANIZATION_DATA_RETENTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_DATA_RETENTION_TYPE_VALUES!r}"
    )
