from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.order_enum import OrderEnum
from ...models.skill_version_list_resource import SkillVersionListResource
from ...types import UNSET, Response, Unset


def _get_kwargs(
    skill_id: str,
    *,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "limit", limit)
    query_param(params, "order", order)
    query_param(params, "after", after)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/skills/{skill_id}/versions".format(
            skill_id=quote(str(skill_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SkillVersionListResource | None:
    if response.status_code == 200:
        response_200 = SkillVersionListResource.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SkillVersionListResource]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[SkillVersionListResource]:
    """List skill versions for a skill.

    Args:
        skill_id (str):
        limit (int | Unset):
        order (OrderEnum | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillVersionListResource]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        limit=limit,
        order=order,
        after=after,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
) -> SkillVersionListResource | None:
    """List skill versions for a skill.

    Args:
        skill_id (str):
        limit (int | Unset):
        order (OrderEnum | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillVersionListResource
    """

    return sync_detailed(
        skill_id=skill_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
    ).parsed


async def asyncio_detailed(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
) -> Response[SkillVersionListResource]:
    """List skill versions for a skill.

    Args:
        skill_id (str):
        limit (int | Unset):
        order (OrderEnum | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillVersionListResource]
    """

    kwargs = _get_kwargs(
        skill_id=skill_id,
        limit=limit,
        order=order,
        after=after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skill_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    order: OrderEnum | Unset = UNSET,
    after: str | Unset = UNSET,
) -> SkillVersionListResource | None:
    """List skill versions for a skill.

    Args:
        skill_id (str):
        limit (int | Unset):
        order (OrderEnum | Unset):
        after (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillVersionListResource
    """

    return (
        await asyncio_detailed(
            skill_id=skill_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
        )
    ).parsed
