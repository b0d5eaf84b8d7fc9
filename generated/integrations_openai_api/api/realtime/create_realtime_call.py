from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.wire import file_from_response
from ...client import AuthenticatedClient, Client
from ...models.realtime_call_create_request import RealtimeCallCreateRequest
from ...types import File, Response


def _get_kwargs(
    *,
    body: RealtimeCallCreateRequest | File,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/calls",
    }

    if isinstance(body, RealtimeCallCreateRequest):
        _kwargs["files"] = body.to_multipart()

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/sdp"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | None:
    if response.status_code == 201:
        response_201 = file_from_response(response)
        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCallCreateRequest | File,
) -> Response[File]:
    """Create a new Realtime API call over WebRTC and receive the SDP answer needed
    to complete the peer connection.

    Args:
        body (RealtimeCallCreateRequest): Parameters required to initiate a realtime call and
            receive the SDP answer
            needed to complete a WebRTC peer connection. Provide an SDP offer generated
            by your client and optionally configure the session that will answer the call.
        body (File): WebRTC SDP offer. Use this variant when you have previously created an
            ephemeral **session token** and are authenticating the request with it.
            Realtime session parameters will be retrieved from the session token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
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
    body: RealtimeCallCreateRequest | File,
) -> File | None:
    """Create a new Realtime API call over WebRTC and receive the SDP answer needed
    to complete the peer connection.

    Args:
        body (RealtimeCallCreateRequest): Parameters required to initiate a realtime call and
            receive the SDP answer
            needed to complete a WebRTC peer connection. Provide an SDP offer generated
            by your client and optionally configure the session that will answer the call.
        body (File): WebRTC SDP offer. Use this variant when you have previously created an
            ephemeral **session token** and are authenticating the request with it.
            Realtime session parameters will be retrieved from the session token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCallCreateRequest | File,
) -> Response[File]:
    """Create a new Realtime API call over WebRTC and receive the SDP answer needed
    to complete the peer connection.

    Args:
        body (RealtimeCallCreateRequest): Parameters required to initiate a realtime call and
            receive the SDP answer
            needed to complete a WebRTC peer connection. Provide an SDP offer generated
            by your client and optionally configure the session that will answer the call.
        body (File): WebRTC SDP offer. Use this variant when you have previously created an
            ephemeral **session token** and are authenticating the request with it.
            Realtime session parameters will be retrieved from the session token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RealtimeCallCreateRequest | File,
) -> File | None:
    """Create a new Realtime API call over WebRTC and receive the SDP answer needed
    to complete the peer connection.

    Args:
        body (RealtimeCallCreateRequest): Parameters required to initiate a realtime call and
            receive the SDP answer
            needed to complete a WebRTC peer connection. Provide an SDP offer generated
            by your client and optionally configure the session that will answer the call.
        body (File): WebRTC SDP offer. Use this variant when you have previously created an
            ephemeral **session token** and are authenticating the request with it.
            Realtime session parameters will be retrieved from the session token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
