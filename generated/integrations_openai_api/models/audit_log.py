from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.audit_log_event_type import AuditLogEventType, check_audit_log_event_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_actor import AuditLogActor
    from ..models.audit_log_api_key_created import AuditLogApiKeyCreated
    from ..models.audit_log_api_key_deleted import AuditLogApiKeyDeleted
    from ..models.audit_log_api_key_updated import AuditLogApiKeyUpdated
    from ..models.audit_log_certificate_created import AuditLogCertificateCreated
    from ..models.audit_log_certificate_deleted import AuditLogCertificateDeleted
    from ..models.audit_log_certificate_updated import AuditLogCertificateUpdated
    from ..models.audit_log_certificates_activated import AuditLogCertificatesActivated
    from ..models.audit_log_certificates_deactivated import AuditLogCertificatesDeactivated
    from ..models.audit_log_checkpoint_permission_created import AuditLogCheckpointPermissionCreated
    from ..models.audit_log_checkpoint_permission_deleted import AuditLogCheckpointPermissionDeleted
    from ..models.audit_log_external_key_registered import AuditLogExternalKeyRegistered
    from ..models.audit_log_external_key_removed import AuditLogExternalKeyRemoved
    from ..models.audit_log_group_created import AuditLogGroupCreated
    from ..models.audit_log_group_deleted import AuditLogGroupDeleted
    from ..models.audit_log_group_updated import AuditLogGroupUpdated
    from ..models.audit_log_invite_accepted import AuditLogInviteAccepted
    from ..models.audit_log_invite_deleted import AuditLogInviteDeleted
    from ..models.audit_log_invite_sent import AuditLogInviteSent
    from ..models.audit_log_ip_allowlist_config_activated import AuditLogIpAllowlistConfigActivated
    from ..models.audit_log_ip_allowlist_config_deactivated import (
        AuditLogIpAllowlistConfigDeactivated,
    )
    from ..models.audit_log_ip_allowlist_created import AuditLogIpAllowlistCreated
    from ..models.audit_log_ip_allowlist_deleted import AuditLogIpAllowlistDeleted
    from ..models.audit_log_ip_allowlist_updated import AuditLogIpAllowlistUpdated
    from ..models.audit_log_login_failed import AuditLogLoginFailed
    from ..models.audit_log_login_succeeded import AuditLogLoginSucceeded
    from ..models.audit_log_logout_failed import AuditLogLogoutFailed
    from ..models.audit_log_logout_succeeded import AuditLogLogoutSucceeded
    from ..models.audit_log_organization_updated import AuditLogOrganizationUpdated
    from ..models.audit_log_project import AuditLogProject
    from ..models.audit_log_project_archived import AuditLogProjectArchived
    from ..models.audit_log_project_created import AuditLogProjectCreated
    from ..models.audit_log_project_deleted import AuditLogProjectDeleted
    from ..models.audit_log_project_updated import AuditLogProjectUpdated
    from ..models.audit_log_rate_limit_deleted import AuditLogRateLimitDeleted
    from ..models.audit_log_rate_limit_updated import AuditLogRateLimitUpdated
    from ..models.audit_log_role_assignment_created import AuditLogRoleAssignmentCreated
    from ..models.audit_log_role_assignment_deleted import AuditLogRoleAssignmentDeleted
    from ..models.audit_log_role_created import AuditLogRoleCreated
    from ..models.audit_log_role_deleted import AuditLogRoleDeleted
    from ..models.audit_log_role_updated import AuditLogRoleUpdated
    from ..models.audit_log_scim_disabled import AuditLogScimDisabled
    from ..models.audit_log_scim_enabled import AuditLogScimEnabled
    from ..models.audit_log_service_account_created import AuditLogServiceAccountCreated
    from ..models.audit_log_service_account_deleted import AuditLogServiceAccountDeleted
    from ..models.audit_log_service_account_updated import AuditLogServiceAccountUpdated
    from ..models.audit_log_user_added import AuditLogUserAdded
    from ..models.audit_log_user_deleted import AuditLogUserDeleted
    from ..models.audit_log_user_updated import AuditLogUserUpdated

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        AuditLogActor, \
        AuditLogApiKeyCreated, \
        AuditLogApiKeyDeleted, \
        AuditLogApiKeyUpdated, \
        AuditLogCertificateCreated, \
        AuditLogCertificateDeleted, \
        AuditLogCertificateUpdated, \
        AuditLogCertificatesActivated, \
        AuditLogCertificatesDeactivated, \
        AuditLogCheckpointPermissionCreated, \
        AuditLogCheckpointPermissionDeleted, \
        AuditLogExternalKeyRegistered, \
        AuditLogExternalKeyRemoved, \
        AuditLogGroupCreated, \
        AuditLogGroupDeleted, \
        AuditLogGroupUpdated, \
        AuditLogInviteAccepted, \
        AuditLogInviteDeleted, \
        AuditLogInviteSent, \
        AuditLogIpAllowlistConfigActivated, \
        AuditLogIpAllowlistConfigDeactivated, \
        AuditLogIpAllowlistCreated, \
        AuditLogIpAllowlistDeleted, \
        AuditLogIpAllowlistUpdated, \
        AuditLogLoginFailed, \
        AuditLogLoginSucceeded, \
        AuditLogLogoutFailed, \
        AuditLogLogoutSucceeded, \
        AuditLogOrganizationUpdated, \
        AuditLogProject, \
        AuditLogProjectArchived, \
        AuditLogProjectCreated, \
        AuditLogProjectDeleted, \
        AuditLogProjectUpdated, \
        AuditLogRateLimitDeleted, \
        AuditLogRateLimitUpdated, \
        AuditLogRoleAssignmentCreated, \
        AuditLogRoleAssignmentDeleted, \
        AuditLogRoleCreated, \
        AuditLogRoleDeleted, \
        AuditLogRoleUpdated, \
        AuditLogScimDisabled, \
        AuditLogScimEnabled, \
        AuditLogServiceAccountCreated, \
        AuditLogServiceAccountDeleted, \
        AuditLogServiceAccountUpdated, \
        AuditLogUserAdded, \
        AuditLogUserDeleted, \
        AuditLogUserUpdated
    from ..models.audit_log_actor import AuditLogActor  # noqa: PLC0415
    from ..models.audit_log_api_key_created import AuditLogApiKeyCreated  # noqa: PLC0415
    from ..models.audit_log_api_key_deleted import AuditLogApiKeyDeleted  # noqa: PLC0415
    from ..models.audit_log_api_key_updated import AuditLogApiKeyUpdated  # noqa: PLC0415
    from ..models.audit_log_certificate_created import AuditLogCertificateCreated  # noqa: PLC0415
    from ..models.audit_log_certificate_deleted import AuditLogCertificateDeleted  # noqa: PLC0415
    from ..models.audit_log_certificate_updated import AuditLogCertificateUpdated  # noqa: PLC0415
    from ..models.audit_log_certificates_activated import AuditLogCertificatesActivated  # noqa: PLC0415
    from ..models.audit_log_certificates_deactivated import AuditLogCertificatesDeactivated  # noqa: PLC0415
    from ..models.audit_log_checkpoint_permission_created import AuditLogCheckpointPermissionCreated  # noqa: PLC0415
    from ..models.audit_log_checkpoint_permission_deleted import AuditLogCheckpointPermissionDeleted  # noqa: PLC0415
    from ..models.audit_log_external_key_registered import AuditLogExternalKeyRegistered  # noqa: PLC0415
    from ..models.audit_log_external_key_removed import AuditLogExternalKeyRemoved  # noqa: PLC0415
    from ..models.audit_log_group_created import AuditLogGroupCreated  # noqa: PLC0415
    from ..models.audit_log_group_deleted import AuditLogGroupDeleted  # noqa: PLC0415
    from ..models.audit_log_group_updated import AuditLogGroupUpdated  # noqa: PLC0415
    from ..models.audit_log_invite_accepted import AuditLogInviteAccepted  # noqa: PLC0415
    from ..models.audit_log_invite_deleted import AuditLogInviteDeleted  # noqa: PLC0415
    from ..models.audit_log_invite_sent import AuditLogInviteSent  # noqa: PLC0415
    from ..models.audit_log_ip_allowlist_config_activated import AuditLogIpAllowlistConfigActivated  # noqa: PLC0415
    from ..models.audit_log_ip_allowlist_config_deactivated import (
        AuditLogIpAllowlistConfigDeactivated,  # noqa: PLC0415
    )
    from ..models.audit_log_ip_allowlist_created import AuditLogIpAllowlistCreated  # noqa: PLC0415
    from ..models.audit_log_ip_allowlist_deleted import AuditLogIpAllowlistDeleted  # noqa: PLC0415
    from ..models.audit_log_ip_allowlist_updated import AuditLogIpAllowlistUpdated  # noqa: PLC0415
    from ..models.audit_log_login_failed import AuditLogLoginFailed  # noqa: PLC0415
    from ..models.audit_log_login_succeeded import AuditLogLoginSucceeded  # noqa: PLC0415
    from ..models.audit_log_logout_failed import AuditLogLogoutFailed  # noqa: PLC0415
    from ..models.audit_log_logout_succeeded import AuditLogLogoutSucceeded  # noqa: PLC0415
    from ..models.audit_log_organization_updated import AuditLogOrganizationUpdated  # noqa: PLC0415
    from ..models.audit_log_project import AuditLogProject  # noqa: PLC0415
    from ..models.audit_log_project_archived import AuditLogProjectArchived  # noqa: PLC0415
    from ..models.audit_log_project_created import AuditLogProjectCreated  # noqa: PLC0415
    from ..models.audit_log_project_deleted import AuditLogProjectDeleted  # noqa: PLC0415
    from ..models.audit_log_project_updated import AuditLogProjectUpdated  # noqa: PLC0415
    from ..models.audit_log_rate_limit_deleted import AuditLogRateLimitDeleted  # noqa: PLC0415
    from ..models.audit_log_rate_limit_updated import AuditLogRateLimitUpdated  # noqa: PLC0415
    from ..models.audit_log_role_assignment_created import AuditLogRoleAssignmentCreated  # noqa: PLC0415
    from ..models.audit_log_role_assignment_deleted import AuditLogRoleAssignmentDeleted  # noqa: PLC0415
    from ..models.audit_log_role_created import AuditLogRoleCreated  # noqa: PLC0415
    from ..models.audit_log_role_deleted import AuditLogRoleDeleted  # noqa: PLC0415
    from ..models.audit_log_role_updated import AuditLogRoleUpdated  # noqa: PLC0415
    from ..models.audit_log_scim_disabled import AuditLogScimDisabled  # noqa: PLC0415
    from ..models.audit_log_scim_enabled import AuditLogScimEnabled  # noqa: PLC0415
    from ..models.audit_log_service_account_created import AuditLogServiceAccountCreated  # noqa: PLC0415
    from ..models.audit_log_service_account_deleted import AuditLogServiceAccountDeleted  # noqa: PLC0415
    from ..models.audit_log_service_account_updated import AuditLogServiceAccountUpdated  # noqa: PLC0415
    from ..models.audit_log_user_added import AuditLogUserAdded  # noqa: PLC0415
    from ..models.audit_log_user_deleted import AuditLogUserDeleted  # noqa: PLC0415
    from ..models.audit_log_user_updated import AuditLogUserUpdated  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="AuditLog")


