from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.eval_run_list import EvalRunList
from ...models.get_eval_runs_status import GetEvalRunsStatus
from ...models.list_chat_completions_order import (
    ListChatCompletionsOrder,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    eval_id: str,
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
    status: GetEvalRunsStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "after", after)
    query_param(params, "limit", limit)
    query_param(params, "order", order)
    query_param(params, "status", status)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/evals/{eval_id}/runs".format(
            eval_id=quote(str(eval_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EvalRunList | None:
    if response.status_code == 200:
        response_200 = EvalRunList.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EvalRunList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
    status: GetEvalRunsStatus | Unset = UNSET,
) -> Response[EvalRunList]:
    """Get a list of runs for an evaluation.

    Args:
        eval_id (str):
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.
        status (GetEvalRunsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvalRunList]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
        after=after,
        limit=limit,
        order=order,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
    status: GetEvalRunsStatus | Unset = UNSET,
) -> EvalRunList | None:
    """Get a list of runs for an evaluation.

    Args:
        eval_id (str):
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.
        status (GetEvalRunsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvalRunList
    """

    return sync_detailed(
        eval_id=eval_id,
        client=client,
        after=after,
        limit=limit,
        order=order,
        status=status,
    ).parsed


async def asyncio_detailed(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
    status: GetEvalRunsStatus | Unset = UNSET,
) -> Response[EvalRunList]:
    """Get a list of runs for an evaluation.

    Args:
        eval_id (str):
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.
        status (GetEvalRunsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvalRunList]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
        after=after,
        limit=limit,
        order=order,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListChatCompletionsOrder | Unset = UNSET,
    status: GetEvalRunsStatus | Unset = UNSET,
) -> EvalRunList | None:
    """Get a list of runs for an evaluation.

    Args:
        eval_id (str):
        after (str | Unset):
        limit (int | Unset): Server default: `20`.
        order (ListChatCompletionsOrder | Unset): Server default: `"asc"`.
        status (GetEvalRunsStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvalRunList
    """

    return (
        await asyncio_detailed(
            eval_id=eval_id,
            client=client,
            after=after,
            limit=limit,
            order=order,
            status=status,
        )
    ).parsed
