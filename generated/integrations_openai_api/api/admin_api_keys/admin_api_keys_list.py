from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.admin_api_keys_list_order import (
    AdminApiKeysListOrder,
)
from ...models.api_key_list import ApiKeyList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: None | str | Unset = UNSET,
    order: AdminApiKeysListOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "after", after)
    query_param(params, "order", order)
    query_param(params, "limit", limit)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/admin_api_keys",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiKeyList | None:
    if response.status_code == 200:
        response_200 = ApiKeyList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiKeyList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    order: AdminApiKeysListOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ApiKeyList]:
    """List organization API keys

     Retrieve a paginated list of organization admin API keys.

    Args:
        after (None | str | Unset): Return keys with IDs that come after this ID in the pagination
            order.
        order (AdminApiKeysListOrder | Unset): Order results by creation time, ascending or
            descending.

            Server default: `"asc"`.
        limit (int | Unset): Maximum number of keys to return.

            Server default: `20`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyList]
    """

    kwargs = _get_kwargs(
        after=after,
        order=order,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    order: AdminApiKeysListOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ApiKeyList | None:
    """List organization API keys

     Retrieve a paginated list of organization admin API keys.

    Args:
        after (None | str | Unset): Return keys with IDs that come after this ID in the pagination
            order.
        order (AdminApiKeysListOrder | Unset): Order results by creation time, ascending or
            descending.

            Server default: `"asc"`.
        limit (int | Unset): Maximum number of keys to return.

            Server default: `20`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyList
    """

    return sync_detailed(
        client=client,
        after=after,
        order=order,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    order: AdminApiKeysListOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ApiKeyList]:
    """List organization API keys

     Retrieve a paginated list of organization admin API keys.

    Args:
        after (None | str | Unset): Return keys with IDs that come after this ID in the pagination
            order.
        order (AdminApiKeysListOrder | Unset): Order results by creation time, ascending or
            descending.

            Server default: `"asc"`.
        limit (int | Unset): Maximum number of keys to return.

            Server default: `20`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiKeyList]
    """

    kwargs = _get_kwargs(
        after=after,
        order=order,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: None | str | Unset = UNSET,
    order: AdminApiKeysListOrder | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ApiKeyList | None:
    """List organization API keys

     Retrieve a paginated list of organization admin API keys.

    Args:
        after (None | str | Unset): Return keys with IDs that come after this ID in the pagination
            order.
        order (AdminApiKeysListOrder | Unset): Order results by creation time, ascending or
            descending.

            Server default: `"asc"`.
        limit (int | Unset): Maximum number of keys to return.

            Server default: `20`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiKeyList
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            order=order,
            limit=limit,
        )
    ).parsed