def _parse_project(data: object) -> AuditLogProject | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogProject.from_dict(data)
    return cast("AuditLogProject | None | Unset", data)


def _parse_actor(data: object) -> AuditLogActor | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogActor.from_dict(data)
    return cast("AuditLogActor | None | Unset", data)


def _parse_api_key_created(data: object) -> AuditLogApiKeyCreated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogApiKeyCreated.from_dict(data)
    return cast("AuditLogApiKeyCreated | None | Unset", data)


def _parse_api_key_updated(data: object) -> AuditLogApiKeyUpdated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogApiKeyUpdated.from_dict(data)
    return cast("AuditLogApiKeyUpdated | None | Unset", data)


def _parse_api_key_deleted(data: object) -> AuditLogApiKeyDeleted | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogApiKeyDeleted.from_dict(data)
    return cast("AuditLogApiKeyDeleted | None | Unset", data)


def _parse_checkpoint_permission_created(
    data: object,
) -> AuditLogCheckpointPermissionCreated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogCheckpointPermissionCreated.from_dict(data)
    return cast("AuditLogCheckpointPermissionCreated | None | Unset", data)


def _parse_checkpoint_permission_deleted(
    data: object,
) -> AuditLogCheckpointPermissionDeleted | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogCheckpointPermissionDeleted.from_dict(data)
    return cast("AuditLogCheckpointPermissionDeleted | None | Unset", data)


