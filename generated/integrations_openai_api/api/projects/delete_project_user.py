from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.project_user_delete_response import ProjectUserDeleteResponse
from ...types import Response


def _get_kwargs(
    project_id: str,
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/organization/projects/{project_id}/users/{user_id}".format(
            project_id=quote(str(project_id), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ProjectUserDeleteResponse | None:
    if response.status_code == 200:
        response_200 = ProjectUserDeleteResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ProjectUserDeleteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | ProjectUserDeleteResponse]:
    """Deletes a user from the project.

    Returns confirmation of project user deletion, or an error if the project is
    archived (archived projects have no users).

    Args:
        project_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectUserDeleteResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | ProjectUserDeleteResponse | None:
    """Deletes a user from the project.

    Returns confirmation of project user deletion, or an error if the project is
    archived (archived projects have no users).

    Args:
        project_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectUserDeleteResponse
    """

    return sync_detailed(
        project_id=project_id,
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | ProjectUserDeleteResponse]:
    """Deletes a user from the project.

    Returns confirmation of project user deletion, or an error if the project is
    archived (archived projects have no users).

    Args:
        project_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ProjectUserDeleteResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    user_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | ProjectUserDeleteResponse | None:
    """Deletes a user from the project.

    Returns confirmation of project user deletion, or an error if the project is
    archived (archived projects have no users).

    Args:
        project_id (str):
        user_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ProjectUserDeleteResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            user_id=user_id,
            client=client,
        )
    ).parsed
