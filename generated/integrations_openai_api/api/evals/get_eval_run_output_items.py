from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.eval_run_output_item_list import EvalRunOutputItemList
from ...models.get_eval_run_output_items_status import (
    GetEvalRunOutputItemsStatus,
)
from ...models.list_chat_completions_order import (
    ListChatCompletionsOrder,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    eval_id: str,
    run_id: str,
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetEvalRunOutputItemsStatus | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "after", after)
    query_param(params, "limit", limit)
    query_param(params, "status", status)
    query_param(params, "order", order)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/evals/{eval_id}/runs/{run_id}/output_items".format(
            eval_id=quote(str(eval_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EvalRunOutputItemList | None:
    if response.status_code == 200:
        response_200 = EvalRunOutputItemList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EvalRunOutputItemList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    eval_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetEvalRunOutputItemsStatus | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> Response[EvalRunOutputItemList]:
    """Get a list of output items for an evaluation run.

    Args:
        eval_id (str):
        run_id (str):
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        status (GetEvalRunOutputItemsStatus | Unset):
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvalRunOutputItemList]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
        run_id=run_id,
        after=after,
        limit=limit,
        status=status,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    eval_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetEvalRunOutputItemsStatus | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> EvalRunOutputItemList | None:
    """Get a list of output items for an evaluation run.

    Args:
        eval_id (str):
        run_id (str):
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        status (GetEvalRunOutputItemsStatus | Unset):
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvalRunOutputItemList
    """

    return sync_detailed(
        eval_id=eval_id,
        run_id=run_id,
        client=client,
        after=after,
        limit=limit,
        status=status,
        order=order,
    ).parsed


async def asyncio_detailed(
    eval_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetEvalRunOutputItemsStatus | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> Response[EvalRunOutputItemList]:
    """Get a list of output items for an evaluation run.

    Args:
        eval_id (str):
        run_id (str):
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        status (GetEvalRunOutputItemsStatus | Unset):
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvalRunOutputItemList]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
        run_id=run_id,
        after=after,
        limit=limit,
        status=status,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    eval_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    status: GetEvalRunOutputItemsStatus | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
) -> EvalRunOutputItemList | None:
    """Get a list of output items for an evaluation run.

    Args:
        eval_id (str):
        run_id (str):
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        status (GetEvalRunOutputItemsStatus | Unset):
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvalRunOutputItemList
    """

    return (
        await asyncio_detailed(
            eval_id=eval_id,
            run_id=run_id,
            client=client,
            after=after,
            limit=limit,
            status=status,
            order=order,
        )
    ).parsed
