from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_voice_request import CreateVoiceRequest
from ...models.voice_resource import VoiceResource
from ...types import Response


def _get_kwargs(
    *,
    body: CreateVoiceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/voices",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VoiceResource | None:
    if response.status_code == 200:
        response_200 = VoiceResource.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VoiceResource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVoiceRequest,
) -> Response[VoiceResource]:
    """Creates a custom voice.

     Create a custom voice you can use for audio output (for example, in Text-to-Speech and the Realtime
    API). This requires an audio sample and a previously uploaded consent recording.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices)
    for requirements and best practices. Custom voices are limited to eligible customers.

    Args:
        body (CreateVoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VoiceResource]
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
    body: CreateVoiceRequest,
) -> VoiceResource | None:
    """Creates a custom voice.

     Create a custom voice you can use for audio output (for example, in Text-to-Speech and the Realtime
    API). This requires an audio sample and a previously uploaded consent recording.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices)
    for requirements and best practices. Custom voices are limited to eligible customers.

    Args:
        body (CreateVoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VoiceResource
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVoiceRequest,
) -> Response[VoiceResource]:
    """Creates a custom voice.

     Create a custom voice you can use for audio output (for example, in Text-to-Speech and the Realtime
    API). This requires an audio sample and a previously uploaded consent recording.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices)
    for requirements and best practices. Custom voices are limited to eligible customers.

    Args:
        body (CreateVoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VoiceResource]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVoiceRequest,
) -> VoiceResource | None:
    """Creates a custom voice.

     Create a custom voice you can use for audio output (for example, in Text-to-Speech and the Realtime
    API). This requires an audio sample and a previously uploaded consent recording.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices)
    for requirements and best practices. Custom voices are limited to eligible customers.

    Args:
        body (CreateVoiceRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VoiceResource
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
