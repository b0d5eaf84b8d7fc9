from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_eval_run_request import CreateEvalRunRequest
from ...models.error import Error
from ...models.eval_run import EvalRun
from ...types import Response


def _get_kwargs(
    eval_id: str,
    *,
    body: CreateEvalRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/evals/{eval_id}/runs".format(
            eval_id=quote(str(eval_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | EvalRun | None:
    if response.status_code == 201:
        response_201 = EvalRun.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | EvalRun]:
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
    body: CreateEvalRunRequest,
) -> Response[Error | EvalRun]:
    """Kicks off a new run for a given evaluation, specifying the data source, and what model configuration
    to use to test. The datasource will be validated against the schema specified in the config of the
    evaluation.

    Args:
        eval_id (str):
        body (CreateEvalRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | EvalRun]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvalRunRequest,
) -> Error | EvalRun | None:
    """Kicks off a new run for a given evaluation, specifying the data source, and what model configuration
    to use to test. The datasource will be validated against the schema specified in the config of the
    evaluation.

    Args:
        eval_id (str):
        body (CreateEvalRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | EvalRun
    """

    return sync_detailed(
        eval_id=eval_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvalRunRequest,
) -> Response[Error | EvalRun]:
    """Kicks off a new run for a given evaluation, specifying the data source, and what model configuration
    to use to test. The datasource will be validated against the schema specified in the config of the
    evaluation.

    Args:
        eval_id (str):
        body (CreateEvalRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | EvalRun]
    """

    kwargs = _get_kwargs(
        eval_id=eval_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    eval_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvalRunRequest,
) -> Error | EvalRun | None:
    """Kicks off a new run for a given evaluation, specifying the data source, and what model configuration
    to use to test. The datasource will be validated against the schema specified in the config of the
    evaluation.

    Args:
        eval_id (str):
        body (CreateEvalRunRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | EvalRun
    """

    return (
        await asyncio_detailed(
            eval_id=eval_id,
            client=client,
            body=body,
        )
    ).parsed
