from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.container_file_list_resource import ContainerFileListResource
from ...models.list_assistants_order import ListAssistantsOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    container_id: str,
    *,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "limit", limit)
    query_param(params, "order", order)
    query_param(params, "after", after)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/containers/{container_id}/files".format(
            container_id=quote(str(container_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContainerFileListResource | None:
    if response.status_code == 200:
        response_200 = ContainerFileListResource.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContainerFileListResource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[ContainerFileListResource]:
    """List Container files

     Lists container files.

    Args:
        container_id (str):
        limit (int | Unset): Server default: `20`.
        order (ListAssistantsOrder | Unset): Server default: `"desc"`.
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerFileListResource]
    """

    kwargs = _get_kwargs(
        container_id=container_id,
        limit=limit,
        order=order,
        after=after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
) -> ContainerFileListResource | None:
    """List Container files

     Lists container files.

    Args:
        container_id (str):
        limit (int | Unset): Server default: `20`.
        order (ListAssistantsOrder | Unset): Server default: `"desc"`.
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerFileListResource
    """

    return sync_detailed(
        container_id=container_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
    ).parsed


async def asyncio_detailed(
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[ContainerFileListResource]:
    """List Container files

     Lists container files.

    Args:
        container_id (str):
        limit (int | Unset): Server default: `20`.
        order (ListAssistantsOrder | Unset): Server default: `"desc"`.
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerFileListResource]
    """

    kwargs = _get_kwargs(
        container_id=container_id,
        limit=limit,
        order=order,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    container_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: ListAssistantsOrder | Unset = UNSET,
    after: str | Unset = UNSET,
) -> ContainerFileListResource | None:
    """List Container files

     Lists container files.

    Args:
        container_id (str):
        limit (int | Unset): Server default: `20`.
        order (ListAssistantsOrder | Unset): Server default: `"desc"`.
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerFileListResource
    """

    return (
        await asyncio_detailed(
            container_id=container_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
        )
    ).parsed
