from http import HTTPStatus
from typing import Any, Literal
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.certificate import Certificate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    certificate_id: str,
    *,
    include: list[Literal["content"]] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "include", include)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/certificates/{certificate_id}".format(
            certificate_id=quote(str(certificate_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Certificate | None:
    if response.status_code == 200:
        response_200 = Certificate.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Certificate]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
    include: list[Literal["content"]] | Unset = UNSET,
) -> Response[Certificate]:
    """Get a certificate that has been uploaded to the organization.

    You can get a certificate regardless of whether it is active or not.

    Args:
        certificate_id (str):
        include (list[Literal['content']] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certificate]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
    include: list[Literal["content"]] | Unset = UNSET,
) -> Certificate | None:
    """Get a certificate that has been uploaded to the organization.

    You can get a certificate regardless of whether it is active or not.

    Args:
        certificate_id (str):
        include (list[Literal['content']] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Certificate
    """

    return sync_detailed(
        certificate_id=certificate_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
    include: list[Literal["content"]] | Unset = UNSET,
) -> Response[Certificate]:
    """Get a certificate that has been uploaded to the organization.

    You can get a certificate regardless of whether it is active or not.

    Args:
        certificate_id (str):
        include (list[Literal['content']] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certificate]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
    include: list[Literal["content"]] | Unset = UNSET,
) -> Certificate | None:
    """Get a certificate that has been uploaded to the organization.

    You can get a certificate regardless of whether it is active or not.

    Args:
        certificate_id (str):
        include (list[Literal['content']] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Certificate
    """

    return (
        await asyncio_detailed(
            certificate_id=certificate_id,
            client=client,
            include=include,
        )
    ).parsed
