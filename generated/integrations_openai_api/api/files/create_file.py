from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_file_request import CreateFileRequest
from ...models.open_ai_file import OpenAIFile
from ...types import Response


def _get_kwargs(
    *,
    body: CreateFileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/files",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpenAIFile | None:
    if response.status_code == 200:
        response_200 = OpenAIFile.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OpenAIFile]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFileRequest,
) -> Response[OpenAIFile]:
    """Upload a file that can be used across various endpoints. Individual files
    can be up to 512 MB, and each project can store up to 2.5 TB of files in
    total. There is no organization-wide storage limit. Uploads to this
    endpoint are rate-limited to 1,000 requests per minute per authenticated
    user.

    - The Assistants API supports files up to 2 million tokens and of specific
      file types. See the [Assistants Tools guide](https://platform.openai.com/docs/assistants/tools)
    for
      details.
    - The Fine-tuning API only supports `.jsonl` files. The input also has
      certain required formats for fine-tuning
      [chat](https://platform.openai.com/docs/api-reference/fine-tuning/chat-input) or
      [completions](https://platform.openai.com/docs/api-reference/fine-tuning/completions-input)
    models.
    - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
      also has a specific required
      [format](https://platform.openai.com/docs/api-reference/batch/request-input).
    - For Retrieval or `file_search` ingestion, upload files here first. If
      you need to attach multiple uploaded files to the same vector store, use
      [`/vector_stores/{vector_store_id}/file_batches`](https://platform.openai.com/docs/api-
    reference/vector-stores-file-batches/createBatch)
      instead of attaching them one by one. Vector store attachment has separate
      limits from file upload, including 2,000 attached files per minute per
      organization.

    Please [contact us](https://help.openai.com/) if you need to increase these
    storage limits.

    Args:
        body (CreateFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenAIFile]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFileRequest,
) -> OpenAIFile | None:
    """Upload a file that can be used across various endpoints. Individual files
    can be up to 512 MB, and each project can store up to 2.5 TB of files in
    total. There is no organization-wide storage limit. Uploads to this
    endpoint are rate-limited to 1,000 requests per minute per authenticated
    user.

    - The Assistants API supports files up to 2 million tokens and of specific
      file types. See the [Assistants Tools guide](https://platform.openai.com/docs/assistants/tools)
    for
      details.
    - The Fine-tuning API only supports `.jsonl` files. The input also has
      certain required formats for fine-tuning
      [chat](https://platform.openai.com/docs/api-reference/fine-tuning/chat-input) or
      [completions](https://platform.openai.com/docs/api-reference/fine-tuning/completions-input)
    models.
    - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
      also has a specific required
      [format](https://platform.openai.com/docs/api-reference/batch/request-input).
    - For Retrieval or `file_search` ingestion, upload files here first. If
      you need to attach multiple uploaded files to the same vector store, use
      [`/vector_stores/{vector_store_id}/file_batches`](https://platform.openai.com/docs/api-
    reference/vector-stores-file-batches/createBatch)
      instead of attaching them one by one. Vector store attachment has separate
      limits from file upload, including 2,000 attached files per minute per
      organization.

    Please [contact us](https://help.openai.com/) if you need to increase these
    storage limits.

    Args:
        body (CreateFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenAIFile
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFileRequest,
) -> Response[OpenAIFile]:
    """Upload a file that can be used across various endpoints. Individual files
    can be up to 512 MB, and each project can store up to 2.5 TB of files in
    total. There is no organization-wide storage limit. Uploads to this
    endpoint are rate-limited to 1,000 requests per minute per authenticated
    user.

    - The Assistants API supports files up to 2 million tokens and of specific
      file types. See the [Assistants Tools guide](https://platform.openai.com/docs/assistants/tools)
    for
      details.
    - The Fine-tuning API only supports `.jsonl` files. The input also has
      certain required formats for fine-tuning
      [chat](https://platform.openai.com/docs/api-reference/fine-tuning/chat-input) or
      [completions](https://platform.openai.com/docs/api-reference/fine-tuning/completions-input)
    models.
    - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
      also has a specific required
      [format](https://platform.openai.com/docs/api-reference/batch/request-input).
    - For Retrieval or `file_search` ingestion, upload files here first. If
      you need to attach multiple uploaded files to the same vector store, use
      [`/vector_stores/{vector_store_id}/file_batches`](https://platform.openai.com/docs/api-
    reference/vector-stores-file-batches/createBatch)
      instead of attaching them one by one. Vector store attachment has separate
      limits from file upload, including 2,000 attached files per minute per
      organization.

    Please [contact us](https://help.openai.com/) if you need to increase these
    storage limits.

    Args:
        body (CreateFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpenAIFile]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFileRequest,
) -> OpenAIFile | None:
    """Upload a file that can be used across various endpoints. Individual files
    can be up to 512 MB, and each project can store up to 2.5 TB of files in
    total. There is no organization-wide storage limit. Uploads to this
    endpoint are rate-limited to 1,000 requests per minute per authenticated
    user.

    - The Assistants API supports files up to 2 million tokens and of specific
      file types. See the [Assistants Tools guide](https://platform.openai.com/docs/assistants/tools)
    for
      details.
    - The Fine-tuning API only supports `.jsonl` files. The input also has
      certain required formats for fine-tuning
      [chat](https://platform.openai.com/docs/api-reference/fine-tuning/chat-input) or
      [completions](https://platform.openai.com/docs/api-reference/fine-tuning/completions-input)
    models.
    - The Batch API only supports `.jsonl` files up to 200 MB in size. The input
      also has a specific required
      [format](https://platform.openai.com/docs/api-reference/batch/request-input).
    - For Retrieval or `file_search` ingestion, upload files here first. If
      you need to attach multiple uploaded files to the same vector store, use
      [`/vector_stores/{vector_store_id}/file_batches`](https://platform.openai.com/docs/api-
    reference/vector-stores-file-batches/createBatch)
      instead of attaching them one by one. Vector store attachment has separate
      limits from file upload, including 2,000 attached files per minute per
      organization.

    Please [contact us](https://help.openai.com/) if you need to increase these
    storage limits.

    Args:
        body (CreateFileRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpenAIFile
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
