from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_voice_consent_request import UpdateVoiceConsentRequest
from ...models.voice_consent_resource import VoiceConsentResource
from ...types import Response


def _get_kwargs(
    consent_id: str,
    *,
    body: UpdateVoiceConsentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/voice_consents/{consent_id}".format(
            consent_id=quote(str(consent_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    consent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVoiceConsentRequest,
) -> Response[VoiceConsentResource]:
    """Updates a voice consent recording (metadata only).

     Update consent recording metadata used for creating custom voices. This endpoint updates metadata
    only and does not replace the underlying audio.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices).
    Custom voices are limited to eligible customers.

    Args:
        consent_id (str):
        body (UpdateVoiceConsentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VoiceConsentResource]
    """

    kwargs = _get_kwargs(
        consent_id=consent_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    consent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVoiceConsentRequest,
) -> VoiceConsentResource | None:
    """Updates a voice consent recording (metadata only).

     Update consent recording metadata used for creating custom voices. This endpoint updates metadata
    only and does not replace the underlying audio.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices).
    Custom voices are limited to eligible customers.

    Args:
        consent_id (str):
        body (UpdateVoiceConsentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VoiceConsentResource
    """

    return sync_detailed(
        consent_id=consent_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    consent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVoiceConsentRequest,
) -> Response[VoiceConsentResource]:
    """Updates a voice consent recording (metadata only).

     Update consent recording metadata used for creating custom voices. This endpoint updates metadata
    only and does not replace the underlying audio.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices).
    Custom voices are limited to eligible customers.

    Args:
        consent_id (str):
        body (UpdateVoiceConsentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VoiceConsentResource]
    """

    kwargs = _get_kwargs(
        consent_id=consent_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    consent_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateVoiceConsentRequest,
) -> VoiceConsentResource | None:
    """Updates a voice consent recording (metadata only).

     Update consent recording metadata used for creating custom voices. This endpoint updates metadata
    only and does not replace the underlying audio.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices).
    Custom voices are limited to eligible customers.

    Args:
        consent_id (str):
        body (UpdateVoiceConsentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VoiceConsentResource
    """

    return (
        await asyncio_detailed(
            consent_id=consent_id,
            client=client,
            body=body,
        )
    ).parsed
