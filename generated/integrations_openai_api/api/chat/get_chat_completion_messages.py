from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.chat_completion_message_list import ChatCompletionMessageList
from ...models.list_chat_completions_order import (
    ListChatCompletionsOrder,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    completion_id: str,
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "after", after)
    query_param(params, "limit", limit)
    query_param(params, "order", order)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chat/completions/{completion_id}/messages".format(
            completion_id=quote(str(completion_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatCompletionMessageList | None:
    if response.status_code == 200:
        response_200 = ChatCompletionMessageList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatCompletionMessageList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> Response[ChatCompletionMessageList]:
    """Get the messages in a stored chat completion. Only Chat Completions that
    have been created with the `store` parameter set to `true` will be
    returned.

    Args:
        completion_id (str):
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionMessageList]
    """

    kwargs = _get_kwargs(
        completion_id=completion_id,
        after=after,
        limit=limit,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> ChatCompletionMessageList | None:
    """Get the messages in a stored chat completion. Only Chat Completions that
    have been created with the `store` parameter set to `true` will be
    returned.

    Args:
        completion_id (str):
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionMessageList
    """

    return sync_detailed(
        completion_id=completion_id,
        client=client,
        after=after,
        limit=limit,
        order=order,
    ).parsed


async def asyncio_detailed(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> Response[ChatCompletionMessageList]:
    """Get the messages in a stored chat completion. Only Chat Completions that
    have been created with the `store` parameter set to `true` will be
    returned.

    Args:
        completion_id (str):
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionMessageList]
    """

    kwargs = _get_kwargs(
        completion_id=completion_id,
        after=after,
        limit=limit,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> ChatCompletionMessageList | None:
    """Get the messages in a stored chat completion. Only Chat Completions that
    have been created with the `store` parameter set to `true` will be
    returned.

    Args:
        completion_id (str):
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionMessageList
    """

    return (
        await asyncio_detailed(
            completion_id=completion_id,
            client=client,
            after=after,
            limit=limit,
            order=order,
        )
    ).parsed
