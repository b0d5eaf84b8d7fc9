from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_vector_store_file_request import CreateVectorStoreFileRequest
from ...models.vector_store_file_object import VectorStoreFileObject
from ...types import Response


def _get_kwargs(
    vector_store_id: str,
    *,
    body: CreateVectorStoreFileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vector_stores/{vector_store_id}/files".format(
            vector_store_id=quote(str(vector_store_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VectorStoreFileObject | None:
    if response.status_code == 200:
        response_200 = VectorStoreFileObject.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VectorStoreFileObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateVectorStoreFileRequest,
) -> Response[VectorStoreFileObject]:
    """Create a vector store file by attaching a [File](https://platform.openai.com/docs/api-
    reference/files) to a [vector store](https://platform.openai.com/docs/api-reference/vector-
    stores/object).

     This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared
    with `/vector_stores/{vector_store_id}/file_batches`.
    For uploading multiple files to the same vector store, use the file batches endpoint to reduce
    request volume.

    Args:
        vector_store_id (str):
        body (CreateVectorStoreFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VectorStoreFileObject]
    """

    kwargs = _get_kwargs(
        vector_store_id=vector_store_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateVectorStoreFileRequest,
) -> VectorStoreFileObject | None:
    """Create a vector store file by attaching a [File](https://platform.openai.com/docs/api-
    reference/files) to a [vector store](https://platform.openai.com/docs/api-reference/vector-
    stores/object).

     This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared
    with `/vector_stores/{vector_store_id}/file_batches`.
    For uploading multiple files to the same vector store, use the file batches endpoint to reduce
    request volume.

    Args:
        vector_store_id (str):
        body (CreateVectorStoreFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VectorStoreFileObject
    """

    return sync_detailed(
        vector_store_id=vector_store_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateVectorStoreFileRequest,
) -> Response[VectorStoreFileObject]:
    """Create a vector store file by attaching a [File](https://platform.openai.com/docs/api-
    reference/files) to a [vector store](https://platform.openai.com/docs/api-reference/vector-
    stores/object).

     This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared
    with `/vector_stores/{vector_store_id}/file_batches`.
    For uploading multiple files to the same vector store, use the file batches endpoint to reduce
    request volume.

    Args:
        vector_store_id (str):
        body (CreateVectorStoreFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VectorStoreFileObject]
    """

    kwargs = _get_kwargs(
        vector_store_id=vector_store_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateVectorStoreFileRequest,
) -> VectorStoreFileObject | None:
    """Create a vector store file by attaching a [File](https://platform.openai.com/docs/api-
    reference/files) to a [vector store](https://platform.openai.com/docs/api-reference/vector-
    stores/object).

     This endpoint is subject to a per-vector-store write rate limit of 300 requests per minute, shared
    with `/vector_stores/{vector_store_id}/file_batches`.
    For uploading multiple files to the same vector store, use the file batches endpoint to reduce
    request volume.

    Args:
        vector_store_id (str):
        body (CreateVectorStoreFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VectorStoreFileObject
    """

    return (
        await asyncio_detailed(
            vector_store_id=vector_store_id,
            client=client,
            body=body,
        )
    ).parsed
