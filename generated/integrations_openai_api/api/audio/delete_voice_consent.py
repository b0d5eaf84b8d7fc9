from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.voice_consent_deleted_resource import VoiceConsentDeletedResource
from ...types import Response


def _get_kwargs(
    consent_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/audio/voice_consents/{consent_id}".format(
            consent_id=quote(str(consent_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VoiceConsentDeletedResource | None:
    if response.status_code == 200:
        response_200 = VoiceConsentDeletedResource.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VoiceConsentDeletedResource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    consent_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[VoiceConsentDeletedResource]:
    """Deletes a voice consent recording.

     Delete a consent recording that was uploaded for creating custom voices.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices).
    Custom voices are limited to eligible customers.

    Args:
        consent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VoiceConsentDeletedResource]
    """

    kwargs = _get_kwargs(
        consent_id=consent_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consent_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> VoiceConsentDeletedResource | None:
    """Deletes a voice consent recording.

     Delete a consent recording that was uploaded for creating custom voices.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices).
    Custom voices are limited to eligible customers.

    Args:
        consent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VoiceConsentDeletedResource
    """

    return sync_detailed(
        consent_id=consent_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    consent_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[VoiceConsentDeletedResource]:
    """Deletes a voice consent recording.

     Delete a consent recording that was uploaded for creating custom voices.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices).
    Custom voices are limited to eligible customers.

    Args:
        consent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VoiceConsentDeletedResource]
    """

    kwargs = _get_kwargs(
        consent_id=consent_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consent_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> VoiceConsentDeletedResource | None:
    """Deletes a voice consent recording.

     Delete a consent recording that was uploaded for creating custom voices.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices).
    Custom voices are limited to eligible customers.

    Args:
        consent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VoiceConsentDeletedResource
    """

    return (
        await asyncio_detailed(
            consent_id=consent_id,
            client=client,
        )
    ).parsed
