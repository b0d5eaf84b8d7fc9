from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.list_fine_tuning_job_checkpoints_response import ListFineTuningJobCheckpointsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    fine_tuning_job_id: str,
    *,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "after", after)
    query_param(params, "limit", limit)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fine_tuning/jobs/{fine_tuning_job_id}/checkpoints".format(
            fine_tuning_job_id=quote(str(fine_tuning_job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListFineTuningJobCheckpointsResponse | None:
    if response.status_code == 200:
        response_200 = ListFineTuningJobCheckpointsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListFineTuningJobCheckpointsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ListFineTuningJobCheckpointsResponse]:
    """List checkpoints for a fine-tuning job.

    Args:
        fine_tuning_job_id (str):
        after (str | Unset):
        limit (int | Unset): Server default: `10`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFineTuningJobCheckpointsResponse]
    """

    kwargs = _get_kwargs(
        fine_tuning_job_id=fine_tuning_job_id,
        after=after,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ListFineTuningJobCheckpointsResponse | None:
    """List checkpoints for a fine-tuning job.

    Args:
        fine_tuning_job_id (str):
        after (str | Unset):
        limit (int | Unset): Server default: `10`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFineTuningJobCheckpointsResponse
    """

    return sync_detailed(
        fine_tuning_job_id=fine_tuning_job_id,
        client=client,
        after=after,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[ListFineTuningJobCheckpointsResponse]:
    """List checkpoints for a fine-tuning job.

    Args:
        fine_tuning_job_id (str):
        after (str | Unset):
        limit (int | Unset): Server default: `10`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFineTuningJobCheckpointsResponse]
    """

    kwargs = _get_kwargs(
        fine_tuning_job_id=fine_tuning_job_id,
        after=after,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fine_tuning_job_id: str,
    *,
    client: AuthenticatedClient | Client,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> ListFineTuningJobCheckpointsResponse | None:
    """List checkpoints for a fine-tuning job.

    Args:
        fine_tuning_job_id (str):
        after (str | Unset):
        limit (int | Unset): Server default: `10`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFineTuningJobCheckpointsResponse
    """

    return (
        await asyncio_detailed(
            fine_tuning_job_id=fine_tuning_job_id,
            client=client,
            after=after,
            limit=limit,
        )
    ).parsed
