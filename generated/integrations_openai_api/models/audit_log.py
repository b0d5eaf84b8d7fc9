from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class AuditLog(ApiModel):
    """A log of a user action or configuration change within this organization."""

    id: str
    """ The ID of this log. """

    type: AuditLogEventType | str
    """ The event type. """

    effective_at: int
    """ The Unix timestamp (in seconds) of the event. """

    project: AuditLogProject | None = ABSENT

    actor: AuditLogActor | None = ABSENT

    api_key_created: AuditLogApiKeyCreated | None = ABSENT

    api_key_updated: AuditLogApiKeyUpdated | None = ABSENT

    api_key_deleted: AuditLogApiKeyDeleted | None = ABSENT

    checkpoint_permission_created: AuditLogCheckpointPermissionCreated | None = ABSENT

    checkpoint_permission_deleted: AuditLogCheckpointPermissionDeleted | None = ABSENT

    external_key_registered: AuditLogExternalKeyRegistered | None = ABSENT

    external_key_removed: AuditLogExternalKeyRemoved | None = ABSENT

    group_created: AuditLogGroupCreated | None = ABSENT

    group_updated: AuditLogGroupUpdated | None = ABSENT

    group_deleted: AuditLogGroupDeleted | None = ABSENT

    scim_enabled: AuditLogScimEnabled | None = ABSENT

    scim_disabled: AuditLogScimDisabled | None = ABSENT

    invite_sent: AuditLogInviteSent | None = ABSENT

    invite_accepted: AuditLogInviteAccepted | None = ABSENT

    invite_deleted: AuditLogInviteDeleted | None = ABSENT

    ip_allowlist_created: AuditLogIpAllowlistCreated | None = ABSENT

    ip_allowlist_updated: AuditLogIpAllowlistUpdated | None = ABSENT

    ip_allowlist_deleted: AuditLogIpAllowlistDeleted | None = ABSENT

    ip_allowlist_config_activated: AuditLogIpAllowlistConfigActivated | None = ABSENT

    ip_allowlist_config_deactivated: AuditLogIpAllowlistConfigDeactivated | None = ABSENT

    login_succeeded: AuditLogLoginSucceeded | None = ABSENT

    login_failed: AuditLogLoginFailed | None = ABSENT

    logout_succeeded: AuditLogLogoutSucceeded | None = ABSENT

    logout_failed: AuditLogLogoutFailed | None = ABSENT

    organization_updated: AuditLogOrganizationUpdated | None = ABSENT

    project_created: AuditLogProjectCreated | None = ABSENT

    project_updated: AuditLogProjectUpdated | None = ABSENT

    project_archived: AuditLogProjectArchived | None = ABSENT

    project_deleted: AuditLogProjectDeleted | None = ABSENT

    rate_limit_updated: AuditLogRateLimitUpdated | None = ABSENT

    rate_limit_deleted: AuditLogRateLimitDeleted | None = ABSENT

    role_created: AuditLogRoleCreated | None = ABSENT

    role_updated: AuditLogRoleUpdated | None = ABSENT

    role_deleted: AuditLogRoleDeleted | None = ABSENT

    role_assignment_created: AuditLogRoleAssignmentCreated | None = ABSENT

    role_assignment_deleted: AuditLogRoleAssignmentDeleted | None = ABSENT

    service_account_created: AuditLogServiceAccountCreated | None = ABSENT

    service_account_updated: AuditLogServiceAccountUpdated | None = ABSENT

    service_account_deleted: AuditLogServiceAccountDeleted | None = ABSENT

    user_added: AuditLogUserAdded | None = ABSENT

    user_updated: AuditLogUserUpdated | None = ABSENT

    user_deleted: AuditLogUserDeleted | None = ABSENT

    certificate_created: AuditLogCertificateCreated | None = ABSENT

    certificate_updated: AuditLogCertificateUpdated | None = ABSENT

    certificate_deleted: AuditLogCertificateDeleted | None = ABSENT

    certificates_activated: AuditLogCertificatesActivated | None = ABSENT

    certificates_deactivated: AuditLogCertificatesDeactivated | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("type", "type"),
        ("effective_at", "effective_at"),
        ("project", "project"),
        ("actor", "actor"),
        ("api_key_created", "api_key.created"),
        ("api_key_updated", "api_key.updated"),
        ("api_key_deleted", "api_key.deleted"),
        ("checkpoint_permission_created", "checkpoint.permission.created"),
        ("checkpoint_permission_deleted", "checkpoint.permission.deleted"),
        ("external_key_registered", "external_key.registered"),
        ("external_key_removed", "external_key.removed"),
        ("group_created", "group.created"),
        ("group_updated", "group.updated"),
        ("group_deleted", "group.deleted"),
        ("scim_enabled", "scim.enabled"),
        ("scim_disabled", "scim.disabled"),
        ("invite_sent", "invite.sent"),
        ("invite_accepted", "invite.accepted"),
        ("invite_deleted", "invite.deleted"),
        ("ip_allowlist_created", "ip_allowlist.created"),
        ("ip_allowlist_updated", "ip_allowlist.updated"),
        ("ip_allowlist_deleted", "ip_allowlist.deleted"),
        ("ip_allowlist_config_activated", "ip_allowlist.config.activated"),
        ("ip_allowlist_config_deactivated", "ip_allowlist.config.deactivated"),
        ("login_succeeded", "login.succeeded"),
        ("login_failed", "login.failed"),
        ("logout_succeeded", "logout.succeeded"),
        ("logout_failed", "logout.failed"),
        ("organization_updated", "organization.updated"),
        ("project_created", "project.created"),
        ("project_updated", "project.updated"),
        ("project_archived", "project.archived"),
        ("project_deleted", "project.deleted"),
        ("rate_limit_updated", "rate_limit.updated"),
        ("rate_limit_deleted", "rate_limit.deleted"),
        ("role_created", "role.created"),
        ("role_updated", "role.updated"),
        ("role_deleted", "role.deleted"),
        ("role_assignment_created", "role.assignment.created"),
        ("role_assignment_deleted", "role.assignment.deleted"),
        ("service_account_created", "service_account.created"),
        ("service_account_updated", "service_account.updated"),
        ("service_account_deleted", "service_account.deleted"),
        ("user_added", "user.added"),
        ("user_updated", "user.updated"),
        ("user_deleted", "user.deleted"),
        ("certificate_created", "certificate.created"),
        ("certificate_updated", "certificate.updated"),
        ("certificate_deleted", "certificate.deleted"),
        ("certificates_activated", "certificates.activated"),
        ("certificates_deactivated", "certificates.deactivated"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "type": "AuditLogEventType",
        "effective_at": "int",
        "project": "AuditLogProject | None | Unset",
        "actor": "AuditLogActor | None | Unset",
        "api_key_created": "AuditLogApiKeyCreated | None | Unset",
        "api_key_updated": "AuditLogApiKeyUpdated | None | Unset",
        "api_key_deleted": "AuditLogApiKeyDeleted | None | Unset",
        "checkpoint_permission_created": "AuditLogCheckpointPermissionCreated | None | Unset",
        "checkpoint_permission_deleted": "AuditLogCheckpointPermissionDeleted | None | Unset",
        "external_key_registered": "AuditLogExternalKeyRegistered | None | Unset",
        "external_key_removed": "AuditLogExternalKeyRemoved | None | Unset",
        "group_created": "AuditLogGroupCreated | None | Unset",
        "group_updated": "AuditLogGroupUpdated | None | Unset",
        "group_deleted": "AuditLogGroupDeleted | None | Unset",
        "scim_enabled": "AuditLogScimEnabled | None | Unset",
        "scim_disabled": "AuditLogScimDisabled | None | Unset",
        "invite_sent": "AuditLogInviteSent | None | Unset",
        "invite_accepted": "AuditLogInviteAccepted | None | Unset",
        "invite_deleted": "AuditLogInviteDeleted | None | Unset",
        "ip_allowlist_created": "AuditLogIpAllowlistCreated | None | Unset",
        "ip_allowlist_updated": "AuditLogIpAllowlistUpdated | None | Unset",
        "ip_allowlist_deleted": "AuditLogIpAllowlistDeleted | None | Unset",
        "ip_allowlist_config_activated": "AuditLogIpAllowlistConfigActivated | None | Unset",
        "ip_allowlist_config_deactivated": "AuditLogIpAllowlistConfigDeactivated | None | Unset",
        "login_succeeded": "AuditLogLoginSucceeded | None | Unset",
        "login_failed": "AuditLogLoginFailed | None | Unset",
        "logout_succeeded": "AuditLogLogoutSucceeded | None | Unset",
        "logout_failed": "AuditLogLogoutFailed | None | Unset",
        "organization_updated": "AuditLogOrganizationUpdated | None | Unset",
        "project_created": "AuditLogProjectCreated | None | Unset",
        "project_updated": "AuditLogProjectUpdated | None | Unset",
        "project_archived": "AuditLogProjectArchived | None | Unset",
        "project_deleted": "AuditLogProjectDeleted | None | Unset",
        "rate_limit_updated": "AuditLogRateLimitUpdated | None | Unset",
        "rate_limit_deleted": "AuditLogRateLimitDeleted | None | Unset",
        "role_created": "AuditLogRoleCreated | None | Unset",
        "role_updated": "AuditLogRoleUpdated | None | Unset",
        "role_deleted": "AuditLogRoleDeleted | None | Unset",
        "role_assignment_created": "AuditLogRoleAssignmentCreated | None | Unset",
        "role_assignment_deleted": "AuditLogRoleAssignmentDeleted | None | Unset",
        "service_account_created": "AuditLogServiceAccountCreated | None | Unset",
        "service_account_updated": "AuditLogServiceAccountUpdated | None | Unset",
        "service_account_deleted": "AuditLogServiceAccountDeleted | None | Unset",
        "user_added": "AuditLogUserAdded | None | Unset",
        "user_updated": "AuditLogUserUpdated | None | Unset",
        "user_deleted": "AuditLogUserDeleted | None | Unset",
        "certificate_created": "AuditLogCertificateCreated | None | Unset",
        "certificate_updated": "AuditLogCertificateUpdated | None | Unset",
        "certificate_deleted": "AuditLogCertificateDeleted | None | Unset",
        "certificates_activated": "AuditLogCertificatesActivated | None | Unset",
        "certificates_deactivated": "AuditLogCertificatesDeactivated | None | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = d.pop("id", None)

        _raw_type_ = d.pop("type", None)
        try:
            type_ = check_audit_log_event_type(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        effective_at = d.pop("effective_at", None)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.type = type_
        parsed_obj_.effective_at = effective_at
        parsed_obj_.project = None if isinstance(project, Unset) else project
        parsed_obj_.actor = None if isinstance(actor, Unset) else actor
        parsed_obj_.api_key_created = (
            None if isinstance(api_key_created, Unset) else api_key_created
        )
        parsed_obj_.api_key_updated = (
            None if isinstance(api_key_updated, Unset) else api_key_updated
        )
        parsed_obj_.api_key_deleted = (
            None if isinstance(api_key_deleted, Unset) else api_key_deleted
        )
        parsed_obj_.checkpoint_permission_created = (
            None
            if isinstance(checkpoint_permission_created, Unset)
            else checkpoint_permission_created
        )
        parsed_obj_.checkpoint_permission_deleted = (
            None
            if isinstance(checkpoint_permission_deleted, Unset)
            else checkpoint_permission_deleted
        )
        parsed_obj_.external_key_registered = (
            None if isinstance(external_key_registered, Unset) else external_key_registered
        )
        parsed_obj_.external_key_removed = (
            None if isinstance(external_key_removed, Unset) else external_key_removed
        )
        parsed_obj_.group_created = None if isinstance(group_created, Unset) else group_created
        parsed_obj_.group_updated = None if isinstance(group_updated, Unset) else group_updated
        parsed_obj_.group_deleted = None if isinstance(group_deleted, Unset) else group_deleted
        parsed_obj_.scim_enabled = None if isinstance(scim_enabled, Unset) else scim_enabled
        parsed_obj_.scim_disabled = None if isinstance(scim_disabled, Unset) else scim_disabled
        parsed_obj_.invite_sent = None if isinstance(invite_sent, Unset) else invite_sent
        parsed_obj_.invite_accepted = (
            None if isinstance(invite_accepted, Unset) else invite_accepted
        )
        parsed_obj_.invite_deleted = None if isinstance(invite_deleted, Unset) else invite_deleted
        parsed_obj_.ip_allowlist_created = (
            None if isinstance(ip_allowlist_created, Unset) else ip_allowlist_created
        )
        parsed_obj_.ip_allowlist_updated = (
            None if isinstance(ip_allowlist_updated, Unset) else ip_allowlist_updated
        )
        parsed_obj_.ip_allowlist_deleted = (
            None if isinstance(ip_allowlist_deleted, Unset) else ip_allowlist_deleted
        )
        parsed_obj_.ip_allowlist_config_activated = (
            None
            if isinstance(ip_allowlist_config_activated, Unset)
            else ip_allowlist_config_activated
        )
        parsed_obj_.ip_allowlist_config_deactivated = (
            None
            if isinstance(ip_allowlist_config_deactivated, Unset)
            else ip_allowlist_config_deactivated
        )
        parsed_obj_.login_succeeded = (
            None if isinstance(login_succeeded, Unset) else login_succeeded
        )
        parsed_obj_.login_failed = None if isinstance(login_failed, Unset) else login_failed
        parsed_obj_.logout_succeeded = (
            None if isinstance(logout_succeeded, Unset) else logout_succeeded
        )
        parsed_obj_.logout_failed = None if isinstance(logout_failed, Unset) else logout_failed
        parsed_obj_.organization_updated = (
            None if isinstance(organization_updated, Unset) else organization_updated
        )
        parsed_obj_.project_created = (
            None if isinstance(project_created, Unset) else project_created
        )
        parsed_obj_.project_updated = (
            None if isinstance(project_updated, Unset) else project_updated
        )
        parsed_obj_.project_archived = (
            None if isinstance(project_archived, Unset) else project_archived
        )
        parsed_obj_.project_deleted = (
            None if isinstance(project_deleted, Unset) else project_deleted
        )
        parsed_obj_.rate_limit_updated = (
            None if isinstance(rate_limit_updated, Unset) else rate_limit_updated
        )
        parsed_obj_.rate_limit_deleted = (
            None if isinstance(rate_limit_deleted, Unset) else rate_limit_deleted
        )
        parsed_obj_.role_created = None if isinstance(role_created, Unset) else role_created
        parsed_obj_.role_updated = None if isinstance(role_updated, Unset) else role_updated
        parsed_obj_.role_deleted = None if isinstance(role_deleted, Unset) else role_deleted
        parsed_obj_.role_assignment_created = (
            None if isinstance(role_assignment_created, Unset) else role_assignment_created
        )
        parsed_obj_.role_assignment_deleted = (
            None if isinstance(role_assignment_deleted, Unset) else role_assignment_deleted
        )
        parsed_obj_.service_account_created = (
            None if isinstance(service_account_created, Unset) else service_account_created
        )
        parsed_obj_.service_account_updated = (
            None if isinstance(service_account_updated, Unset) else service_account_updated
        )
        parsed_obj_.service_account_deleted = (
            None if isinstance(service_account_deleted, Unset) else service_account_deleted
        )
        parsed_obj_.user_added = None if isinstance(user_added, Unset) else user_added
        parsed_obj_.user_updated = None if isinstance(user_updated, Unset) else user_updated
        parsed_obj_.user_deleted = None if isinstance(user_deleted, Unset) else user_deleted
        parsed_obj_.certificate_created = (
            None if isinstance(certificate_created, Unset) else certificate_created
        )
        parsed_obj_.certificate_updated = (
            None if isinstance(certificate_updated, Unset) else certificate_updated
        )
        parsed_obj_.certificate_deleted = (
            None if isinstance(certificate_deleted, Unset) else certificate_deleted
        )
        parsed_obj_.certificates_activated = (
            None if isinstance(certificates_activated, Unset) else certificates_activated
        )
        parsed_obj_.certificates_deactivated = (
            None if isinstance(certificates_deactivated, Unset) else certificates_deactivated
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
