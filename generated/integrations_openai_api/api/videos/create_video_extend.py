from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_video_extend_json_body import CreateVideoExtendJsonBody
from ...models.create_video_extend_multipart_body import CreateVideoExtendMultipartBody
from ...models.video_resource import VideoResource
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateVideoExtendMultipartBody | CreateVideoExtendJsonBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/videos/extensions",
    }

    if isinstance(body, CreateVideoExtendMultipartBody):
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

    if isinstance(body, CreateVideoExtendJsonBody):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> VideoResource | None:
    if response.status_code == 200:
        response_200 = VideoResource.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[VideoResource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVideoExtendMultipartBody | CreateVideoExtendJsonBody | Unset = UNSET,
) -> Response[VideoResource]:
    """Create an extension of a completed video.

    Args:
        body (CreateVideoExtendMultipartBody | Unset): Multipart parameters for extending an
            existing generated video.
        body (CreateVideoExtendJsonBody | Unset): JSON parameters for extending an existing
            generated video.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VideoResource]
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
    body: CreateVideoExtendMultipartBody | CreateVideoExtendJsonBody | Unset = UNSET,
) -> VideoResource | None:
    """Create an extension of a completed video.

    Args:
        body (CreateVideoExtendMultipartBody | Unset): Multipart parameters for extending an
            existing generated video.
        body (CreateVideoExtendJsonBody | Unset): JSON parameters for extending an existing
            generated video.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VideoResource
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVideoExtendMultipartBody | CreateVideoExtendJsonBody | Unset = UNSET,
) -> Response[VideoResource]:
    """Create an extension of a completed video.

    Args:
        body (CreateVideoExtendMultipartBody | Unset): Multipart parameters for extending an
            existing generated video.
        body (CreateVideoExtendJsonBody | Unset): JSON parameters for extending an existing
            generated video.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[VideoResource]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateVideoExtendMultipartBody | CreateVideoExtendJsonBody | Unset = UNSET,
) -> VideoResource | None:
    """Create an extension of a completed video.

    Args:
        body (CreateVideoExtendMultipartBody | Unset): Multipart parameters for extending an
            existing generated video.
        body (CreateVideoExtendJsonBody | Unset): JSON parameters for extending an existing
            generated video.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        VideoResource
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
