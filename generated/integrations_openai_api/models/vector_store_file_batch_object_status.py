from typing import Literal

VectorStoreFileBatchObjectStatus = Literal["cancelled", "completed", "failed", "in_progress"]

VECTOR_STORE_FILE_BATCH_OBJECT_STATUS_VALUES: set[VectorStoreFileBatchObjectStatus] = {
    "cancelled",
    "completed",
    "failed",
    "in_progress",
}


def check_vector_store_file_batch_object_status(value: str) -> VectorStoreFileBatchObjectStatus:
    if value in VECTOR_STORE_FILE_BATCH_OBJECT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VECTOR_STORE_FILE_BATCH_OBJECT_STATUS_VALUES!r}"
    )
