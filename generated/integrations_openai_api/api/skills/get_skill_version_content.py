from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import file_from_response
from ...client import AuthenticatedClient, Client
from ...types import File, Response


def _get_kwargs(
    skill_id: str,
    version: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/skills/{skill_id}/versions/{version}/content".format(
            skill_id=quote(str(skill_id), safe=""),
            version=quote(str(version), safe=""),
        ),
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
    skill_id: str,
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File]:
    """Download a skill version zip bundle.

    Args:
        skill_id (str):
        version (str): The skill version number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        version=version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skill_id: str,
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | None:
    """Download a skill version zip bundle.

    Args:
        skill_id (str):
        version (str): The skill version number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        skill_id=skill_id,
        version=version,
        client=client,
    ).parsed


async def asyncio_detailed(
    skill_id: str,
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File]:
    """Download a skill version zip bundle.

    Args:
        skill_id (str):
        version (str): The skill version number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        version=version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skill_id: str,
    version: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | None:
    """Download a skill version zip bundle.

    Args:
        skill_id (str):
        version (str): The skill version number.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            skill_id=skill_id,
            version=version,
            client=client,
        )
    ).parsed