def _parse_external_key_registered(data: object) -> AuditLogExternalKeyRegistered | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogExternalKeyRegistered.from_dict(data)
    return cast("AuditLogExternalKeyRegistered | None | Unset", data)


def _parse_external_key_removed(data: object) -> AuditLogExternalKeyRemoved | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogExternalKeyRemoved.from_dict(data)
    return cast("AuditLogExternalKeyRemoved | None | Unset", data)


def _parse_group_created(data: object) -> AuditLogGroupCreated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogGroupCreated.from_dict(data)
    return cast("AuditLogGroupCreated | None | Unset", data)


def _parse_group_updated(data: object) -> AuditLogGroupUpdated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogGroupUpdated.from_dict(data)
    return cast("AuditLogGroupUpdated | None | Unset", data)


def _parse_group_deleted(data: object) -> AuditLogGroupDeleted | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogGroupDeleted.from_dict(data)
    return cast("AuditLogGroupDeleted | None | Unset", data)


def _parse_scim_enabled(data: object) -> AuditLogScimEnabled | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogScimEnabled.from_dict(data)
    return cast("AuditLogScimEnabled | None | Unset", data)


def _parse_scim_disabled(data: object) -> AuditLogScimDisabled | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogScimDisabled.from_dict(data)
    return cast("AuditLogScimDisabled | None | Unset", data)


def _parse_invite_sent(data: object) -> AuditLogInviteSent | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogInviteSent.from_dict(data)
    return cast("AuditLogInviteSent | None | Unset", data)


def _parse_invite_accepted(data: object) -> AuditLogInviteAccepted | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogInviteAccepted.from_dict(data)
    return cast("AuditLogInviteAccepted | None | Unset", data)


def _parse_invite_deleted(data: object) -> AuditLogInviteDeleted | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogInviteDeleted.from_dict(data)
    return cast("AuditLogInviteDeleted | None | Unset", data)


def _parse_ip_allowlist_created(data: object) -> AuditLogIpAllowlistCreated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogIpAllowlistCreated.from_dict(data)
    return cast("AuditLogIpAllowlistCreated | None | Unset", data)


def _parse_ip_allowlist_updated(data: object) -> AuditLogIpAllowlistUpdated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogIpAllowlistUpdated.from_dict(data)
    return cast("AuditLogIpAllowlistUpdated | None | Unset", data)


def _parse_ip_allowlist_deleted(data: object) -> AuditLogIpAllowlistDeleted | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogIpAllowlistDeleted.from_dict(data)
    return cast("AuditLogIpAllowlistDeleted | None | Unset", data)


def _parse_ip_allowlist_config_activated(
    data: object,
) -> AuditLogIpAllowlistConfigActivated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogIpAllowlistConfigActivated.from_dict(data)
    return cast("AuditLogIpAllowlistConfigActivated | None | Unset", data)


def _parse_ip_allowlist_config_deactivated(
    data: object,
) -> AuditLogIpAllowlistConfigDeactivated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogIpAllowlistConfigDeactivated.from_dict(data)
    return cast("AuditLogIpAllowlistConfigDeactivated | None | Unset", data)


def _parse_login_succeeded(data: object) -> AuditLogLoginSucceeded | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogLoginSucceeded.from_dict(data)
    return cast("AuditLogLoginSucceeded | None | Unset", data)


def _parse_login_failed(data: object) -> AuditLogLoginFailed | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogLoginFailed.from_dict(data)
    return cast("AuditLogLoginFailed | None | Unset", data)


def _parse_logout_succeeded(data: object) -> AuditLogLogoutSucceeded | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogLogoutSucceeded.from_dict(data)
    return cast("AuditLogLogoutSucceeded | None | Unset", data)


def _parse_logout_failed(data: object) -> AuditLogLogoutFailed | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogLogoutFailed.from_dict(data)
    return cast("AuditLogLogoutFailed | None | Unset", data)


def _parse_organization_updated(data: object) -> AuditLogOrganizationUpdated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogOrganizationUpdated.from_dict(data)
    return cast("AuditLogOrganizationUpdated | None | Unset", data)


def _parse_project_created(data: object) -> AuditLogProjectCreated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogProjectCreated.from_dict(data)
    return cast("AuditLogProjectCreated | None | Unset", data)


def _parse_project_updated(data: object) -> AuditLogProjectUpdated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogProjectUpdated.from_dict(data)
    return cast("AuditLogProjectUpdated | None | Unset", data)


def _parse_project_archived(data: object) -> AuditLogProjectArchived | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogProjectArchived.from_dict(data)
    return cast("AuditLogProjectArchived | None | Unset", data)


def _parse_project_deleted(data: object) -> AuditLogProjectDeleted | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogProjectDeleted.from_dict(data)
    return cast("AuditLogProjectDeleted | None | Unset", data)


def _parse_rate_limit_updated(data: object) -> AuditLogRateLimitUpdated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogRateLimitUpdated.from_dict(data)
    return cast("AuditLogRateLimitUpdated | None | Unset", data)


def _parse_rate_limit_deleted(data: object) -> AuditLogRateLimitDeleted | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogRateLimitDeleted.from_dict(data)
    return cast("AuditLogRateLimitDeleted | None | Unset", data)


def _parse_role_created(data: object) -> AuditLogRoleCreated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogRoleCreated.from_dict(data)
    return cast("AuditLogRoleCreated | None | Unset", data)


