from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.realtime_create_client_secret_request import RealtimeCreateClientSecretRequest
from ...models.realtime_create_client_secret_response import RealtimeCreateClientSecretResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RealtimeCreateClientSecretRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/client_secrets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RealtimeCreateClientSecretResponse | None:
    if response.status_code == 200:
        response_200 = RealtimeCreateClientSecretResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RealtimeCreateClientSecretResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCreateClientSecretRequest,
) -> Response[RealtimeCreateClientSecretResponse]:
    """Create a Realtime client secret with an associated session configuration.

    Client secrets are short-lived tokens that can be passed to a client app,
    such as a web frontend or mobile client, which grants access to the Realtime API without
    leaking your main API key. You can configure a custom TTL for each client secret.

    You can also attach session configuration options to the client secret, which will be
    applied to any sessions created using that client secret, but these can also be overridden
    by the client connection.

    [Learn more about authentication with client secrets over
    WebRTC](https://platform.openai.com/docs/guides/realtime-webrtc).

    Returns the created client secret and the effective session object. The client secret is a string
    that looks like `ek_1234`.

    Args:
        body (RealtimeCreateClientSecretRequest): Create a session and client secret for the
            Realtime API. The request can specify
            either a realtime or a transcription session configuration.
            [Learn more about the Realtime API](https://platform.openai.com/docs/guides/realtime).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RealtimeCreateClientSecretResponse]
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
    body: RealtimeCreateClientSecretRequest,
) -> RealtimeCreateClientSecretResponse | None:
    """Create a Realtime client secret with an associated session configuration.

    Client secrets are short-lived tokens that can be passed to a client app,
    such as a web frontend or mobile client, which grants access to the Realtime API without
    leaking your main API key. You can configure a custom TTL for each client secret.

    You can also attach session configuration options to the client secret, which will be
    applied to any sessions created using that client secret, but these can also be overridden
    by the client connection.

    [Learn more about authentication with client secrets over
    WebRTC](https://platform.openai.com/docs/guides/realtime-webrtc).

    Returns the created client secret and the effective session object. The client secret is a string
    that looks like `ek_1234`.

    Args:
        body (RealtimeCreateClientSecretRequest): Create a session and client secret for the
            Realtime API. The request can specify
            either a realtime or a transcription session configuration.
            [Learn more about the Realtime API](https://platform.openai.com/docs/guides/realtime).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RealtimeCreateClientSecretResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCreateClientSecretRequest,
) -> Response[RealtimeCreateClientSecretResponse]:
    """Create a Realtime client secret with an associated session configuration.

    Client secrets are short-lived tokens that can be passed to a client app,
    such as a web frontend or mobile client, which grants access to the Realtime API without
    leaking your main API key. You can configure a custom TTL for each client secret.

    You can also attach session configuration options to the client secret, which will be
    applied to any sessions created using that client secret, but these can also be overridden
    by the client connection.

    [Learn more about authentication with client secrets over
    WebRTC](https://platform.openai.com/docs/guides/realtime-webrtc).

    Returns the created client secret and the effective session object. The client secret is a string
    that looks like `ek_1234`.

    Args:
        body (RealtimeCreateClientSecretRequest): Create a session and client secret for the
            Realtime API. The request can specify
            either a realtime or a transcription session configuration.
            [Learn more about the Realtime API](https://platform.openai.com/docs/guides/realtime).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RealtimeCreateClientSecretResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCreateClientSecretRequest,
) -> RealtimeCreateClientSecretResponse | None:
    """Create a Realtime client secret with an associated session configuration.

    Client secrets are short-lived tokens that can be passed to a client app,
    such as a web frontend or mobile client, which grants access to the Realtime API without
    leaking your main API key. You can configure a custom TTL for each client secret.

    You can also attach session configuration options to the client secret, which will be
    applied to any sessions created using that client secret, but these can also be overridden
    by the client connection.

    [Learn more about authentication with client secrets over
    WebRTC](https://platform.openai.com/docs/guides/realtime-webrtc).

    Returns the created client secret and the effective session object. The client secret is a string
    that looks like `ek_1234`.

    Args:
        body (RealtimeCreateClientSecretRequest): Create a session and client secret for the
            Realtime API. The request can specify
            either a realtime or a transcription session configuration.
            [Learn more about the Realtime API](https://platform.openai.com/docs/guides/realtime).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RealtimeCreateClientSecretResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
