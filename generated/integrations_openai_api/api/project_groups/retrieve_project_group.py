from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.project_group import ProjectGroup
from ...models.retrieve_project_group_group_type import (
    RetrieveProjectGroupGroupType,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    project_id: str,
    group_id: str,
    *,
    group_type: RetrieveProjectGroupGroupType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "group_type", group_type)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/projects/{project_id}/groups/{group_id}".format(
            project_id=quote(str(project_id), safe=""),
            group_id=quote(str(group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProjectGroup | None:
    if response.status_code == 200:
        response_200 = ProjectGroup.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProjectGroup]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient,
    group_type: RetrieveProjectGroupGroupType | Unset = UNSET,
) -> Response[ProjectGroup]:
    """Retrieves a project's group.

    Args:
        project_id (str):
        group_id (str):
        group_type (RetrieveProjectGroupGroupType | Unset): Server default: `"group"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectGroup]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        group_id=group_id,
        group_type=group_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient,
    group_type: RetrieveProjectGroupGroupType | Unset = UNSET,
) -> ProjectGroup | None:
    """Retrieves a project's group.

    Args:
        project_id (str):
        group_id (str):
        group_type (RetrieveProjectGroupGroupType | Unset): Server default: `"group"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectGroup
    """

    return sync_detailed(
        project_id=project_id,
        group_id=group_id,
        client=client,
        group_type=group_type,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient,
    group_type: RetrieveProjectGroupGroupType | Unset = UNSET,
) -> Response[ProjectGroup]:
    """Retrieves a project's group.

    Args:
        project_id (str):
        group_id (str):
        group_type (RetrieveProjectGroupGroupType | Unset): Server default: `"group"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectGroup]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        group_id=group_id,
        group_type=group_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    group_id: str,
    *,
    client: AuthenticatedClient,
    group_type: RetrieveProjectGroupGroupType | Unset = UNSET,
) -> ProjectGroup | None:
    """Retrieves a project's group.

    Args:
        project_id (str):
        group_id (str):
        group_type (RetrieveProjectGroupGroupType | Unset): Server default: `"group"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectGroup
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            group_id=group_id,
            client=client,
            group_type=group_type,
        )
    ).parsed
