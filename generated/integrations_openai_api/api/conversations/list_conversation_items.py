from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.conversation_item_list import ConversationItemList
from ...models.include_enum import IncludeEnum
from ...models.list_conversation_items_order import (
    ListConversationItemsOrder,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "limit", limit)
    query_param(params, "order", order)
    query_param(params, "after", after)
    query_param(params, "include", include)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversations/{conversation_id}/items".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationItemList | None:
    if response.status_code == 200:
        response_200 = ConversationItemList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConversationItemList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> Response[ConversationItemList]:
    """List all items for a conversation with the given ID.

    Args:
        conversation_id (str):
        limit (int | Unset): Server default: `20`.
        order (ListConversationItemsOrder | Unset):
        after (str | Unset):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationItemList]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        limit=limit,
        order=order,
        after=after,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> ConversationItemList | None:
    """List all items for a conversation with the given ID.

    Args:
        conversation_id (str):
        limit (int | Unset): Server default: `20`.
        order (ListConversationItemsOrder | Unset):
        after (str | Unset):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationItemList
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
        include=include,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> Response[ConversationItemList]:
    """List all items for a conversation with the given ID.

    Args:
        conversation_id (str):
        limit (int | Unset): Server default: `20`.
        order (ListConversationItemsOrder | Unset):
        after (str | Unset):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationItemList]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        limit=limit,
        order=order,
        after=after,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> ConversationItemList | None:
    """List all items for a conversation with the given ID.

    Args:
        conversation_id (str):
        limit (int | Unset): Server default: `20`.
        order (ListConversationItemsOrder | Unset):
        after (str | Unset):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationItemList
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
            include=include,
        )
    ).parsed
