from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.organization_certificate_activation_response import (
    OrganizationCertificateActivationResponse,
)
from ...models.toggle_certificates_request import ToggleCertificatesRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ToggleCertificatesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organization/certificates/activate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OrganizationCertificateActivationResponse | None:
    if response.status_code == 200:
        response_200 = OrganizationCertificateActivationResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[OrganizationCertificateActivationResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ToggleCertificatesRequest,
) -> Response[OrganizationCertificateActivationResponse]:
    """Activate certificates at the organization level.

    You can atomically and idempotently activate up to 10 certificates at a time.

    Args:
        body (ToggleCertificatesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganizationCertificateActivationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ToggleCertificatesRequest,
) -> OrganizationCertificateActivationResponse | None:
    """Activate certificates at the organization level.

    You can atomically and idempotently activate up to 10 certificates at a time.

    Args:
        body (ToggleCertificatesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganizationCertificateActivationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ToggleCertificatesRequest,
) -> Response[OrganizationCertificateActivationResponse]:
    """Activate certificates at the organization level.

    You can atomically and idempotently activate up to 10 certificates at a time.

    Args:
        body (ToggleCertificatesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OrganizationCertificateActivationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ToggleCertificatesRequest,
) -> OrganizationCertificateActivationResponse | None:
    """Activate certificates at the organization level.

    You can atomically and idempotently activate up to 10 certificates at a time.

    Args:
        body (ToggleCertificatesRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OrganizationCertificateActivationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
