from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.public_assign_organization_group_role_body import (
    PublicAssignOrganizationGroupRoleBody,
)
from ...models.user_role_assignment import UserRoleAssignment
from ...types import Response


def _get_kwargs(
    user_id: str,
    *,
    body: PublicAssignOrganizationGroupRoleBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organization/users/{user_id}/roles".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserRoleAssignment | None:
    if response.status_code == 200:
        response_200 = UserRoleAssignment.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserRoleAssignment]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: PublicAssignOrganizationGroupRoleBody,
) -> Response[UserRoleAssignment]:
    """Assigns an organization role to a user within the organization.

    Args:
        user_id (str):
        body (PublicAssignOrganizationGroupRoleBody): Request payload for assigning a role to a
            group or user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserRoleAssignment]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: PublicAssignOrganizationGroupRoleBody,
) -> UserRoleAssignment | None:
    """Assigns an organization role to a user within the organization.

    Args:
        user_id (str):
        body (PublicAssignOrganizationGroupRoleBody): Request payload for assigning a role to a
            group or user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserRoleAssignment
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: PublicAssignOrganizationGroupRoleBody,
) -> Response[UserRoleAssignment]:
    """Assigns an organization role to a user within the organization.

    Args:
        user_id (str):
        body (PublicAssignOrganizationGroupRoleBody): Request payload for assigning a role to a
            group or user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserRoleAssignment]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: PublicAssignOrganizationGroupRoleBody,
) -> UserRoleAssignment | None:
    """Assigns an organization role to a user within the organization.

    Args:
        user_id (str):
        body (PublicAssignOrganizationGroupRoleBody): Request payload for assigning a role to a
            group or user.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserRoleAssignment
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
