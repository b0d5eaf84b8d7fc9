from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_eval_request import CreateEvalRequest
from ...models.eval_ import Eval
from ...types import Response


def _get_kwargs(
    *,
    body: CreateEvalRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/evals",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Eval | None:
    if response.status_code == 201:
        response_201 = Eval.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Eval]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvalRequest,
) -> Response[Eval]:
    """Create the structure of an evaluation that can be used to test a model's performance.
    An evaluation is a set of testing criteria and the config for a data source, which dictates the
    schema of the data used in the evaluation. After creating an evaluation, you can run it on different
    models and model parameters. We support several types of graders and datasources.
    For more information, see the [Evals guide](https://platform.openai.com/docs/guides/evals).

    Args:
        body (CreateEvalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Eval]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvalRequest,
) -> Eval | None:
    """Create the structure of an evaluation that can be used to test a model's performance.
    An evaluation is a set of testing criteria and the config for a data source, which dictates the
    schema of the data used in the evaluation. After creating an evaluation, you can run it on different
    models and model parameters. We support several types of graders and datasources.
    For more information, see the [Evals guide](https://platform.openai.com/docs/guides/evals).

    Args:
        body (CreateEvalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Eval
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvalRequest,
) -> Response[Eval]:
    """Create the structure of an evaluation that can be used to test a model's performance.
    An evaluation is a set of testing criteria and the config for a data source, which dictates the
    schema of the data used in the evaluation. After creating an evaluation, you can run it on different
    models and model parameters. We support several types of graders and datasources.
    For more information, see the [Evals guide](https://platform.openai.com/docs/guides/evals).

    Args:
        body (CreateEvalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Eval]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateEvalRequest,
) -> Eval | None:
    """Create the structure of an evaluation that can be used to test a model's performance.
    An evaluation is a set of testing criteria and the config for a data source, which dictates the
    schema of the data used in the evaluation. After creating an evaluation, you can run it on different
    models and model parameters. We support several types of graders and datasources.
    For more information, see the [Evals guide](https://platform.openai.com/docs/guides/evals).

    Args:
        body (CreateEvalRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Eval
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
