from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.group_list_resource import GroupListResource
from ...models.list_chat_completions_order import (
    ListChatCompletionsOrder,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "limit", limit)
    query_param(params, "after", after)
    query_param(params, "order", order)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/groups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GroupListResource | None:
    if response.status_code == 200:
        response_200 = GroupListResource.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GroupListResource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> Response[GroupListResource]:
    """Lists all groups in the organization.

    Args:
        limit (int | Unset): Server default: `100`.
        after (str | Unset):
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupListResource]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> GroupListResource | None:
    """Lists all groups in the organization.

    Args:
        limit (int | Unset): Server default: `100`.
        after (str | Unset):
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupListResource
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after=after,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> Response[GroupListResource]:
    """Lists all groups in the organization.

    Args:
        limit (int | Unset): Server default: `100`.
        after (str | Unset):
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupListResource]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after=after,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> GroupListResource | None:
    """Lists all groups in the organization.

    Args:
        limit (int | Unset): Server default: `100`.
        after (str | Unset):
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupListResource
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after=after,
            order=order,
        )
    ).parsed
