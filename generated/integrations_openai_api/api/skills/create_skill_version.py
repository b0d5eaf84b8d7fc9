from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_skill_version_body import CreateSkillVersionBody
from ...models.skill_version_resource import SkillVersionResource
from ...types import UNSET, Response, Unset


def _get_kwargs(
    skill_id: str,
    *,
    body: CreateSkillVersionBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/skills/{skill_id}/versions".format(
            skill_id=quote(str(skill_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SkillVersionResource | None:
    if response.status_code == 200:
        response_200 = SkillVersionResource.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SkillVersionResource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSkillVersionBody | Unset = UNSET,
) -> Response[SkillVersionResource]:
    """Create a new immutable skill version.

    Args:
        skill_id (str):
        body (CreateSkillVersionBody | Unset): Uploads a new immutable version of a skill.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillVersionResource]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSkillVersionBody | Unset = UNSET,
) -> SkillVersionResource | None:
    """Create a new immutable skill version.

    Args:
        skill_id (str):
        body (CreateSkillVersionBody | Unset): Uploads a new immutable version of a skill.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillVersionResource
    """

    return sync_detailed(
        skill_id=skill_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSkillVersionBody | Unset = UNSET,
) -> Response[SkillVersionResource]:
    """Create a new immutable skill version.

    Args:
        skill_id (str):
        body (CreateSkillVersionBody | Unset): Uploads a new immutable version of a skill.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillVersionResource]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSkillVersionBody | Unset = UNSET,
) -> SkillVersionResource | None:
    """Create a new immutable skill version.

    Args:
        skill_id (str):
        body (CreateSkillVersionBody | Unset): Uploads a new immutable version of a skill.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillVersionResource
    """

    return (
        await asyncio_detailed(
            skill_id=skill_id,
            client=client,
            body=body,
        )
    ).parsed
