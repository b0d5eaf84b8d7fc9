from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.list_assistants_order import ListAssistantsOrder
from ...models.user_list_resource import UserListResource
from ...types import UNSET, Response, Unset


def _get_kwargs(
    group_id: str,
    *,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "limit", limit)
    query_param(params, "after", after)
    query_param(params, "order", order)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/groups/{group_id}/users".format(
            group_id=quote(str(group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UserListResource | None:
    if response.status_code == 200:
        response_200 = UserListResource.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UserListResource]:
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
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
) -> Response[UserListResource]:
    """Lists the users assigned to a group.

    Args:
        group_id (str):
        limit (int | Unset): Server default: `100`.
        after (str | Unset):
        order (ListAssistantsOrder | Unset): Server default: `"desc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserListResource]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        limit=limit,
        after=after,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
) -> UserListResource | None:
    """Lists the users assigned to a group.

    Args:
        group_id (str):
        limit (int | Unset): Server default: `100`.
        after (str | Unset):
        order (ListAssistantsOrder | Unset): Server default: `"desc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserListResource
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        limit=limit,
        after=after,
        order=order,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
) -> Response[UserListResource]:
    """Lists the users assigned to a group.

    Args:
        group_id (str):
        limit (int | Unset): Server default: `100`.
        after (str | Unset):
        order (ListAssistantsOrder | Unset): Server default: `"desc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UserListResource]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        limit=limit,
        after=after,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
) -> UserListResource | None:
    """Lists the users assigned to a group.

    Args:
        group_id (str):
        limit (int | Unset): Server default: `100`.
        after (str | Unset):
        order (ListAssistantsOrder | Unset): Server default: `"desc"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UserListResource
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            limit=limit,
            after=after,
            order=order,
        )
    ).parsed
