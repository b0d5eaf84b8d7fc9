from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.list_fine_tuning_checkpoint_permission_response import (
    ListFineTuningCheckpointPermissionResponse,
)
from ...models.list_fine_tuning_checkpoint_permissions_order import (
    ListFineTuningCheckpointPermissionsOrder,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    fine_tuned_model_checkpoint: str,
    *,
    project_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListFineTuningCheckpointPermissionsOrder | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "project_id", project_id)
    query_param(params, "after", after)
    query_param(params, "limit", limit)
    query_param(params, "order", order)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions".format(
            fine_tuned_model_checkpoint=quote(str(fine_tuned_model_checkpoint), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListFineTuningCheckpointPermissionResponse | None:
    if response.status_code == 200:
        response_200 = ListFineTuningCheckpointPermissionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListFineTuningCheckpointPermissionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    fine_tuned_model_checkpoint: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListFineTuningCheckpointPermissionsOrder | Unset = UNSET,
) -> Response[ListFineTuningCheckpointPermissionResponse]:
    """**NOTE:** This endpoint requires an [admin API key](https://platform.openai.com/docs/api-
    reference/admin-api-keys).

    Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

    Args:
        fine_tuned_model_checkpoint (str):
        project_id (str | Unset):
        after (str | Unset):
        limit (int | Unset): Server default: `10`.
        order (ListFineTuningCheckpointPermissionsOrder | Unset): Server default: `"descending"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFineTuningCheckpointPermissionResponse]
    """

    kwargs = _get_kwargs(
        fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
        project_id=project_id,
        after=after,
        limit=limit,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    fine_tuned_model_checkpoint: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListFineTuningCheckpointPermissionsOrder | Unset = UNSET,
) -> ListFineTuningCheckpointPermissionResponse | None:
    """**NOTE:** This endpoint requires an [admin API key](https://platform.openai.com/docs/api-
    reference/admin-api-keys).

    Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

    Args:
        fine_tuned_model_checkpoint (str):
        project_id (str | Unset):
        after (str | Unset):
        limit (int | Unset): Server default: `10`.
        order (ListFineTuningCheckpointPermissionsOrder | Unset): Server default: `"descending"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFineTuningCheckpointPermissionResponse
    """

    return sync_detailed(
        fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
        client=client,
        project_id=project_id,
        after=after,
        limit=limit,
        order=order,
    ).parsed


async def asyncio_detailed(
    fine_tuned_model_checkpoint: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListFineTuningCheckpointPermissionsOrder | Unset = UNSET,
) -> Response[ListFineTuningCheckpointPermissionResponse]:
    """**NOTE:** This endpoint requires an [admin API key](https://platform.openai.com/docs/api-
    reference/admin-api-keys).

    Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

    Args:
        fine_tuned_model_checkpoint (str):
        project_id (str | Unset):
        after (str | Unset):
        limit (int | Unset): Server default: `10`.
        order (ListFineTuningCheckpointPermissionsOrder | Unset): Server default: `"descending"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFineTuningCheckpointPermissionResponse]
    """

    kwargs = _get_kwargs(
        fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
        project_id=project_id,
        after=after,
        limit=limit,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    fine_tuned_model_checkpoint: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    after: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    order: ListFineTuningCheckpointPermissionsOrder | Unset = UNSET,
) -> ListFineTuningCheckpointPermissionResponse | None:
    """**NOTE:** This endpoint requires an [admin API key](https://platform.openai.com/docs/api-
    reference/admin-api-keys).

    Organization owners can use this endpoint to view all permissions for a fine-tuned model checkpoint.

    Args:
        fine_tuned_model_checkpoint (str):
        project_id (str | Unset):
        after (str | Unset):
        limit (int | Unset): Server default: `10`.
        order (ListFineTuningCheckpointPermissionsOrder | Unset): Server default: `"descending"`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFineTuningCheckpointPermissionResponse
    """

    return (
        await asyncio_detailed(
            fine_tuned_model_checkpoint=fine_tuned_model_checkpoint,
            client=client,
            project_id=project_id,
            after=after,
            limit=limit,
            order=order,
        )
    ).parsed
