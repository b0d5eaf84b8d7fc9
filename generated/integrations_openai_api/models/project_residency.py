from typing import Literal

ProjectResidency = Literal[
    "AE_STORAGE",
    "AE_STORAGE_PROCESSING",
    "AU_STORAGE",
    "AU_STORAGE_PROCESSING",
    "CA_STORAGE",
    "EU_STORAGE_PROCESSING",
    "GB_STORAGE",
    "GLOBAL",
    "IN_STORAGE",
    "IN_STORAGE_PROCESSING",
    "JP_STORAGE",
    "JP_STORAGE_PROCESSING",
    "KR_STORAGE",
    "SG_STORAGE",
    "US_STORAGE_PROCESSING",
]

PROJECT_RESIDENCY_VALUES: set[ProjectResidency] = {
    "AE_STORAGE",
    "AE_STORAGE_PROCESSING",
    "AU_STORAGE",
    "AU_STORAGE_PROCESSING",
    "CA_STORAGE",
    "EU_STORAGE_PROCESSING",
    "GB_STORAGE",
    "GLOBAL",
    "IN_STORAGE",
    "IN_STORAGE_PROCESSING",
    "JP_STORAGE",
    "JP_STORAGE_PROCESSING",
    "KR_STORAGE",
    "SG_STORAGE",
    "US_STORAGE_PROCESSING",
}


def check_project_residency(value: str) -> ProjectResidency:
    if value in PROJECT_RESIDENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_RESIDENCY_VALUES!r}")