def _parse_role_updated(data: object) -> AuditLogRoleUpdated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogRoleUpdated.from_dict(data)
    return cast("AuditLogRoleUpdated | None | Unset", data)


def _parse_role_deleted(data: object) -> AuditLogRoleDeleted | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogRoleDeleted.from_dict(data)
    return cast("AuditLogRoleDeleted | None | Unset", data)


def _parse_role_assignment_created(data: object) -> AuditLogRoleAssignmentCreated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogRoleAssignmentCreated.from_dict(data)
    return cast("AuditLogRoleAssignmentCreated | None | Unset", data)


def _parse_role_assignment_deleted(data: object) -> AuditLogRoleAssignmentDeleted | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogRoleAssignmentDeleted.from_dict(data)
    return cast("AuditLogRoleAssignmentDeleted | None | Unset", data)


def _parse_service_account_created(data: object) -> AuditLogServiceAccountCreated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogServiceAccountCreated.from_dict(data)
    return cast("AuditLogServiceAccountCreated | None | Unset", data)


def _parse_service_account_updated(data: object) -> AuditLogServiceAccountUpdated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogServiceAccountUpdated.from_dict(data)
    return cast("AuditLogServiceAccountUpdated | None | Unset", data)


def _parse_service_account_deleted(data: object) -> AuditLogServiceAccountDeleted | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogServiceAccountDeleted.from_dict(data)
    return cast("AuditLogServiceAccountDeleted | None | Unset", data)


def _parse_user_added(data: object) -> AuditLogUserAdded | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogUserAdded.from_dict(data)
    return cast("AuditLogUserAdded | None | Unset", data)


def _parse_user_updated(data: object) -> AuditLogUserUpdated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogUserUpdated.from_dict(data)
    return cast("AuditLogUserUpdated | None | Unset", data)


def _parse_user_deleted(data: object) -> AuditLogUserDeleted | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogUserDeleted.from_dict(data)
    return cast("AuditLogUserDeleted | None | Unset", data)


def _parse_certificate_created(data: object) -> AuditLogCertificateCreated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogCertificateCreated.from_dict(data)
    return cast("AuditLogCertificateCreated | None | Unset", data)


def _parse_certificate_updated(data: object) -> AuditLogCertificateUpdated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogCertificateUpdated.from_dict(data)
    return cast("AuditLogCertificateUpdated | None | Unset", data)


def _parse_certificate_deleted(data: object) -> AuditLogCertificateDeleted | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogCertificateDeleted.from_dict(data)
    return cast("AuditLogCertificateDeleted | None | Unset", data)


def _parse_certificates_activated(data: object) -> AuditLogCertificatesActivated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogCertificatesActivated.from_dict(data)
    return cast("AuditLogCertificatesActivated | None | Unset", data)


def _parse_certificates_deactivated(data: object) -> AuditLogCertificatesDeactivated | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogCertificatesDeactivated.from_dict(data)
    return cast("AuditLogCertificatesDeactivated | None | Unset", data)


