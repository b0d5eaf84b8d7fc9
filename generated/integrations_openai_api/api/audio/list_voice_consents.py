from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.voice_consent_list_resource import VoiceConsentListResource
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "after", after)
    query_param(params, "limit", limit)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audio/voice_consents",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VoiceConsentListResource | None:
    if response.status_code == 200:
        response_200 = VoiceConsentListResource.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VoiceConsentListResource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[VoiceConsentListResource]:
    """Returns a list of voice consent recordings.

     List consent recordings available to your organization for creating custom voices.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices).
    Custom voices are limited to eligible customers.

    Args:
        after (str | Unset):
        limit (int | Unset): Server default: `20`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VoiceConsentListResource]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> VoiceConsentListResource | None:
    """Returns a list of voice consent recordings.

     List consent recordings available to your organization for creating custom voices.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices).
    Custom voices are limited to eligible customers.

    Args:
        after (str | Unset):
        limit (int | Unset): Server default: `20`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VoiceConsentListResource
    """

    return sync_detailed(
        client=client,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[VoiceConsentListResource]:
    """Returns a list of voice consent recordings.

     List consent recordings available to your organization for creating custom voices.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices).
    Custom voices are limited to eligible customers.

    Args:
        after (str | Unset):
        limit (int | Unset): Server default: `20`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VoiceConsentListResource]
    """

    kwargs = _get_kwargs(
        after=after,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> VoiceConsentListResource | None:
    """Returns a list of voice consent recordings.

     List consent recordings available to your organization for creating custom voices.

    See the [custom voices guide](https://platform.openai.com/docs/guides/text-to-speech#custom-voices).
    Custom voices are limited to eligible customers.

    Args:
        after (str | Unset):
        limit (int | Unset): Server default: `20`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VoiceConsentListResource
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            limit=limit,
        )
    ).parsed
