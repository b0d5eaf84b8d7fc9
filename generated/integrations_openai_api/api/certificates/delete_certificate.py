from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_certificate_response import DeleteCertificateResponse
from ...types import Response


def _get_kwargs(
    certificate_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/organization/certificates/{certificate_id}".format(
            certificate_id=quote(str(certificate_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteCertificateResponse | None:
    if response.status_code == 200:
        response_200 = DeleteCertificateResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteCertificateResponse]:
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
) -> Response[DeleteCertificateResponse]:
    """Delete a certificate from the organization.

    The certificate must be inactive for the organization and all projects.

    Args:
        certificate_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCertificateResponse]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteCertificateResponse | None:
    """Delete a certificate from the organization.

    The certificate must be inactive for the organization and all projects.

    Args:
        certificate_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCertificateResponse
    """

    return sync_detailed(
        certificate_id=certificate_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DeleteCertificateResponse]:
    """Delete a certificate from the organization.

    The certificate must be inactive for the organization and all projects.

    Args:
        certificate_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCertificateResponse]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
) -> DeleteCertificateResponse | None:
    """Delete a certificate from the organization.

    The certificate must be inactive for the organization and all projects.

    Args:
        certificate_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCertificateResponse
    """

    return (
        await asyncio_detailed(
            certificate_id=certificate_id,
            client=client,
        )
    ).parsed
