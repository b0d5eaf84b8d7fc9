from typing import Literal

UploadStatus = Literal["cancelled", "completed", "expired", "pending"]

UPLOAD_STATUS_VALUES: set[UploadStatus] = {
    "cancelled",
    "completed",
    "expired",
    "pending",
}


def check_upload_status(value: str) -> UploadStatus:
    if value in UPLOAD_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPLOAD_STATUS_VALUES!r}")
