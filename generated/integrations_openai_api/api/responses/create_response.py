from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_response import CreateResponse
from ...models.response_object import ResponseObject
from ...types import Response


def _get_kwargs(
    *,
    body: CreateResponse,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/responses",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ResponseObject | None:
    if response.status_code == 200:
        response_200 = ResponseObject.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ResponseObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateResponse,
) -> Response[ResponseObject]:
    """Creates a model response. Provide [text](https://platform.openai.com/docs/guides/text) or
    [image](https://platform.openai.com/docs/guides/images) inputs to generate
    [text](https://platform.openai.com/docs/guides/text)
    or [JSON](https://platform.openai.com/docs/guides/structured-outputs) outputs. Have the model call
    your own [custom code](https://platform.openai.com/docs/guides/function-calling) or use built-in
    [tools](https://platform.openai.com/docs/guides/tools) like [web
    search](https://platform.openai.com/docs/guides/tools-web-search)
    or [file search](https://platform.openai.com/docs/guides/tools-file-search) to use your own data
    as input for the model's response.

    Args:
        body (CreateResponse):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseObject]
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
    body: CreateResponse,
) -> ResponseObject | None:
    """Creates a model response. Provide [text](https://platform.openai.com/docs/guides/text) or
    [image](https://platform.openai.com/docs/guides/images) inputs to generate
    [text](https://platform.openai.com/docs/guides/text)
    or [JSON](https://platform.openai.com/docs/guides/structured-outputs) outputs. Have the model call
    your own [custom code](https://platform.openai.com/docs/guides/function-calling) or use built-in
    [tools](https://platform.openai.com/docs/guides/tools) like [web
    search](https://platform.openai.com/docs/guides/tools-web-search)
    or [file search](https://platform.openai.com/docs/guides/tools-file-search) to use your own data
    as input for the model's response.

    Args:
        body (CreateResponse):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseObject
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateResponse,
) -> Response[ResponseObject]:
    """Creates a model response. Provide [text](https://platform.openai.com/docs/guides/text) or
    [image](https://platform.openai.com/docs/guides/images) inputs to generate
    [text](https://platform.openai.com/docs/guides/text)
    or [JSON](https://platform.openai.com/docs/guides/structured-outputs) outputs. Have the model call
    your own [custom code](https://platform.openai.com/docs/guides/function-calling) or use built-in
    [tools](https://platform.openai.com/docs/guides/tools) like [web
    search](https://platform.openai.com/docs/guides/tools-web-search)
    or [file search](https://platform.openai.com/docs/guides/tools-file-search) to use your own data
    as input for the model's response.

    Args:
        body (CreateResponse):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateResponse,
) -> ResponseObject | None:
    """Creates a model response. Provide [text](https://platform.openai.com/docs/guides/text) or
    [image](https://platform.openai.com/docs/guides/images) inputs to generate
    [text](https://platform.openai.com/docs/guides/text)
    or [JSON](https://platform.openai.com/docs/guides/structured-outputs) outputs. Have the model call
    your own [custom code](https://platform.openai.com/docs/guides/function-calling) or use built-in
    [tools](https://platform.openai.com/docs/guides/tools) like [web
    search](https://platform.openai.com/docs/guides/tools-web-search)
    or [file search](https://platform.openai.com/docs/guides/tools-file-search) to use your own data
    as input for the model's response.

    Args:
        body (CreateResponse):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
