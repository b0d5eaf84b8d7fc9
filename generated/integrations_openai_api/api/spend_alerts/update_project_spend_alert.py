from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_spend_alert_body import CreateSpendAlertBody
from ...models.project_spend_alert import ProjectSpendAlert
from ...types import Response


def _get_kwargs(
    project_id: str,
    alert_id: str,
    *,
    body: CreateSpendAlertBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organization/projects/{project_id}/spend_alerts/{alert_id}".format(
            project_id=quote(str(project_id), safe=""),
            alert_id=quote(str(alert_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ProjectSpendAlert | None:
    if response.status_code == 200:
        response_200 = ProjectSpendAlert.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ProjectSpendAlert]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    alert_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateSpendAlertBody,
) -> Response[ProjectSpendAlert]:
    """Updates a project spend alert.

    Args:
        project_id (str):
        alert_id (str):
        body (CreateSpendAlertBody): Parameters for creating or updating a spend alert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectSpendAlert]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        alert_id=alert_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    alert_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateSpendAlertBody,
) -> ProjectSpendAlert | None:
    """Updates a project spend alert.

    Args:
        project_id (str):
        alert_id (str):
        body (CreateSpendAlertBody): Parameters for creating or updating a spend alert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectSpendAlert
    """

    return sync_detailed(
        project_id=project_id,
        alert_id=alert_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    alert_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateSpendAlertBody,
) -> Response[ProjectSpendAlert]:
    """Updates a project spend alert.

    Args:
        project_id (str):
        alert_id (str):
        body (CreateSpendAlertBody): Parameters for creating or updating a spend alert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ProjectSpendAlert]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        alert_id=alert_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    alert_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateSpendAlertBody,
) -> ProjectSpendAlert | None:
    """Updates a project spend alert.

    Args:
        project_id (str):
        alert_id (str):
        body (CreateSpendAlertBody): Parameters for creating or updating a spend alert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ProjectSpendAlert
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            alert_id=alert_id,
            client=client,
            body=body,
        )
    ).parsed
