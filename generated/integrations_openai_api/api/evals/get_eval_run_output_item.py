from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.eval_run_output_item import EvalRunOutputItem
from ...types import Response


def _get_kwargs(
    eval_id: str,
    run_id: str,
    output_item_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}".format(
            eval_id=quote(str(eval_id), safe=""),
            run_id=quote(str(run_id), safe=""),
            output_item_id=quote(str(output_item_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EvalRunOutputItem | None:
    if response.status_code == 200:
        response_200 = EvalRunOutputItem.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EvalRunOutputItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    eval_id: str,
    run_id: str,
    output_item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EvalRunOutputItem]:
    """Get an evaluation run output item by ID.

    Args:
        eval_id (str):
        run_id (str):
        output_item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvalRunOutputItem]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
        run_id=run_id,
        output_item_id=output_item_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    eval_id: str,
    run_id: str,
    output_item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EvalRunOutputItem | None:
    """Get an evaluation run output item by ID.

    Args:
        eval_id (str):
        run_id (str):
        output_item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvalRunOutputItem
    """

    return sync_detailed(
        eval_id=eval_id,
        run_id=run_id,
        output_item_id=output_item_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    eval_id: str,
    run_id: str,
    output_item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EvalRunOutputItem]:
    """Get an evaluation run output item by ID.

    Args:
        eval_id (str):
        run_id (str):
        output_item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvalRunOutputItem]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
        run_id=run_id,
        output_item_id=output_item_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    eval_id: str,
    run_id: str,
    output_item_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EvalRunOutputItem | None:
    """Get an evaluation run output item by ID.

    Args:
        eval_id (str):
        run_id (str):
        output_item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvalRunOutputItem
    """

    return (
        await asyncio_detailed(
            eval_id=eval_id,
            run_id=run_id,
            output_item_id=output_item_id,
            client=client,
        )
    ).parsed
