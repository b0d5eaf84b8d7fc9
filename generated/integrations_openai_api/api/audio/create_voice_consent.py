from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_voice_consent_request import CreateVoiceConsentRequest
from ...models.voice_consent_resource import VoiceConsentResource
from ...types import Response


def _get_kwargs(
    *,
    body: CreateVoiceConsentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/voice_consents",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VoiceConsentResource | None:
    if response.status_code == 200:
        response_200 = VoiceConsentResource.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VoiceConsentResource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVoiceConsentRequest,
) -> Response[VoiceConsentResource]:
    """Upload a voice consent recording.

     Upload a consent recording that authorizes creation of a custom voice.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices)
    for requirements and best practices. Custom voices are limited to eligible customers.

    Args:
        body (CreateVoiceConsentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VoiceConsentResource]
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
    body: CreateVoiceConsentRequest,
) -> VoiceConsentResource | None:
    """Upload a voice consent recording.

     Upload a consent recording that authorizes creation of a custom voice.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices)
    for requirements and best practices. Custom voices are limited to eligible customers.

    Args:
        body (CreateVoiceConsentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VoiceConsentResource
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVoiceConsentRequest,
) -> Response[VoiceConsentResource]:
    """Upload a voice consent recording.

     Upload a consent recording that authorizes creation of a custom voice.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices)
    for requirements and best practices. Custom voices are limited to eligible customers.

    Args:
        body (CreateVoiceConsentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VoiceConsentResource]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVoiceConsentRequest,
) -> VoiceConsentResource | None:
    """Upload a voice consent recording.

     Upload a consent recording that authorizes creation of a custom voice.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices)
    for requirements and best practices. Custom voices are limited to eligible customers.

    Args:
        body (CreateVoiceConsentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VoiceConsentResource
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
