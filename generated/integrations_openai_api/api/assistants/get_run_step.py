from http import HTTPStatus
from typing import Any, Literal
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.run_step_object import RunStepObject
from ...types import UNSET, Response, Unset


def _get_kwargs(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    include: list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
    | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "include[]", include)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/runs/{run_id}/steps/{step_id}".format(
            thread_id=quote(str(thread_id), safe=""),
            run_id=quote(str(run_id), safe=""),
            step_id=quote(str(step_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RunStepObject | None:
    if response.status_code == 200:
        response_200 = RunStepObject.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RunStepObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
    | Unset = UNSET,
) -> Response[RunStepObject]:
    """Retrieves a run step.

    Args:
        thread_id (str):
        run_id (str):
        step_id (str):
        include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunStepObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        step_id=step_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
    | Unset = UNSET,
) -> RunStepObject | None:
    """Retrieves a run step.

    Args:
        thread_id (str):
        run_id (str):
        step_id (str):
        include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunStepObject
    """

    return sync_detailed(
        thread_id=thread_id,
        run_id=run_id,
        step_id=step_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
    | Unset = UNSET,
) -> Response[RunStepObject]:
    """Retrieves a run step.

    Args:
        thread_id (str):
        run_id (str):
        step_id (str):
        include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RunStepObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        step_id=step_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[Literal["step_details.tool_calls[*].file_search.results[*].content"]]
    | Unset = UNSET,
) -> RunStepObject | None:
    """Retrieves a run step.

    Args:
        thread_id (str):
        run_id (str):
        step_id (str):
        include (list[Literal['step_details.tool_calls[*].file_search.results[*].content']] |
            Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RunStepObject
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            run_id=run_id,
            step_id=step_id,
            client=client,
            include=include,
        )
    ).parsed
