from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.include_enum import IncludeEnum
from ...models.list_conversation_items_order import (
    ListConversationItemsOrder,
)
from ...models.response_item_list import ResponseItemList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    response_id: str,
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
        "url": "/responses/{response_id}/input_items".format(
            response_id=quote(str(response_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseItemList | None:
    if response.status_code == 200:
        response_200 = ResponseItemList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseItemList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> Response[ResponseItemList]:
    """Returns a list of input items for a given response.

    Args:
        response_id (str):
        limit (int | Unset): Server default: `20`.
        order (ListConversationItemsOrder | Unset):
        after (str | Unset):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseItemList]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
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
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> ResponseItemList | None:
    """Returns a list of input items for a given response.

    Args:
        response_id (str):
        limit (int | Unset): Server default: `20`.
        order (ListConversationItemsOrder | Unset):
        after (str | Unset):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseItemList
    """

    return sync_detailed(
        response_id=response_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
        include=include,
    ).parsed


async def asyncio_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> Response[ResponseItemList]:
    """Returns a list of input items for a given response.

    Args:
        response_id (str):
        limit (int | Unset): Server default: `20`.
        order (ListConversationItemsOrder | Unset):
        after (str | Unset):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseItemList]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        limit=limit,
        order=order,
        after=after,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListConversationItemsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    include: list[IncludeEnum] | Unset = UNSET,
) -> ResponseItemList | None:
    """Returns a list of input items for a given response.

    Args:
        response_id (str):
        limit (int | Unset): Server default: `20`.
        order (ListConversationItemsOrder | Unset):
        after (str | Unset):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseItemList
    """

    return (
        await asyncio_detailed(
            response_id=response_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
            include=include,
        )
    ).parsed
