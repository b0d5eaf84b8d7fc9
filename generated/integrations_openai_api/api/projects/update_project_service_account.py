from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.project_service_account import ProjectServiceAccount
from ...models.update_project_service_account_body import UpdateProjectServiceAccountBody
from ...types import Response


def _get_kwargs(
    project_id: str,
    service_account_id: str,
    *,
    body: UpdateProjectServiceAccountBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organization/projects/{project_id}/service_accounts/{service_account_id}".format(
            project_id=quote(str(project_id), safe=""),
            service_account_id=quote(str(service_account_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProjectServiceAccount | None:
    if response.status_code == 200:
        response_200 = ProjectServiceAccount.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProjectServiceAccount]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    service_account_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateProjectServiceAccountBody,
) -> Response[ProjectServiceAccount]:
    """Updates a service account in the project.

    Args:
        project_id (str):
        service_account_id (str):
        body (UpdateProjectServiceAccountBody): Parameters for updating a project service account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectServiceAccount]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_account_id=service_account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    service_account_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateProjectServiceAccountBody,
) -> ProjectServiceAccount | None:
    """Updates a service account in the project.

    Args:
        project_id (str):
        service_account_id (str):
        body (UpdateProjectServiceAccountBody): Parameters for updating a project service account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectServiceAccount
    """

    return sync_detailed(
        project_id=project_id,
        service_account_id=service_account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    service_account_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateProjectServiceAccountBody,
) -> Response[ProjectServiceAccount]:
    """Updates a service account in the project.

    Args:
        project_id (str):
        service_account_id (str):
        body (UpdateProjectServiceAccountBody): Parameters for updating a project service account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectServiceAccount]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        service_account_id=service_account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    service_account_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateProjectServiceAccountBody,
) -> ProjectServiceAccount | None:
    """Updates a service account in the project.

    Args:
        project_id (str):
        service_account_id (str):
        body (UpdateProjectServiceAccountBody): Parameters for updating a project service account.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectServiceAccount
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            service_account_id=service_account_id,
            client=client,
            body=body,
        )
    ).parsed
