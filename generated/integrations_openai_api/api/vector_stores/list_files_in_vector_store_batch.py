from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.list_assistants_order import ListAssistantsOrder
from ...models.list_files_in_vector_store_batch_filter import (
    ListFilesInVectorStoreBatchFilter,
)
from ...models.list_vector_store_files_response import ListVectorStoreFilesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    vector_store_id: str,
    batch_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: ListFilesInVectorStoreBatchFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "limit", limit)
    query_param(params, "order", order)
    query_param(params, "after", after)
    query_param(params, "before", before)
    query_param(params, "filter", filter_)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files".format(
            vector_store_id=quote(str(vector_store_id), safe=""),
            batch_id=quote(str(batch_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListVectorStoreFilesResponse | None:
    if response.status_code == 200:
        response_200 = ListVectorStoreFilesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListVectorStoreFilesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vector_store_id: str,
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: ListFilesInVectorStoreBatchFilter | Unset = UNSET,
) -> Response[ListVectorStoreFilesResponse]:
    """Returns a list of vector store files in a batch.

    Args:
        vector_store_id (str):
        batch_id (str):
        limit (int | Unset): Server default: `20`.
        order (ListAssistantsOrder | Unset): Server default: `"desc"`.
        after (str | Unset):
        before (str | Unset):
        filter_ (ListFilesInVectorStoreBatchFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVectorStoreFilesResponse]
    """

    kwargs = _get_kwargs(
        vector_store_id=vector_store_id,
        batch_id=batch_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vector_store_id: str,
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: ListFilesInVectorStoreBatchFilter | Unset = UNSET,
) -> ListVectorStoreFilesResponse | None:
    """Returns a list of vector store files in a batch.

    Args:
        vector_store_id (str):
        batch_id (str):
        limit (int | Unset): Server default: `20`.
        order (ListAssistantsOrder | Unset): Server default: `"desc"`.
        after (str | Unset):
        before (str | Unset):
        filter_ (ListFilesInVectorStoreBatchFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVectorStoreFilesResponse
    """

    return sync_detailed(
        vector_store_id=vector_store_id,
        batch_id=batch_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    vector_store_id: str,
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: ListFilesInVectorStoreBatchFilter | Unset = UNSET,
) -> Response[ListVectorStoreFilesResponse]:
    """Returns a list of vector store files in a batch.

    Args:
        vector_store_id (str):
        batch_id (str):
        limit (int | Unset): Server default: `20`.
        order (ListAssistantsOrder | Unset): Server default: `"desc"`.
        after (str | Unset):
        before (str | Unset):
        filter_ (ListFilesInVectorStoreBatchFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListVectorStoreFilesResponse]
    """

    kwargs = _get_kwargs(
        vector_store_id=vector_store_id,
        batch_id=batch_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vector_store_id: str,
    batch_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    filter_: ListFilesInVectorStoreBatchFilter | Unset = UNSET,
) -> ListVectorStoreFilesResponse | None:
    """Returns a list of vector store files in a batch.

    Args:
        vector_store_id (str):
        batch_id (str):
        limit (int | Unset): Server default: `20`.
        order (ListAssistantsOrder | Unset): Server default: `"desc"`.
        after (str | Unset):
        before (str | Unset):
        filter_ (ListFilesInVectorStoreBatchFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListVectorStoreFilesResponse
    """

    return (
        await asyncio_detailed(
            vector_store_id=vector_store_id,
            batch_id=batch_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
            filter_=filter_,
        )
    ).parsed
