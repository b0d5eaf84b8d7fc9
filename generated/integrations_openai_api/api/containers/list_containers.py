from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.container_list_resource import ContainerListResource
from ...models.list_assistants_order import ListAssistantsOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "limit", limit)
    query_param(params, "order", order)
    query_param(params, "after", after)
    query_param(params, "name", name)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/containers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContainerListResource | None:
    if response.status_code == 200:
        response_200 = ContainerListResource.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContainerListResource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[ContainerListResource]:
    """List Containers

     Lists containers.

    Args:
        limit (int | Unset): Server default: `20`.
        order (ListAssistantsOrder | Unset): Server default: `"desc"`.
        after (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerListResource]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        name=name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> ContainerListResource | None:
    """List Containers

     Lists containers.

    Args:
        limit (int | Unset): Server default: `20`.
        order (ListAssistantsOrder | Unset): Server default: `"desc"`.
        after (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerListResource
    """

    return sync_detailed(
        client=client,
        limit=limit,
        order=order,
        after=after,
        name=name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> Response[ContainerListResource]:
    """List Containers

     Lists containers.

    Args:
        limit (int | Unset): Server default: `20`.
        order (ListAssistantsOrder | Unset): Server default: `"desc"`.
        after (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerListResource]
    """

    kwargs = _get_kwargs(
        limit=limit,
        order=order,
        after=after,
        name=name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    name: str | Unset = UNSET,
) -> ContainerListResource | None:
    """List Containers

     Lists containers.

    Args:
        limit (int | Unset): Server default: `20`.
        order (ListAssistantsOrder | Unset): Server default: `"desc"`.
        after (str | Unset):
        name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerListResource
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            order=order,
            after=after,
            name=name,
        )
    ).parsed
