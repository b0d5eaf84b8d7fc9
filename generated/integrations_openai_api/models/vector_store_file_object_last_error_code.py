from typing import Literal

VectorStoreFileObjectLastErrorCode = Literal["invalid_file", "server_error", "unsupported_file"]

VECTOR_STORE_FILE_OBJECT_LAST_ERROR_CODE_VALUES: set[VectorStoreFileObjectLastErrorCode] = {
    "invalid_file",
    "server_error",
    "unsupported_file",
}


def check_vector_store_file_object_last_error_code(
    value: str,
) -> VectorStoreFileObjectLastErrorCode:
    if value in VECTOR_STORE_FILE_OBJECT_LAST_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VECTOR_STORE_FILE_OBJECT_LAST_ERROR_CODE_VALUES!r}"
    )
