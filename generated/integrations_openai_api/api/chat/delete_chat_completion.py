from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_completion_deleted import ChatCompletionDeleted
from ...types import Response


def _get_kwargs(
    completion_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/chat/completions/{completion_id}".format(
            completion_id=quote(str(completion_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatCompletionDeleted | None:
    if response.status_code == 200:
        response_200 = ChatCompletionDeleted.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ChatCompletionDeleted]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ChatCompletionDeleted]:
    """Delete a stored chat completion. Only Chat Completions that have been
    created with the `store` parameter set to `true` can be deleted.

    Args:
        completion_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionDeleted]
    """

    kwargs = _get_kwargs(
        completion_id=completion_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ChatCompletionDeleted | None:
    """Delete a stored chat completion. Only Chat Completions that have been
    created with the `store` parameter set to `true` can be deleted.

    Args:
        completion_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionDeleted
    """

    return sync_detailed(
        completion_id=completion_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ChatCompletionDeleted]:
    """Delete a stored chat completion. Only Chat Completions that have been
    created with the `store` parameter set to `true` can be deleted.

    Args:
        completion_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionDeleted]
    """

    kwargs = _get_kwargs(
        completion_id=completion_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    completion_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ChatCompletionDeleted | None:
    """Delete a stored chat completion. Only Chat Completions that have been
    created with the `store` parameter set to `true` can be deleted.

    Args:
        completion_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionDeleted
    """

    return (
        await asyncio_detailed(
            completion_id=completion_id,
            client=client,
        )
    ).parsed
