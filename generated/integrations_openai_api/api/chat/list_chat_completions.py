from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.chat_completion_list import ChatCompletionList
from ...models.list_chat_completions_order import (
    ListChatCompletionsOrder,
)
from ...models.metadata_2 import Metadata2
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    model: str | Unset = UNSET,
    metadata: Metadata2 | None | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "model", model)
    query_param(params, "metadata", metadata)
    query_param(params, "after", after)
    query_param(params, "limit", limit)
    query_param(params, "order", order)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/chat/completions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatCompletionList | None:
    if response.status_code == 200:
        response_200 = ChatCompletionList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatCompletionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    model: str | Unset = UNSET,
    metadata: Metadata2 | None | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> Response[ChatCompletionList]:
    """List stored Chat Completions. Only Chat Completions that have been stored
    with the `store` parameter set to `true` will be returned.

    Args:
        model (str | Unset):
        metadata (Metadata2 | None | Unset):
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionList]
    """

    kwargs = _get_kwargs(
        model=model,
        metadata=metadata,
        after=after,
        limit=limit,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    model: str | Unset = UNSET,
    metadata: Metadata2 | None | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> ChatCompletionList | None:
    """List stored Chat Completions. Only Chat Completions that have been stored
    with the `store` parameter set to `true` will be returned.

    Args:
        model (str | Unset):
        metadata (Metadata2 | None | Unset):
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionList
    """

    return sync_detailed(
        client=client,
        model=model,
        metadata=metadata,
        after=after,
        limit=limit,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    model: str | Unset = UNSET,
    metadata: Metadata2 | None | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> Response[ChatCompletionList]:
    """List stored Chat Completions. Only Chat Completions that have been stored
    with the `store` parameter set to `true` will be returned.

    Args:
        model (str | Unset):
        metadata (Metadata2 | None | Unset):
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionList]
    """

    kwargs = _get_kwargs(
        model=model,
        metadata=metadata,
        after=after,
        limit=limit,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    model: str | Unset = UNSET,
    metadata: Metadata2 | None | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> ChatCompletionList | None:
    """List stored Chat Completions. Only Chat Completions that have been stored
    with the `store` parameter set to `true` will be returned.

    Args:
        model (str | Unset):
        metadata (Metadata2 | None | Unset):
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionList
    """

    return (
        await asyncio_detailed(
            client=client,
            model=model,
            metadata=metadata,
            after=after,
            limit=limit,
            order=order,
        )
    ).parsed
