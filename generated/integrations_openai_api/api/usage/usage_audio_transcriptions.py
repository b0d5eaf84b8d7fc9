from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.usage_audio_speeches_bucket_width import (
    UsageAudioSpeechesBucketWidth,
)
from ...models.usage_audio_speeches_group_by_item import (
    UsageAudioSpeechesGroupByItem,
)
from ...models.usage_response import UsageResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_time: int,
    end_time: int | Unset = UNSET,
    bucket_width: UsageAudioSpeechesBucketWidth | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
    api_key_ids: list[str] | Unset = UNSET,
    models: list[str] | Unset = UNSET,
    group_by: list[UsageAudioSpeechesGroupByItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "start_time", start_time)
    query_param(params, "end_time", end_time)
    query_param(params, "bucket_width", bucket_width)
    query_param(params, "project_ids", project_ids)
    query_param(params, "user_ids", user_ids)
    query_param(params, "api_key_ids", api_key_ids)
    query_param(params, "models", models)
    query_param(params, "group_by", group_by)
    query_param(params, "limit", limit)
    query_param(params, "page", page)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/usage/audio_transcriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UsageResponse | None:
    if response.status_code == 200:
        response_200 = UsageResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UsageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_time: int,
    end_time: int | Unset = UNSET,
    bucket_width: UsageAudioSpeechesBucketWidth | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
    api_key_ids: list[str] | Unset = UNSET,
    models: list[str] | Unset = UNSET,
    group_by: list[UsageAudioSpeechesGroupByItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
) -> Response[UsageResponse]:
    """Get audio transcriptions usage details for the organization.

    Args:
        start_time (int):
        end_time (int | Unset):
        bucket_width (UsageAudioSpeechesBucketWidth | Unset): Server default: `"1d"`.
        project_ids (list[str] | Unset):
        user_ids (list[str] | Unset):
        api_key_ids (list[str] | Unset):
        models (list[str] | Unset):
        group_by (list[UsageAudioSpeechesGroupByItem] | Unset):
        limit (int | Unset):
        page (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UsageResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        bucket_width=bucket_width,
        project_ids=project_ids,
        user_ids=user_ids,
        api_key_ids=api_key_ids,
        models=models,
        group_by=group_by,
        limit=limit,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_time: int,
    end_time: int | Unset = UNSET,
    bucket_width: UsageAudioSpeechesBucketWidth | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
    api_key_ids: list[str] | Unset = UNSET,
    models: list[str] | Unset = UNSET,
    group_by: list[UsageAudioSpeechesGroupByItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
) -> UsageResponse | None:
    """Get audio transcriptions usage details for the organization.

    Args:
        start_time (int):
        end_time (int | Unset):
        bucket_width (UsageAudioSpeechesBucketWidth | Unset): Server default: `"1d"`.
        project_ids (list[str] | Unset):
        user_ids (list[str] | Unset):
        api_key_ids (list[str] | Unset):
        models (list[str] | Unset):
        group_by (list[UsageAudioSpeechesGroupByItem] | Unset):
        limit (int | Unset):
        page (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UsageResponse
    """

    return sync_detailed(
        client=client,
        start_time=start_time,
        end_time=end_time,
        bucket_width=bucket_width,
        project_ids=project_ids,
        user_ids=user_ids,
        api_key_ids=api_key_ids,
        models=models,
        group_by=group_by,
        limit=limit,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_time: int,
    end_time: int | Unset = UNSET,
    bucket_width: UsageAudioSpeechesBucketWidth | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
    api_key_ids: list[str] | Unset = UNSET,
    models: list[str] | Unset = UNSET,
    group_by: list[UsageAudioSpeechesGroupByItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
) -> Response[UsageResponse]:
    """Get audio transcriptions usage details for the organization.

    Args:
        start_time (int):
        end_time (int | Unset):
        bucket_width (UsageAudioSpeechesBucketWidth | Unset): Server default: `"1d"`.
        project_ids (list[str] | Unset):
        user_ids (list[str] | Unset):
        api_key_ids (list[str] | Unset):
        models (list[str] | Unset):
        group_by (list[UsageAudioSpeechesGroupByItem] | Unset):
        limit (int | Unset):
        page (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UsageResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        bucket_width=bucket_width,
        project_ids=project_ids,
        user_ids=user_ids,
        api_key_ids=api_key_ids,
        models=models,
        group_by=group_by,
        limit=limit,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_time: int,
    end_time: int | Unset = UNSET,
    bucket_width: UsageAudioSpeechesBucketWidth | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    user_ids: list[str] | Unset = UNSET,
    api_key_ids: list[str] | Unset = UNSET,
    models: list[str] | Unset = UNSET,
    group_by: list[UsageAudioSpeechesGroupByItem] | Unset = UNSET,
    limit: int | Unset = UNSET,
    page: str | Unset = UNSET,
) -> UsageResponse | None:
    """Get audio transcriptions usage details for the organization.

    Args:
        start_time (int):
        end_time (int | Unset):
        bucket_width (UsageAudioSpeechesBucketWidth | Unset): Server default: `"1d"`.
        project_ids (list[str] | Unset):
        user_ids (list[str] | Unset):
        api_key_ids (list[str] | Unset):
        models (list[str] | Unset):
        group_by (list[UsageAudioSpeechesGroupByItem] | Unset):
        limit (int | Unset):
        page (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UsageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_time=start_time,
            end_time=end_time,
            bucket_width=bucket_width,
            project_ids=project_ids,
            user_ids=user_ids,
            api_key_ids=api_key_ids,
            models=models,
            group_by=group_by,
            limit=limit,
            page=page,
        )
    ).parsed
