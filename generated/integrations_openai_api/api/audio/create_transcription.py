from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ..._runtime.dispatch import pick_variant
from ..._runtime.lenient import UnknownVariant
from ...client import AuthenticatedClient, Client
from ...models.create_transcription_request import CreateTranscriptionRequest
from ...models.create_transcription_response_diarized_json import (
    CreateTranscriptionResponseDiarizedJson,
)
from ...models.create_transcription_response_json import CreateTranscriptionResponseJson
from ...models.create_transcription_response_verbose_json import (
    CreateTranscriptionResponseVerboseJson,
)
from ...types import Response


def _get_kwargs(
    *,
    body: CreateTranscriptionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/transcriptions",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateTranscriptionResponseDiarizedJson
    | CreateTranscriptionResponseJson
    | CreateTranscriptionResponseVerboseJson
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            CreateTranscriptionResponseDiarizedJson
            | CreateTranscriptionResponseJson
            | CreateTranscriptionResponseVerboseJson
        ):
            if isinstance(data, dict):
                variant = pick_variant(
                    data,
                    (
                        CreateTranscriptionResponseJson,
                        CreateTranscriptionResponseDiarizedJson,
                        CreateTranscriptionResponseVerboseJson,
                    ),
                )
                if variant is None:
                    return cast(
                        "CreateTranscriptionResponseDiarizedJson | CreateTranscriptionResponseJson | CreateTranscriptionResponseVerboseJson",
                        UnknownVariant(data),
                    )
                return cast(
                    "CreateTranscriptionResponseDiarizedJson | CreateTranscriptionResponseJson | CreateTranscriptionResponseVerboseJson",
                    variant.from_dict(data),
                )
            return cast(
                "CreateTranscriptionResponseDiarizedJson | CreateTranscriptionResponseJson | CreateTranscriptionResponseVerboseJson",
                data,
            )

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateTranscriptionResponseDiarizedJson
    | CreateTranscriptionResponseJson
    | CreateTranscriptionResponseVerboseJson
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTranscriptionRequest,
) -> Response[
    CreateTranscriptionResponseDiarizedJson
    | CreateTranscriptionResponseJson
    | CreateTranscriptionResponseVerboseJson
]:
    """Transcribes audio into the input language.

    Returns a transcription object in `json`, `diarized_json`, or `verbose_json`
    format, or a stream of transcript events.

    Args:
        body (CreateTranscriptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTranscriptionResponseDiarizedJson | CreateTranscriptionResponseJson | CreateTranscriptionResponseVerboseJson]
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
    body: CreateTranscriptionRequest,
) -> (
    CreateTranscriptionResponseDiarizedJson
    | CreateTranscriptionResponseJson
    | CreateTranscriptionResponseVerboseJson
    | None
):
    """Transcribes audio into the input language.

    Returns a transcription object in `json`, `diarized_json`, or `verbose_json`
    format, or a stream of transcript events.

    Args:
        body (CreateTranscriptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTranscriptionResponseDiarizedJson | CreateTranscriptionResponseJson | CreateTranscriptionResponseVerboseJson
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTranscriptionRequest,
) -> Response[
    CreateTranscriptionResponseDiarizedJson
    | CreateTranscriptionResponseJson
    | CreateTranscriptionResponseVerboseJson
]:
    """Transcribes audio into the input language.

    Returns a transcription object in `json`, `diarized_json`, or `verbose_json`
    format, or a stream of transcript events.

    Args:
        body (CreateTranscriptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTranscriptionResponseDiarizedJson | CreateTranscriptionResponseJson | CreateTranscriptionResponseVerboseJson]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTranscriptionRequest,
) -> (
    CreateTranscriptionResponseDiarizedJson
    | CreateTranscriptionResponseJson
    | CreateTranscriptionResponseVerboseJson
    | None
):
    """Transcribes audio into the input language.

    Returns a transcription object in `json`, `diarized_json`, or `verbose_json`
    format, or a stream of transcript events.

    Args:
        body (CreateTranscriptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTranscriptionResponseDiarizedJson | CreateTranscriptionResponseJson | CreateTranscriptionResponseVerboseJson
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
