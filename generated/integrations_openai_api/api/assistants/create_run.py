from http import HTTPStatus
from typing import Any, Literal
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.create_run_request import CreateRunRequest
from ...models.run_object import RunObject
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: str,
    *,
    body: CreateRunRequest,
    include: list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}
    query_param(params, "include[]", include)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/{thread_id}/runs".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RunObject | None:
    if response.status_code == 200:
        response_200 = RunObject.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RunObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateRunRequest,
    include: list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
    | Unset = UNSET,
) -> Response[RunObject]:
    """Create a run.

    Args:
        thread_id (str):
        include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']] |
            Unset):
        body (CreateRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateRunRequest,
    include: list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
    | Unset = UNSET,
) -> RunObject | None:
    """Create a run.

    Args:
        thread_id (str):
        include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']] |
            Unset):
        body (CreateRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunObject
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        body=body,
        include=include,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateRunRequest,
    include: list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
    | Unset = UNSET,
) -> Response[RunObject]:
    """Create a run.

    Args:
        thread_id (str):
        include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']] |
            Unset):
        body (CreateRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateRunRequest,
    include: list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
    | Unset = UNSET,
) -> RunObject | None:
    """Create a run.

    Args:
        thread_id (str):
        include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']] |
            Unset):
        body (CreateRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunObject
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
            include=include,
        )
    ).parsed
