from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.eval_list import EvalList
from ...models.list_chat_completions_order import (
    ListChatCompletionsOrder,
)
from ...models.list_evals_order_by import ListEvalsOrderBy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
    order_by: ListEvalsOrderBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "after", after)
    query_param(params, "limit", limit)
    query_param(params, "order", order)
    query_param(params, "order_by", order_by)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/evals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EvalList | None:
    if response.status_code == 200:
        response_200 = EvalList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EvalList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
    order_by: ListEvalsOrderBy | Unset = UNSET,
) -> Response[EvalList]:
    """List evaluations for a project.

    Args:
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.
        order_by (ListEvalsOrderBy | Unset): Server default: `"created_at"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvalList]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        order=order,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
    order_by: ListEvalsOrderBy | Unset = UNSET,
) -> EvalList | None:
    """List evaluations for a project.

    Args:
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.
        order_by (ListEvalsOrderBy | Unset): Server default: `"created_at"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvalList
    """

    return sync_detailed(
        client=client,
        after=after,
        limit=limit,
        order=order,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
    order_by: ListEvalsOrderBy | Unset = UNSET,
) -> Response[EvalList]:
    """List evaluations for a project.

    Args:
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.
        order_by (ListEvalsOrderBy | Unset): Server default: `"created_at"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvalList]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
        order=order,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
    order_by: ListEvalsOrderBy | Unset = UNSET,
) -> EvalList | None:
    """List evaluations for a project.

    Args:
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.
        order_by (ListEvalsOrderBy | Unset): Server default: `"created_at"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvalList
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            limit=limit,
            order=order,
            order_by=order_by,
        )
    ).parsed
