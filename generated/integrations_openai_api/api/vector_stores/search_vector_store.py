from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.vector_store_search_request import VectorStoreSearchRequest
from ...models.vector_store_search_results_page import VectorStoreSearchResultsPage
from ...types import Response


def _get_kwargs(
    vector_store_id: str,
    *,
    body: VectorStoreSearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/vector_stores/{vector_store_id}/search".format(
            vector_store_id=quote(str(vector_store_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VectorStoreSearchResultsPage | None:
    if response.status_code == 200:
        response_200 = VectorStoreSearchResultsPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VectorStoreSearchResultsPage]:
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
    body: VectorStoreSearchRequest,
) -> Response[VectorStoreSearchResultsPage]:
    """Search a vector store for relevant chunks based on a query and file attributes filter.

    Args:
        vector_store_id (str):
        body (VectorStoreSearchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VectorStoreSearchResultsPage]
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
    body: VectorStoreSearchRequest,
) -> VectorStoreSearchResultsPage | None:
    """Search a vector store for relevant chunks based on a query and file attributes filter.

    Args:
        vector_store_id (str):
        body (VectorStoreSearchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VectorStoreSearchResultsPage
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
    body: VectorStoreSearchRequest,
) -> Response[VectorStoreSearchResultsPage]:
    """Search a vector store for relevant chunks based on a query and file attributes filter.

    Args:
        vector_store_id (str):
        body (VectorStoreSearchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VectorStoreSearchResultsPage]
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
    body: VectorStoreSearchRequest,
) -> VectorStoreSearchResultsPage | None:
    """Search a vector store for relevant chunks based on a query and file attributes filter.

    Args:
        vector_store_id (str):
        body (VectorStoreSearchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VectorStoreSearchResultsPage
    """

    return (
        await asyncio_detailed(
            vector_store_id=vector_store_id,
            client=client,
            body=body,
        )
    ).parsed
