from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._runtime.dispatch import pick_variant
from ..._runtime.lenient import UnknownVariant
from ...client import AuthenticatedClient, Client
from ...models.create_translation_request import CreateTranslationRequest
from ...models.create_translation_response_json import CreateTranslationResponseJson
from ...models.create_translation_response_verbose_json import CreateTranslationResponseVerboseJson
from ...types import Response


def _get_kwargs(
    *,
    body: CreateTranslationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/translations",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTranslationResponseJson | CreateTranslationResponseVerboseJson | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CreateTranslationResponseJson | CreateTranslationResponseVerboseJson:
            if isinstance(data, dict):
                variant = pick_variant(
                    data,
                    (
                        CreateTranslationResponseJson,
                        CreateTranslationResponseVerboseJson,
                    ),
                )
                if variant is None:
                    return cast(
                        "CreateTranslationResponseJson | CreateTranslationResponseVerboseJson",
                        UnknownVariant(data),
                    )
                return cast(
                    "CreateTranslationResponseJson | CreateTranslationResponseVerboseJson",
                    variant.from_dict(data),
                )
            return cast(
                "CreateTranslationResponseJson | CreateTranslationResponseVerboseJson", data
            )

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateTranslationResponseJson | CreateTranslationResponseVerboseJson]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTranslationRequest,
) -> Response[CreateTranslationResponseJson | CreateTranslationResponseVerboseJson]:
    """Translates audio into English.

    Args:
        body (CreateTranslationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTranslationResponseJson | CreateTranslationResponseVerboseJson]
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
    client: AuthenticatedClient | Client,
    body: CreateTranslationRequest,
) -> CreateTranslationResponseJson | CreateTranslationResponseVerboseJson | None:
    """Translates audio into English.

    Args:
        body (CreateTranslationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTranslationResponseJson | CreateTranslationResponseVerboseJson
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTranslationRequest,
) -> Response[CreateTranslationResponseJson | CreateTranslationResponseVerboseJson]:
    """Translates audio into English.

    Args:
        body (CreateTranslationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTranslationResponseJson | CreateTranslationResponseVerboseJson]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTranslationRequest,
) -> CreateTranslationResponseJson | CreateTranslationResponseVerboseJson | None:
    """Translates audio into English.

    Args:
        body (CreateTranslationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTranslationResponseJson | CreateTranslationResponseVerboseJson
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
