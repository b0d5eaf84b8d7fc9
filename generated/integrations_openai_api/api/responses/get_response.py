from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.include_enum import IncludeEnum
from ...models.response_object import ResponseObject
from ...types import UNSET, Response, Unset


def _get_kwargs(
    response_id: str,
    *,
    include: list[IncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "include", include)
    query_param(params, "stream", stream)
    query_param(params, "starting_after", starting_after)
    query_param(params, "include_obfuscation", include_obfuscation)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/responses/{response_id}".format(
            response_id=quote(str(response_id), safe=""),
        ),
        "params": params,
    }

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
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> Response[ResponseObject]:
    """Retrieves a model response with the given ID.

    Args:
        response_id (str):
        include (list[IncludeEnum] | Unset):
        stream (bool | Unset):
        starting_after (int | Unset):
        include_obfuscation (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseObject]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        include=include,
        stream=stream,
        starting_after=starting_after,
        include_obfuscation=include_obfuscation,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> ResponseObject | None:
    """Retrieves a model response with the given ID.

    Args:
        response_id (str):
        include (list[IncludeEnum] | Unset):
        stream (bool | Unset):
        starting_after (int | Unset):
        include_obfuscation (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseObject
    """

    return sync_detailed(
        response_id=response_id,
        client=client,
        include=include,
        stream=stream,
        starting_after=starting_after,
        include_obfuscation=include_obfuscation,
    ).parsed


async def asyncio_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> Response[ResponseObject]:
    """Retrieves a model response with the given ID.

    Args:
        response_id (str):
        include (list[IncludeEnum] | Unset):
        stream (bool | Unset):
        starting_after (int | Unset):
        include_obfuscation (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ResponseObject]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        include=include,
        stream=stream,
        starting_after=starting_after,
        include_obfuscation=include_obfuscation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    response_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> ResponseObject | None:
    """Retrieves a model response with the given ID.

    Args:
        response_id (str):
        include (list[IncludeEnum] | Unset):
        stream (bool | Unset):
        starting_after (int | Unset):
        include_obfuscation (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ResponseObject
    """

    return (
        await asyncio_detailed(
            response_id=response_id,
            client=client,
            include=include,
            stream=stream,
            starting_after=starting_after,
            include_obfuscation=include_obfuscation,
        )
    ).parsed
