from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.realtime_translation_client_secret_create_request import (
    RealtimeTranslationClientSecretCreateRequest,
)
from ...models.realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: RealtimeTranslationClientSecretCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/translations/client_secrets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RealtimeTranslationClientSecretCreateResponse | None:
    if response.status_code == 200:
        response_200 = RealtimeTranslationClientSecretCreateResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RealtimeTranslationClientSecretCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeTranslationClientSecretCreateRequest,
) -> Response[RealtimeTranslationClientSecretCreateResponse]:
    """Create a Realtime translation client secret with an associated translation session configuration.

    Client secrets are short-lived tokens that can be passed to a client app,
    such as a web frontend or mobile client, which grants access to the Realtime
    Translation API without leaking your main API key. You can configure a custom
    TTL for each client secret.

    Returns the created client secret and the effective translation session object.
    The client secret is a string that looks like `ek_1234`.

    Args:
        body (RealtimeTranslationClientSecretCreateRequest): Create a translation session and
            client secret for the Realtime API.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RealtimeTranslationClientSecretCreateResponse]
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
    body: RealtimeTranslationClientSecretCreateRequest,
) -> RealtimeTranslationClientSecretCreateResponse | None:
    """Create a Realtime translation client secret with an associated translation session configuration.

    Client secrets are short-lived tokens that can be passed to a client app,
    such as a web frontend or mobile client, which grants access to the Realtime
    Translation API without leaking your main API key. You can configure a custom
    TTL for each client secret.

    Returns the created client secret and the effective translation session object.
    The client secret is a string that looks like `ek_1234`.

    Args:
        body (RealtimeTranslationClientSecretCreateRequest): Create a translation session and
            client secret for the Realtime API.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RealtimeTranslationClientSecretCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeTranslationClientSecretCreateRequest,
) -> Response[RealtimeTranslationClientSecretCreateResponse]:
    """Create a Realtime translation client secret with an associated translation session configuration.

    Client secrets are short-lived tokens that can be passed to a client app,
    such as a web frontend or mobile client, which grants access to the Realtime
    Translation API without leaking your main API key. You can configure a custom
    TTL for each client secret.

    Returns the created client secret and the effective translation session object.
    The client secret is a string that looks like `ek_1234`.

    Args:
        body (RealtimeTranslationClientSecretCreateRequest): Create a translation session and
            client secret for the Realtime API.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RealtimeTranslationClientSecretCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeTranslationClientSecretCreateRequest,
) -> RealtimeTranslationClientSecretCreateResponse | None:
    """Create a Realtime translation client secret with an associated translation session configuration.

    Client secrets are short-lived tokens that can be passed to a client app,
    such as a web frontend or mobile client, which grants access to the Realtime
    Translation API without leaking your main API key. You can configure a custom
    TTL for each client secret.

    Returns the created client secret and the effective translation session object.
    The client secret is a string that looks like `ek_1234`.

    Args:
        body (RealtimeTranslationClientSecretCreateRequest): Create a translation session and
            client secret for the Realtime API.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RealtimeTranslationClientSecretCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
