from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.order_enum import OrderEnum
from ...models.thread_list_resource import ThreadListResource
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "limit", limit)
    query_param(params, "order", order)
    query_param(params, "after", after)
    query_param(params, "before", before)
    query_param(params, "user", user)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chatkit/threads",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ThreadListResource | None:
    if response.status_code == 200:
        response_200 = ThreadListResource.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ThreadListResource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> Response[ThreadListResource]:
    """List ChatKit threads with optional pagination and user filters.

    Args:
        limit (int | Unset):
        order (OrderEnum | Unset):
        after (str | Unset): List items created after this thread item ID. Defaults to null for
            the first page.
        before (str | Unset): List items created before this thread item ID. Defaults to null for
            the newest results.
        user (str | Unset): Filter threads that belong to this user identifier. Defaults to null
            to return all users.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ThreadListResource]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        before=before,
        user=user,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> ThreadListResource | None:
    """List ChatKit threads with optional pagination and user filters.

    Args:
        limit (int | Unset):
        order (OrderEnum | Unset):
        after (str | Unset): List items created after this thread item ID. Defaults to null for
            the first page.
        before (str | Unset): List items created before this thread item ID. Defaults to null for
            the newest results.
        user (str | Unset): Filter threads that belong to this user identifier. Defaults to null
            to return all users.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ThreadListResource
    """

    return sync_detailed(
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
        user=user,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> Response[ThreadListResource]:
    """List ChatKit threads with optional pagination and user filters.

    Args:
        limit (int | Unset):
        order (OrderEnum | Unset):
        after (str | Unset): List items created after this thread item ID. Defaults to null for
            the first page.
        before (str | Unset): List items created before this thread item ID. Defaults to null for
            the newest results.
        user (str | Unset): Filter threads that belong to this user identifier. Defaults to null
            to return all users.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ThreadListResource]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        before=before,
        user=user,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    user: str | Unset = UNSET,
) -> ThreadListResource | None:
    """List ChatKit threads with optional pagination and user filters.

    Args:
        limit (int | Unset):
        order (OrderEnum | Unset):
        after (str | Unset): List items created after this thread item ID. Defaults to null for
            the first page.
        before (str | Unset): List items created before this thread item ID. Defaults to null for
            the newest results.
        user (str | Unset): Filter threads that belong to this user identifier. Defaults to null
            to return all users.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ThreadListResource
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
            user=user,
        )
    ).parsed
