from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_skill_body import CreateSkillBody
from ...models.skill_resource import SkillResource
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateSkillBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/skills",
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SkillResource | None:
    if response.status_code == 200:
        response_200 = SkillResource.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SkillResource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSkillBody | Unset = UNSET,
) -> Response[SkillResource]:
    """Create a new skill.

    Args:
        body (CreateSkillBody | Unset): Uploads a skill either as a directory (multipart
            `files[]`) or as a single zip file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillResource]
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
    body: CreateSkillBody | Unset = UNSET,
) -> SkillResource | None:
    """Create a new skill.

    Args:
        body (CreateSkillBody | Unset): Uploads a skill either as a directory (multipart
            `files[]`) or as a single zip file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillResource
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSkillBody | Unset = UNSET,
) -> Response[SkillResource]:
    """Create a new skill.

    Args:
        body (CreateSkillBody | Unset): Uploads a skill either as a directory (multipart
            `files[]`) or as a single zip file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillResource]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSkillBody | Unset = UNSET,
) -> SkillResource | None:
    """Create a new skill.

    Args:
        body (CreateSkillBody | Unset): Uploads a skill either as a directory (multipart
            `files[]`) or as a single zip file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillResource
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
