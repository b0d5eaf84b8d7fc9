from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.certificate import Certificate
from ...models.modify_certificate_request import ModifyCertificateRequest
from ...types import Response


def _get_kwargs(
    certificate_id: str,
    *,
    body: ModifyCertificateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/organization/certificates/{certificate_id}".format(
            certificate_id=quote(str(certificate_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: ModifyCertificateRequest,
) -> Response[Certificate]:
    """Modify a certificate. Note that only the name can be modified.

    Args:
        certificate_id (str):
        body (ModifyCertificateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certificate]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
    body: ModifyCertificateRequest,
) -> Certificate | None:
    """Modify a certificate. Note that only the name can be modified.

    Args:
        certificate_id (str):
        body (ModifyCertificateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Certificate
    """

    return sync_detailed(
        certificate_id=certificate_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
    body: ModifyCertificateRequest,
) -> Response[Certificate]:
    """Modify a certificate. Note that only the name can be modified.

    Args:
        certificate_id (str):
        body (ModifyCertificateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Certificate]
    """

    kwargs = _get_kwargs(
        certificate_id=certificate_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    certificate_id: str,
    *,
    client: AuthenticatedClient,
    body: ModifyCertificateRequest,
) -> Certificate | None:
    """Modify a certificate. Note that only the name can be modified.

    Args:
        certificate_id (str):
        body (ModifyCertificateRequest):

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
            body=body,
        )
    ).parsed
