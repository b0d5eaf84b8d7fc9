from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.audit_log_event_type import AuditLogEventType
from ...models.list_audit_logs_effective_at import ListAuditLogsEffectiveAt
from ...models.list_audit_logs_response import ListAuditLogsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    effective_at: ListAuditLogsEffectiveAt | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    event_types: list[AuditLogEventType] | Unset = UNSET,
    actor_ids: list[str] | Unset = UNSET,
    actor_emails: list[str] | Unset = UNSET,
    resource_ids: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "effective_at", effective_at)
    query_param(params, "project_ids[]", project_ids)
    query_param(params, "event_types[]", event_types)
    query_param(params, "actor_ids[]", actor_ids)
    query_param(params, "actor_emails[]", actor_emails)
    query_param(params, "resource_ids[]", resource_ids)
    query_param(params, "limit", limit)
    query_param(params, "after", after)
    query_param(params, "before", before)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/audit_logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAuditLogsResponse | None:
    if response.status_code == 200:
        response_200 = ListAuditLogsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAuditLogsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    effective_at: ListAuditLogsEffectiveAt | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    event_types: list[AuditLogEventType] | Unset = UNSET,
    actor_ids: list[str] | Unset = UNSET,
    actor_emails: list[str] | Unset = UNSET,
    resource_ids: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[ListAuditLogsResponse]:
    """List user actions and configuration changes within this organization.

    Args:
        effective_at (ListAuditLogsEffectiveAt | Unset):
        project_ids (list[str] | Unset):
        event_types (list[AuditLogEventType] | Unset):
        actor_ids (list[str] | Unset):
        actor_emails (list[str] | Unset):
        resource_ids (list[str] | Unset):
        limit (int | Unset): Server default: `20`.
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAuditLogsResponse]
    """

    kwargs = _get_kwargs(
        effective_at=effective_at,
        project_ids=project_ids,
        event_types=event_types,
        actor_ids=actor_ids,
        actor_emails=actor_emails,
        resource_ids=resource_ids,
        limit=limit,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    effective_at: ListAuditLogsEffectiveAt | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    event_types: list[AuditLogEventType] | Unset = UNSET,
    actor_ids: list[str] | Unset = UNSET,
    actor_emails: list[str] | Unset = UNSET,
    resource_ids: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ListAuditLogsResponse | None:
    """List user actions and configuration changes within this organization.

    Args:
        effective_at (ListAuditLogsEffectiveAt | Unset):
        project_ids (list[str] | Unset):
        event_types (list[AuditLogEventType] | Unset):
        actor_ids (list[str] | Unset):
        actor_emails (list[str] | Unset):
        resource_ids (list[str] | Unset):
        limit (int | Unset): Server default: `20`.
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAuditLogsResponse
    """

    return sync_detailed(
        client=client,
        effective_at=effective_at,
        project_ids=project_ids,
        event_types=event_types,
        actor_ids=actor_ids,
        actor_emails=actor_emails,
        resource_ids=resource_ids,
        limit=limit,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    effective_at: ListAuditLogsEffectiveAt | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    event_types: list[AuditLogEventType] | Unset = UNSET,
    actor_ids: list[str] | Unset = UNSET,
    actor_emails: list[str] | Unset = UNSET,
    resource_ids: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[ListAuditLogsResponse]:
    """List user actions and configuration changes within this organization.

    Args:
        effective_at (ListAuditLogsEffectiveAt | Unset):
        project_ids (list[str] | Unset):
        event_types (list[AuditLogEventType] | Unset):
        actor_ids (list[str] | Unset):
        actor_emails (list[str] | Unset):
        resource_ids (list[str] | Unset):
        limit (int | Unset): Server default: `20`.
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAuditLogsResponse]
    """

    kwargs = _get_kwargs(
        effective_at=effective_at,
        project_ids=project_ids,
        event_types=event_types,
        actor_ids=actor_ids,
        actor_emails=actor_emails,
        resource_ids=resource_ids,
        limit=limit,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    effective_at: ListAuditLogsEffectiveAt | Unset = UNSET,
    project_ids: list[str] | Unset = UNSET,
    event_types: list[AuditLogEventType] | Unset = UNSET,
    actor_ids: list[str] | Unset = UNSET,
    actor_emails: list[str] | Unset = UNSET,
    resource_ids: list[str] | Unset = UNSET,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ListAuditLogsResponse | None:
    """List user actions and configuration changes within this organization.

    Args:
        effective_at (ListAuditLogsEffectiveAt | Unset):
        project_ids (list[str] | Unset):
        event_types (list[AuditLogEventType] | Unset):
        actor_ids (list[str] | Unset):
        actor_emails (list[str] | Unset):
        resource_ids (list[str] | Unset):
        limit (int | Unset): Server default: `20`.
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAuditLogsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            effective_at=effective_at,
            project_ids=project_ids,
            event_types=event_types,
            actor_ids=actor_ids,
            actor_emails=actor_emails,
            resource_ids=resource_ids,
            limit=limit,
            after=after,
            before=before,
        )
    ).parsed
