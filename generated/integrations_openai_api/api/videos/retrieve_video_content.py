from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import file_from_response, query_param
from ...client import AuthenticatedClient, Client
from ...models.video_content_variant import VideoContentVariant
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    video_id: str,
    *,
    variant: VideoContentVariant | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "variant", variant)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/videos/{video_id}/content".format(
            video_id=quote(str(video_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | None:
    if response.status_code == 200:
        response_200 = file_from_response(response)
        return response_200

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
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    variant: VideoContentVariant | Unset = UNSET,
) -> Response[File]:
    """Download the generated video bytes or a derived preview asset.

    Streams the rendered video content for the specified video job.

    Args:
        video_id (str):
        variant (VideoContentVariant | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        variant=variant,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    variant: VideoContentVariant | Unset = UNSET,
) -> File | None:
    """Download the generated video bytes or a derived preview asset.

    Streams the rendered video content for the specified video job.

    Args:
        video_id (str):
        variant (VideoContentVariant | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        video_id=video_id,
        client=client,
        variant=variant,
    ).parsed


async def asyncio_detailed(
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    variant: VideoContentVariant | Unset = UNSET,
) -> Response[File]:
    """Download the generated video bytes or a derived preview asset.

    Streams the rendered video content for the specified video job.

    Args:
        video_id (str):
        variant (VideoContentVariant | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        video_id=video_id,
        variant=variant,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    video_id: str,
    *,
    client: AuthenticatedClient | Client,
    variant: VideoContentVariant | Unset = UNSET,
) -> File | None:
    """Download the generated video bytes or a derived preview asset.

    Streams the rendered video content for the specified video job.

    Args:
        video_id (str):
        variant (VideoContentVariant | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            video_id=video_id,
            client=client,
            variant=variant,
        )
    ).parsed
