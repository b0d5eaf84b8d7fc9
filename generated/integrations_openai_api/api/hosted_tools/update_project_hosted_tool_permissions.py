from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.project_hosted_tool_permissions import ProjectHostedToolPermissions
from ...models.project_hosted_tool_permissions_update_request import (
    ProjectHostedToolPermissionsUpdateRequest,
)
from ...types import Response


def _get_kwargs(
    project_id: str,
    *,
    body: ProjectHostedToolPermissionsUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organization/projects/{project_id}/hosted_tool_permissions".format(
            project_id=quote(str(project_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProjectHostedToolPermissions | None:
    if response.status_code == 200:
        response_200 = ProjectHostedToolPermissions.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProjectHostedToolPermissions]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectHostedToolPermissionsUpdateRequest,
) -> Response[ProjectHostedToolPermissions]:
    """Updates hosted tool permissions for a project.

    Args:
        project_id (str):
        body (ProjectHostedToolPermissionsUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectHostedToolPermissions]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectHostedToolPermissionsUpdateRequest,
) -> ProjectHostedToolPermissions | None:
    """Updates hosted tool permissions for a project.

    Args:
        project_id (str):
        body (ProjectHostedToolPermissionsUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectHostedToolPermissions
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectHostedToolPermissionsUpdateRequest,
) -> Response[ProjectHostedToolPermissions]:
    """Updates hosted tool permissions for a project.

    Args:
        project_id (str):
        body (ProjectHostedToolPermissionsUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectHostedToolPermissions]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: ProjectHostedToolPermissionsUpdateRequest,
) -> ProjectHostedToolPermissions | None:
    """Updates hosted tool permissions for a project.

    Args:
        project_id (str):
        body (ProjectHostedToolPermissionsUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectHostedToolPermissions
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
