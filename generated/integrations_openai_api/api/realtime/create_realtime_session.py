from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.realtime_session_create_request import RealtimeSessionCreateRequest
from ...models.realtime_session_create_response import RealtimeSessionCreateResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RealtimeSessionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/sessions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RealtimeSessionCreateResponse | None:
    if response.status_code == 200:
        response_200 = RealtimeSessionCreateResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RealtimeSessionCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeSessionCreateRequest,
) -> Response[RealtimeSessionCreateResponse]:
    """Create an ephemeral API token for use in client-side applications with the
    Realtime API. Can be configured with the same session parameters as the
    `session.update` client event.

    It responds with a session object, plus a `client_secret` key which contains
    a usable ephemeral API token that can be used to authenticate browser clients
    for the Realtime API.

    Returns the created Realtime session object, plus an ephemeral key.

    Args:
        body (RealtimeSessionCreateRequest): A new Realtime session configuration, with an
            ephemeral key. Default TTL
            for keys is one minute.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RealtimeSessionCreateResponse]
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
    body: RealtimeSessionCreateRequest,
) -> RealtimeSessionCreateResponse | None:
    """Create an ephemeral API token for use in client-side applications with the
    Realtime API. Can be configured with the same session parameters as the
    `session.update` client event.

    It responds with a session object, plus a `client_secret` key which contains
    a usable ephemeral API token that can be used to authenticate browser clients
    for the Realtime API.

    Returns the created Realtime session object, plus an ephemeral key.

    Args:
        body (RealtimeSessionCreateRequest): A new Realtime session configuration, with an
            ephemeral key. Default TTL
            for keys is one minute.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RealtimeSessionCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeSessionCreateRequest,
) -> Response[RealtimeSessionCreateResponse]:
    """Create an ephemeral API token for use in client-side applications with the
    Realtime API. Can be configured with the same session parameters as the
    `session.update` client event.

    It responds with a session object, plus a `client_secret` key which contains
    a usable ephemeral API token that can be used to authenticate browser clients
    for the Realtime API.

    Returns the created Realtime session object, plus an ephemeral key.

    Args:
        body (RealtimeSessionCreateRequest): A new Realtime session configuration, with an
            ephemeral key. Default TTL
            for keys is one minute.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RealtimeSessionCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeSessionCreateRequest,
) -> RealtimeSessionCreateResponse | None:
    """Create an ephemeral API token for use in client-side applications with the
    Realtime API. Can be configured with the same session parameters as the
    `session.update` client event.

    It responds with a session object, plus a `client_secret` key which contains
    a usable ephemeral API token that can be used to authenticate browser clients
    for the Realtime API.

    Returns the created Realtime session object, plus an ephemeral key.

    Args:
        body (RealtimeSessionCreateRequest): A new Realtime session configuration, with an
            ephemeral key. Default TTL
            for keys is one minute.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RealtimeSessionCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
