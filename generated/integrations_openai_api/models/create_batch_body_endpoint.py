from typing import Literal

CreateBatchBodyEndpoint = Literal[
    "/v1/chat/completions",
    "/v1/completions",
    "/v1/embeddings",
    "/v1/images/edits",
    "/v1/images/generations",
    "/v1/moderations",
    "/v1/responses",
    "/v1/videos",
]

CREATE_BATCH_BODY_ENDPOINT_VALUES: set[CreateBatchBodyEndpoint] = {
    "/v1/chat/completions",
    "/v1/completions",
    "/v1/embeddings",
    "/v1/images/edits",
    "/v1/images/generations",
    "/v1/moderations",
    "/v1/responses",
    "/v1/videos",
}


def check_create_batch_body_endpoint(value: str) -> CreateBatchBodyEndpoint:
    if value in CREATE_BATCH_BODY_ENDPOINT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_BATCH_BODY_ENDPOINT_VALUES!r}"
    )
