from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.group_role_assignment import GroupRoleAssignment
from ...models.public_assign_organization_group_role_body import (
    PublicAssignOrganizationGroupRoleBody,
)
from ...types import Response


def _get_kwargs(
    group_id: str,
    *,
    body: PublicAssignOrganizationGroupRoleBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organization/groups/{group_id}/roles".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GroupRoleAssignment | None:
    if response.status_code == 200:
        response_200 = GroupRoleAssignment.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GroupRoleAssignment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: PublicAssignOrganizationGroupRoleBody,
) -> Response[GroupRoleAssignment]:
    """Assigns an organization role to a group within the organization.

    Args:
        group_id (str):
        body (PublicAssignOrganizationGroupRoleBody): Request payload for assigning a role to a
            group or user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupRoleAssignment]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: PublicAssignOrganizationGroupRoleBody,
) -> GroupRoleAssignment | None:
    """Assigns an organization role to a group within the organization.

    Args:
        group_id (str):
        body (PublicAssignOrganizationGroupRoleBody): Request payload for assigning a role to a
            group or user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupRoleAssignment
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: PublicAssignOrganizationGroupRoleBody,
) -> Response[GroupRoleAssignment]:
    """Assigns an organization role to a group within the organization.

    Args:
        group_id (str):
        body (PublicAssignOrganizationGroupRoleBody): Request payload for assigning a role to a
            group or user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupRoleAssignment]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: PublicAssignOrganizationGroupRoleBody,
) -> GroupRoleAssignment | None:
    """Assigns an organization role to a group within the organization.

    Args:
        group_id (str):
        body (PublicAssignOrganizationGroupRoleBody): Request payload for assigning a role to a
            group or user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupRoleAssignment
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
        )
    ).parsed