@_attrs_define
class AuditLog:
    """A log of a user action or configuration change within this organization."""

    id: str
    """ The ID of this log. """
    type_: AuditLogEventType
    """ The event type. """
    effective_at: int
    """ The Unix timestamp (in seconds) of the event. """
    project: AuditLogProject | None | Unset = UNSET
    actor: AuditLogActor | None | Unset = UNSET
    api_key_created: AuditLogApiKeyCreated | None | Unset = UNSET
    api_key_updated: AuditLogApiKeyUpdated | None | Unset = UNSET
    api_key_deleted: AuditLogApiKeyDeleted | None | Unset = UNSET
    checkpoint_permission_created: AuditLogCheckpointPermissionCreated | None | Unset = UNSET
    checkpoint_permission_deleted: AuditLogCheckpointPermissionDeleted | None | Unset = UNSET
    external_key_registered: AuditLogExternalKeyRegistered | None | Unset = UNSET
    external_key_removed: AuditLogExternalKeyRemoved | None | Unset = UNSET
    group_created: AuditLogGroupCreated | None | Unset = UNSET
    group_updated: AuditLogGroupUpdated | None | Unset = UNSET
    group_deleted: AuditLogGroupDeleted | None | Unset = UNSET
    scim_enabled: AuditLogScimEnabled | None | Unset = UNSET
    scim_disabled: AuditLogScimDisabled | None | Unset = UNSET
    invite_sent: AuditLogInviteSent | None | Unset = UNSET
    invite_accepted: AuditLogInviteAccepted | None | Unset = UNSET
    invite_deleted: AuditLogInviteDeleted | None | Unset = UNSET
    ip_allowlist_created: AuditLogIpAllowlistCreated | None | Unset = UNSET
    ip_allowlist_updated: AuditLogIpAllowlistUpdated | None | Unset = UNSET
    ip_allowlist_deleted: AuditLogIpAllowlistDeleted | None | Unset = UNSET
    ip_allowlist_config_activated: AuditLogIpAllowlistConfigActivated | None | Unset = UNSET
    ip_allowlist_config_deactivated: AuditLogIpAllowlistConfigDeactivated | None | Unset = UNSET
    login_succeeded: AuditLogLoginSucceeded | None | Unset = UNSET
    login_failed: AuditLogLoginFailed | None | Unset = UNSET
    logout_succeeded: AuditLogLogoutSucceeded | None | Unset = UNSET
    logout_failed: AuditLogLogoutFailed | None | Unset = UNSET
    organization_updated: AuditLogOrganizationUpdated | None | Unset = UNSET
    project_created: AuditLogProjectCreated | None | Unset = UNSET
    project_updated: AuditLogProjectUpdated | None | Unset = UNSET
    project_archived: AuditLogProjectArchived | None | Unset = UNSET
    project_deleted: AuditLogProjectDeleted | None | Unset = UNSET
    rate_limit_updated: AuditLogRateLimitUpdated | None | Unset = UNSET
    rate_limit_deleted: AuditLogRateLimitDeleted | None | Unset = UNSET
    role_created: AuditLogRoleCreated | None | Unset = UNSET
    role_updated: AuditLogRoleUpdated | None | Unset = UNSET
    role_deleted: AuditLogRoleDeleted | None | Unset = UNSET
    role_assignment_created: AuditLogRoleAssignmentCreated | None | Unset = UNSET
    role_assignment_deleted: AuditLogRoleAssignmentDeleted | None | Unset = UNSET
    service_account_created: AuditLogServiceAccountCreated | None | Unset = UNSET
    service_account_updated: AuditLogServiceAccountUpdated | None | Unset = UNSET
    service_account_deleted: AuditLogServiceAccountDeleted | None | Unset = UNSET
    user_added: AuditLogUserAdded | None | Unset = UNSET
    user_updated: AuditLogUserUpdated | None | Unset = UNSET
    user_deleted: AuditLogUserDeleted | None | Unset = UNSET
    certificate_created: AuditLogCertificateCreated | None | Unset = UNSET
    certificate_updated: AuditLogCertificateUpdated | None | Unset = UNSET
    certificate_deleted: AuditLogCertificateDeleted | None | Unset = UNSET
    certificates_activated: AuditLogCertificatesActivated | None | Unset = UNSET
    certificates_deactivated: AuditLogCertificatesDeactivated | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "api_key.created",
            "api_key.deleted",
            "api_key.updated",
            "certificate.created",
            "certificate.deleted",
            "certificate.updated",
            "certificates.activated",
            "certificates.deactivated",
            "checkpoint.permission.created",
            "checkpoint.permission.deleted",
            "external_key.registered",
            "external_key.removed",
            "group.created",
            "group.deleted",
            "group.updated",
            "invite.accepted",
            "invite.deleted",
            "invite.sent",
            "ip_allowlist.config.activated",
            "ip_allowlist.config.deactivated",
            "ip_allowlist.created",
            "ip_allowlist.deleted",
            "ip_allowlist.updated",
            "login.failed",
            "login.succeeded",
            "logout.failed",
            "logout.succeeded",
            "organization.updated",
            "project.archived",
            "project.created",
            "project.deleted",
            "project.updated",
            "rate_limit.deleted",
            "rate_limit.updated",
            "resource.deleted",
            "role.assignment.created",
            "role.assignment.deleted",
            "role.created",
            "role.deleted",
            "role.updated",
            "scim.disabled",
            "scim.enabled",
            "service_account.created",
            "service_account.deleted",
            "service_account.updated",
            "tunnel.created",
            "tunnel.deleted",
            "tunnel.updated",
            "user.added",
            "user.deleted",
            "user.updated",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "type",
        "effective_at",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "type",
            "effective_at",
            "project",
            "actor",
            "api_key.created",
            "api_key.updated",
            "api_key.deleted",
            "checkpoint.permission.created",
            "checkpoint.permission.deleted",
            "external_key.registered",
            "external_key.removed",
            "group.created",
            "group.updated",
            "group.deleted",
            "scim.enabled",
            "scim.disabled",
            "invite.sent",
            "invite.accepted",
            "invite.deleted",
            "ip_allowlist.created",
            "ip_allowlist.updated",
            "ip_allowlist.deleted",
            "ip_allowlist.config.activated",
            "ip_allowlist.config.deactivated",
            "login.succeeded",
            "login.failed",
            "logout.succeeded",
            "logout.failed",
            "organization.updated",
            "project.created",
            "project.updated",
            "project.archived",
            "project.deleted",
            "rate_limit.updated",
            "rate_limit.deleted",
            "role.created",
            "role.updated",
            "role.deleted",
            "role.assignment.created",
            "role.assignment.deleted",
            "service_account.created",
            "service_account.updated",
            "service_account.deleted",
            "user.added",
            "user.updated",
            "user.deleted",
            "certificate.created",
            "certificate.updated",
            "certificate.deleted",
            "certificates.activated",
            "certificates.deactivated",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.effective_at, Unset):
            field_dict["effective_at"] = self.effective_at
        if self.project is not UNSET:
            field_dict["project"] = to_json(self.project)
        if self.actor is not UNSET:
            field_dict["actor"] = to_json(self.actor)
        if self.api_key_created is not UNSET:
            field_dict["api_key.created"] = to_json(self.api_key_created)
        if self.api_key_updated is not UNSET:
            field_dict["api_key.updated"] = to_json(self.api_key_updated)
        if self.api_key_deleted is not UNSET:
            field_dict["api_key.deleted"] = to_json(self.api_key_deleted)
        if self.checkpoint_permission_created is not UNSET:
            field_dict["checkpoint.permission.created"] = to_json(
                self.checkpoint_permission_created
            )
        if self.checkpoint_permission_deleted is not UNSET:
            field_dict["checkpoint.permission.deleted"] = to_json(
                self.checkpoint_permission_deleted
            )
        if self.external_key_registered is not UNSET:
            field_dict["external_key.registered"] = to_json(self.external_key_registered)
        if self.external_key_removed is not UNSET:
            field_dict["external_key.removed"] = to_json(self.external_key_removed)
        if self.group_created is not UNSET:
            field_dict["group.created"] = to_json(self.group_created)
        if self.group_updated is not UNSET:
            field_dict["group.updated"] = to_json(self.group_updated)
        if self.group_deleted is not UNSET:
            field_dict["group.deleted"] = to_json(self.group_deleted)
        if self.scim_enabled is not UNSET:
            field_dict["scim.enabled"] = to_json(self.scim_enabled)
        if self.scim_disabled is not UNSET:
            field_dict["scim.disabled"] = to_json(self.scim_disabled)
        if self.invite_sent is not UNSET:
            field_dict["invite.sent"] = to_json(self.invite_sent)
        if self.invite_accepted is not UNSET:
            field_dict["invite.accepted"] = to_json(self.invite_accepted)
        if self.invite_deleted is not UNSET:
            field_dict["invite.deleted"] = to_json(self.invite_deleted)
        if self.ip_allowlist_created is not UNSET:
            field_dict["ip_allowlist.created"] = to_json(self.ip_allowlist_created)
        if self.ip_allowlist_updated is not UNSET:
            field_dict["ip_allowlist.updated"] = to_json(self.ip_allowlist_updated)
        if self.ip_allowlist_deleted is not UNSET:
            field_dict["ip_allowlist.deleted"] = to_json(self.ip_allowlist_deleted)
        if self.ip_allowlist_config_activated is not UNSET:
            field_dict["ip_allowlist.config.activated"] = to_json(
                self.ip_allowlist_config_activated
            )
        if self.ip_allowlist_config_deactivated is not UNSET:
            field_dict["ip_allowlist.config.deactivated"] = to_json(
                self.ip_allowlist_config_deactivated
            )
        if self.login_succeeded is not UNSET:
            field_dict["login.succeeded"] = to_json(self.login_succeeded)
        if self.login_failed is not UNSET:
            field_dict["login.failed"] = to_json(self.login_failed)
        if self.logout_succeeded is not UNSET:
            field_dict["logout.succeeded"] = to_json(self.logout_succeeded)
        if self.logout_failed is not UNSET:
            field_dict["logout.failed"] = to_json(self.logout_failed)
        if self.organization_updated is not UNSET:
            field_dict["organization.updated"] = to_json(self.organization_updated)
        if self.project_created is not UNSET:
            field_dict["project.created"] = to_json(self.project_created)
        if self.project_updated is not UNSET:
            field_dict["project.updated"] = to_json(self.project_updated)
        if self.project_archived is not UNSET:
            field_dict["project.archived"] = to_json(self.project_archived)
        if self.project_deleted is not UNSET:
            field_dict["project.deleted"] = to_json(self.project_deleted)
        if self.rate_limit_updated is not UNSET:
            field_dict["rate_limit.updated"] = to_json(self.rate_limit_updated)
        if self.rate_limit_deleted is not UNSET:
            field_dict["rate_limit.deleted"] = to_json(self.rate_limit_deleted)
        if self.role_created is not UNSET:
            field_dict["role.created"] = to_json(self.role_created)
        if self.role_updated is not UNSET:
            field_dict["role.updated"] = to_json(self.role_updated)
        if self.role_deleted is not UNSET:
            field_dict["role.deleted"] = to_json(self.role_deleted)
        if self.role_assignment_created is not UNSET:
            field_dict["role.assignment.created"] = to_json(self.role_assignment_created)
        if self.role_assignment_deleted is not UNSET:
            field_dict["role.assignment.deleted"] = to_json(self.role_assignment_deleted)
        if self.service_account_created is not UNSET:
            field_dict["service_account.created"] = to_json(self.service_account_created)
        if self.service_account_updated is not UNSET:
            field_dict["service_account.updated"] = to_json(self.service_account_updated)
        if self.service_account_deleted is not UNSET:
            field_dict["service_account.deleted"] = to_json(self.service_account_deleted)
        if self.user_added is not UNSET:
            field_dict["user.added"] = to_json(self.user_added)
        if self.user_updated is not UNSET:
            field_dict["user.updated"] = to_json(self.user_updated)
        if self.user_deleted is not UNSET:
            field_dict["user.deleted"] = to_json(self.user_deleted)
        if self.certificate_created is not UNSET:
            field_dict["certificate.created"] = to_json(self.certificate_created)
        if self.certificate_updated is not UNSET:
            field_dict["certificate.updated"] = to_json(self.certificate_updated)
        if self.certificate_deleted is not UNSET:
            field_dict["certificate.deleted"] = to_json(self.certificate_deleted)
        if self.certificates_activated is not UNSET:
            field_dict["certificates.activated"] = to_json(self.certificates_activated)
        if self.certificates_deactivated is not UNSET:
            field_dict["certificates.deactivated"] = to_json(self.certificates_deactivated)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"AuditLog: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = check_audit_log_event_type(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        effective_at = d.pop("effective_at", UNSET)

        _raw_project = d.pop("project", UNSET)
        try:
            project = _parse_project(_raw_project)

        except LENIENT_ERRORS:
            project = _raw_project

        _raw_actor = d.pop("actor", UNSET)
        try:
            actor = _parse_actor(_raw_actor)

        except LENIENT_ERRORS:
            actor = _raw_actor

        _raw_api_key_created = d.pop("api_key.created", UNSET)
        try:
            api_key_created = _parse_api_key_created(_raw_api_key_created)

        except LENIENT_ERRORS:
            api_key_created = _raw_api_key_created

        _raw_api_key_updated = d.pop("api_key.updated", UNSET)
        try:
            api_key_updated = _parse_api_key_updated(_raw_api_key_updated)

        except LENIENT_ERRORS:
            api_key_updated = _raw_api_key_updated

        _raw_api_key_deleted = d.pop("api_key.deleted", UNSET)
        try:
            api_key_deleted = _parse_api_key_deleted(_raw_api_key_deleted)

        except LENIENT_ERRORS:
            api_key_deleted = _raw_api_key_deleted

        _raw_checkpoint_permission_created = d.pop("checkpoint.permission.created", UNSET)
        try:
            checkpoint_permission_created = _parse_checkpoint_permission_created(
                _raw_checkpoint_permission_created
            )

        except LENIENT_ERRORS:
            checkpoint_permission_created = _raw_checkpoint_permission_created

        _raw_checkpoint_permission_deleted = d.pop("checkpoint.permission.deleted", UNSET)
        try:
            checkpoint_permission_deleted = _parse_checkpoint_permission_deleted(
                _raw_checkpoint_permission_deleted
            )

        except LENIENT_ERRORS:
            checkpoint_permission_deleted = _raw_checkpoint_permission_deleted

        _raw_external_key_registered = d.pop("external_key.registered", UNSET)
        try:
            external_key_registered = _parse_external_key_registered(_raw_external_key_registered)

        except LENIENT_ERRORS:
            external_key_registered = _raw_external_key_registered

        _raw_external_key_removed = d.pop("external_key.removed", UNSET)
        try:
            external_key_removed = _parse_external_key_removed(_raw_external_key_removed)

        except LENIENT_ERRORS:
            external_key_removed = _raw_external_key_removed

        _raw_group_created = d.pop("group.created", UNSET)
        try:
            group_created = _parse_group_created(_raw_group_created)

        except LENIENT_ERRORS:
            group_created = _raw_group_created

        _raw_group_updated = d.pop("group.updated", UNSET)
        try:
            group_updated = _parse_group_updated(_raw_group_updated)

        except LENIENT_ERRORS:
            group_updated = _raw_group_updated

        _raw_group_deleted = d.pop("group.deleted", UNSET)
        try:
            group_deleted = _parse_group_deleted(_raw_group_deleted)

        except LENIENT_ERRORS:
            group_deleted = _raw_group_deleted

        _raw_scim_enabled = d.pop("scim.enabled", UNSET)
        try:
            scim_enabled = _parse_scim_enabled(_raw_scim_enabled)

        except LENIENT_ERRORS:
            scim_enabled = _raw_scim_enabled

        _raw_scim_disabled = d.pop("scim.disabled", UNSET)
        try:
            scim_disabled = _parse_scim_disabled(_raw_scim_disabled)

        except LENIENT_ERRORS:
            scim_disabled = _raw_scim_disabled

        _raw_invite_sent = d.pop("invite.sent", UNSET)
        try:
            invite_sent = _parse_invite_sent(_raw_invite_sent)

        except LENIENT_ERRORS:
            invite_sent = _raw_invite_sent

        _raw_invite_accepted = d.pop("invite.accepted", UNSET)
        try:
            invite_accepted = _parse_invite_accepted(_raw_invite_accepted)

        except LENIENT_ERRORS:
            invite_accepted = _raw_invite_accepted

        _raw_invite_deleted = d.pop("invite.deleted", UNSET)
        try:
            invite_deleted = _parse_invite_deleted(_raw_invite_deleted)

        except LENIENT_ERRORS:
            invite_deleted = _raw_invite_deleted

        _raw_ip_allowlist_created = d.pop("ip_allowlist.created", UNSET)
        try:
            ip_allowlist_created = _parse_ip_allowlist_created(_raw_ip_allowlist_created)

        except LENIENT_ERRORS:
            ip_allowlist_created = _raw_ip_allowlist_created

        _raw_ip_allowlist_updated = d.pop("ip_allowlist.updated", UNSET)
        try:
            ip_allowlist_updated = _parse_ip_allowlist_updated(_raw_ip_allowlist_updated)

        except LENIENT_ERRORS:
            ip_allowlist_updated = _raw_ip_allowlist_updated

        _raw_ip_allowlist_deleted = d.pop("ip_allowlist.deleted", UNSET)
        try:
            ip_allowlist_deleted = _parse_ip_allowlist_deleted(_raw_ip_allowlist_deleted)

        except LENIENT_ERRORS:
            ip_allowlist_deleted = _raw_ip_allowlist_deleted

        _raw_ip_allowlist_config_activated = d.pop("ip_allowlist.config.activated", UNSET)
        try:
            ip_allowlist_config_activated = _parse_ip_allowlist_config_activated(
                _raw_ip_allowlist_config_activated
            )

        except LENIENT_ERRORS:
            ip_allowlist_config_activated = _raw_ip_allowlist_config_activated

        _raw_ip_allowlist_config_deactivated = d.pop("ip_allowlist.config.deactivated", UNSET)
        try:
            ip_allowlist_config_deactivated = _parse_ip_allowlist_config_deactivated(
                _raw_ip_allowlist_config_deactivated
            )

        except LENIENT_ERRORS:
            ip_allowlist_config_deactivated = _raw_ip_allowlist_config_deactivated

        _raw_login_succeeded = d.pop("login.succeeded", UNSET)
        try:
            login_succeeded = _parse_login_succeeded(_raw_login_succeeded)

        except LENIENT_ERRORS:
            login_succeeded = _raw_login_succeeded

        _raw_login_failed = d.pop("login.failed", UNSET)
        try:
            login_failed = _parse_login_failed(_raw_login_failed)

        except LENIENT_ERRORS:
            login_failed = _raw_login_failed

        _raw_logout_succeeded = d.pop("logout.succeeded", UNSET)
        try:
            logout_succeeded = _parse_logout_succeeded(_raw_logout_succeeded)

        except LENIENT_ERRORS:
            logout_succeeded = _raw_logout_succeeded

        _raw_logout_failed = d.pop("logout.failed", UNSET)
        try:
            logout_failed = _parse_logout_failed(_raw_logout_failed)

        except LENIENT_ERRORS:
            logout_failed = _raw_logout_failed

        _raw_organization_updated = d.pop("organization.updated", UNSET)
        try:
            organization_updated = _parse_organization_updated(_raw_organization_updated)

        except LENIENT_ERRORS:
            organization_updated = _raw_organization_updated

        _raw_project_created = d.pop("project.created", UNSET)
        try:
            project_created = _parse_project_created(_raw_project_created)

        except LENIENT_ERRORS:
            project_created = _raw_project_created

        _raw_project_updated = d.pop("project.updated", UNSET)
        try:
            project_updated = _parse_project_updated(_raw_project_updated)

        except LENIENT_ERRORS:
            project_updated = _raw_project_updated

        _raw_project_archived = d.pop("project.archived", UNSET)
        try:
            project_archived = _parse_project_archived(_raw_project_archived)

        except LENIENT_ERRORS:
            project_archived = _raw_project_archived

        _raw_project_deleted = d.pop("project.deleted", UNSET)
        try:
            project_deleted = _parse_project_deleted(_raw_project_deleted)

        except LENIENT_ERRORS:
            project_deleted = _raw_project_deleted

        _raw_rate_limit_updated = d.pop("rate_limit.updated", UNSET)
        try:
            rate_limit_updated = _parse_rate_limit_updated(_raw_rate_limit_updated)

        except LENIENT_ERRORS:
            rate_limit_updated = _raw_rate_limit_updated

        _raw_rate_limit_deleted = d.pop("rate_limit.deleted", UNSET)
        try:
            rate_limit_deleted = _parse_rate_limit_deleted(_raw_rate_limit_deleted)

        except LENIENT_ERRORS:
            rate_limit_deleted = _raw_rate_limit_deleted

        _raw_role_created = d.pop("role.created", UNSET)
        try:
            role_created = _parse_role_created(_raw_role_created)

        except LENIENT_ERRORS:
            role_created = _raw_role_created

        _raw_role_updated = d.pop("role.updated", UNSET)
        try:
            role_updated = _parse_role_updated(_raw_role_updated)

        except LENIENT_ERRORS:
            role_updated = _raw_role_updated

        _raw_role_deleted = d.pop("role.deleted", UNSET)
        try:
            role_deleted = _parse_role_deleted(_raw_role_deleted)

        except LENIENT_ERRORS:
            role_deleted = _raw_role_deleted

        _raw_role_assignment_created = d.pop("role.assignment.created", UNSET)
        try:
            role_assignment_created = _parse_role_assignment_created(_raw_role_assignment_created)

        except LENIENT_ERRORS:
            role_assignment_created = _raw_role_assignment_created

        _raw_role_assignment_deleted = d.pop("role.assignment.deleted", UNSET)
        try:
            role_assignment_deleted = _parse_role_assignment_deleted(_raw_role_assignment_deleted)

        except LENIENT_ERRORS:
            role_assignment_deleted = _raw_role_assignment_deleted

        _raw_service_account_created = d.pop("service_account.created", UNSET)
        try:
            service_account_created = _parse_service_account_created(_raw_service_account_created)

        except LENIENT_ERRORS:
            service_account_created = _raw_service_account_created

        _raw_service_account_updated = d.pop("service_account.updated", UNSET)
        try:
            service_account_updated = _parse_service_account_updated(_raw_service_account_updated)

        except LENIENT_ERRORS:
            service_account_updated = _raw_service_account_updated

        _raw_service_account_deleted = d.pop("service_account.deleted", UNSET)
        try:
            service_account_deleted = _parse_service_account_deleted(_raw_service_account_deleted)

        except LENIENT_ERRORS:
            service_account_deleted = _raw_service_account_deleted

        _raw_user_added = d.pop("user.added", UNSET)
        try:
            user_added = _parse_user_added(_raw_user_added)

        except LENIENT_ERRORS:
            user_added = _raw_user_added

        _raw_user_updated = d.pop("user.updated", UNSET)
        try:
            user_updated = _parse_user_updated(_raw_user_updated)

        except LENIENT_ERRORS:
            user_updated = _raw_user_updated

        _raw_user_deleted = d.pop("user.deleted", UNSET)
        try:
            user_deleted = _parse_user_deleted(_raw_user_deleted)

        except LENIENT_ERRORS:
            user_deleted = _raw_user_deleted

        _raw_certificate_created = d.pop("certificate.created", UNSET)
        try:
            certificate_created = _parse_certificate_created(_raw_certificate_created)

        except LENIENT_ERRORS:
            certificate_created = _raw_certificate_created

        _raw_certificate_updated = d.pop("certificate.updated", UNSET)
        try:
            certificate_updated = _parse_certificate_updated(_raw_certificate_updated)

        except LENIENT_ERRORS:
            certificate_updated = _raw_certificate_updated

        _raw_certificate_deleted = d.pop("certificate.deleted", UNSET)
        try:
            certificate_deleted = _parse_certificate_deleted(_raw_certificate_deleted)

        except LENIENT_ERRORS:
            certificate_deleted = _raw_certificate_deleted

        _raw_certificates_activated = d.pop("certificates.activated", UNSET)
        try:
            certificates_activated = _parse_certificates_activated(_raw_certificates_activated)

        except LENIENT_ERRORS:
            certificates_activated = _raw_certificates_activated

        _raw_certificates_deactivated = d.pop("certificates.deactivated", UNSET)
        try:
            certificates_deactivated = _parse_certificates_deactivated(
                _raw_certificates_deactivated
            )

        except LENIENT_ERRORS:
            certificates_deactivated = _raw_certificates_deactivated

        parsed_obj_ = cls(
            id=id,
            type_=type_,
            effective_at=effective_at,
            project=project,
            actor=actor,
            api_key_created=api_key_created,
            api_key_updated=api_key_updated,
            api_key_deleted=api_key_deleted,
            checkpoint_permission_created=checkpoint_permission_created,
            checkpoint_permission_deleted=checkpoint_permission_deleted,
            external_key_registered=external_key_registered,
            external_key_removed=external_key_removed,
            group_created=group_created,
            group_updated=group_updated,
            group_deleted=group_deleted,
            scim_enabled=scim_enabled,
            scim_disabled=scim_disabled,
            invite_sent=invite_sent,
            invite_accepted=invite_accepted,
            invite_deleted=invite_deleted,
            ip_allowlist_created=ip_allowlist_created,
            ip_allowlist_updated=ip_allowlist_updated,
            ip_allowlist_deleted=ip_allowlist_deleted,
            ip_allowlist_config_activated=ip_allowlist_config_activated,
            ip_allowlist_config_deactivated=ip_allowlist_config_deactivated,
            login_succeeded=login_succeeded,
            login_failed=login_failed,
            logout_succeeded=logout_succeeded,
            logout_failed=logout_failed,
            organization_updated=organization_updated,
            project_created=project_created,
            project_updated=project_updated,
            project_archived=project_archived,
            project_deleted=project_deleted,
            rate_limit_updated=rate_limit_updated,
            rate_limit_deleted=rate_limit_deleted,
            role_created=role_created,
            role_updated=role_updated,
            role_deleted=role_deleted,
            role_assignment_created=role_assignment_created,
            role_assignment_deleted=role_assignment_deleted,
            service_account_created=service_account_created,
            service_account_updated=service_account_updated,
            service_account_deleted=service_account_deleted,
            user_added=user_added,
            user_updated=user_updated,
            user_deleted=user_deleted,
            certificate_created=certificate_created,
            certificate_updated=certificate_updated,
            certificate_deleted=certificate_deleted,
            certificates_activated=certificates_activated,
            certificates_deactivated=certificates_deactivated,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
