from typing import Literal

CreateEmbeddingRequestModelEnum = Literal[
    "text-embedding-3-large", "text-embedding-3-small", "text-embedding-ada-002"
]

CREATE_EMBEDDING_REQUEST_MODEL_ENUM_VALUES: set[CreateEmbeddingRequestModelEnum] = {
    "text-embedding-3-large",
    "text-embedding-3-small",
    "text-embedding-ada-002",
}


def check_create_embedding_request_model_enum(value: str) -> CreateEmbeddingRequestModelEnum:
    if value in CREATE_EMBEDDING_REQUEST_MODEL_ENUM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_EMBEDDING_REQUEST_MODEL_ENUM_VALUES!r}"
    )
