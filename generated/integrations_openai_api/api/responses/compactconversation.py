from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compact_resource import CompactResource
from ...models.compact_response_method_public_body import CompactResponseMethodPublicBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CompactResponseMethodPublicBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/responses/compact",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompactResource | None:
    if response.status_code == 200:
        response_200 = CompactResource.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompactResource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompactResponseMethodPublicBody | Unset = UNSET,
) -> Response[CompactResource]:
    """Compact a conversation. Returns a compacted response object.

    Learn when and how to compact long-running conversations in the [conversation state
    guide](https://platform.openai.com/docs/guides/conversation-state#managing-the-context-window). For
    ZDR-compatible compaction details, see [Compaction
    (advanced)](https://platform.openai.com/docs/guides/conversation-state#compaction-advanced).

    Args:
        body (CompactResponseMethodPublicBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompactResource]
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
    body: CompactResponseMethodPublicBody | Unset = UNSET,
) -> CompactResource | None:
    """Compact a conversation. Returns a compacted response object.

    Learn when and how to compact long-running conversations in the [conversation state
    guide](https://platform.openai.com/docs/guides/conversation-state#managing-the-context-window). For
    ZDR-compatible compaction details, see [Compaction
    (advanced)](https://platform.openai.com/docs/guides/conversation-state#compaction-advanced).

    Args:
        body (CompactResponseMethodPublicBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompactResource
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CompactResponseMethodPublicBody | Unset = UNSET,
) -> Response[CompactResource]:
    """Compact a conversation. Returns a compacted response object.

    Learn when and how to compact long-running conversations in the [conversation state
    guide](https://platform.openai.com/docs/guides/conversation-state#managing-the-context-window). For
    ZDR-compatible compaction details, see [Compaction
    (advanced)](https://platform.openai.com/docs/guides/conversation-state#compaction-advanced).

    Args:
        body (CompactResponseMethodPublicBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompactResource]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CompactResponseMethodPublicBody | Unset = UNSET,
) -> CompactResource | None:
    """Compact a conversation. Returns a compacted response object.

    Learn when and how to compact long-running conversations in the [conversation state
    guide](https://platform.openai.com/docs/guides/conversation-state#managing-the-context-window). For
    ZDR-compatible compaction details, see [Compaction
    (advanced)](https://platform.openai.com/docs/guides/conversation-state#compaction-advanced).

    Args:
        body (CompactResponseMethodPublicBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompactResource
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
