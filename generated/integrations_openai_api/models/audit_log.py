from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


def _parse_actor(data: object) -> AuditLogActor | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogActor.from_dict(data)
    return cast("AuditLogActor | None | Unset", data)


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
    """ The project that the action was scoped to. Absent for actions not scoped to projects. Note that any admin
    actions taken via Admin API keys are associated with the default project. """

    actor: AuditLogActor | None = ABSENT

    api_key_created: AuditLogApiKeyCreated | None = ABSENT
    """ The details for events with this `type`. """

    api_key_updated: AuditLogApiKeyUpdated | None = ABSENT
    """ The details for events with this `type`. """

    api_key_deleted: AuditLogApiKeyDeleted | None = ABSENT
    """ The details for events with this `type`. """

    checkpoint_permission_created: AuditLogCheckpointPermissionCreated | None = ABSENT
    """ The project and fine-tuned model checkpoint that the checkpoint permission was created for. """

    checkpoint_permission_deleted: AuditLogCheckpointPermissionDeleted | None = ABSENT
    """ The details for events with this `type`. """

    external_key_registered: AuditLogExternalKeyRegistered | None = ABSENT
    """ The details for events with this `type`. """

    external_key_removed: AuditLogExternalKeyRemoved | None = ABSENT
    """ The details for events with this `type`. """

    group_created: AuditLogGroupCreated | None = ABSENT
    """ The details for events with this `type`. """

    group_updated: AuditLogGroupUpdated | None = ABSENT
    """ The details for events with this `type`. """

    group_deleted: AuditLogGroupDeleted | None = ABSENT
    """ The details for events with this `type`. """

    scim_enabled: AuditLogScimEnabled | None = ABSENT
    """ The details for events with this `type`. """

    scim_disabled: AuditLogScimDisabled | None = ABSENT
    """ The details for events with this `type`. """

    invite_sent: AuditLogInviteSent | None = ABSENT
    """ The details for events with this `type`. """

    invite_accepted: AuditLogInviteAccepted | None = ABSENT
    """ The details for events with this `type`. """

    invite_deleted: AuditLogInviteDeleted | None = ABSENT
    """ The details for events with this `type`. """

    ip_allowlist_created: AuditLogIpAllowlistCreated | None = ABSENT
    """ The details for events with this `type`. """

    ip_allowlist_updated: AuditLogIpAllowlistUpdated | None = ABSENT
    """ The details for events with this `type`. """

    ip_allowlist_deleted: AuditLogIpAllowlistDeleted | None = ABSENT
    """ The details for events with this `type`. """

    ip_allowlist_config_activated: AuditLogIpAllowlistConfigActivated | None = ABSENT
    """ The details for events with this `type`. """

    ip_allowlist_config_deactivated: AuditLogIpAllowlistConfigDeactivated | None = ABSENT
    """ The details for events with this `type`. """

    login_succeeded: AuditLogLoginSucceeded | None = ABSENT
    """ This event has no additional fields beyond the standard audit log attributes. """

    login_failed: AuditLogLoginFailed | None = ABSENT
    """ The details for events with this `type`. """

    logout_succeeded: AuditLogLogoutSucceeded | None = ABSENT
    """ This event has no additional fields beyond the standard audit log attributes. """

    logout_failed: AuditLogLogoutFailed | None = ABSENT
    """ The details for events with this `type`. """

    organization_updated: AuditLogOrganizationUpdated | None = ABSENT
    """ The details for events with this `type`. """

    project_created: AuditLogProjectCreated | None = ABSENT
    """ The details for events with this `type`. """

    project_updated: AuditLogProjectUpdated | None = ABSENT
    """ The details for events with this `type`. """

    project_archived: AuditLogProjectArchived | None = ABSENT
    """ The details for events with this `type`. """

    project_deleted: AuditLogProjectDeleted | None = ABSENT
    """ The details for events with this `type`. """

    rate_limit_updated: AuditLogRateLimitUpdated | None = ABSENT
    """ The details for events with this `type`. """

    rate_limit_deleted: AuditLogRateLimitDeleted | None = ABSENT
    """ The details for events with this `type`. """

    role_created: AuditLogRoleCreated | None = ABSENT
    """ The details for events with this `type`. """

    role_updated: AuditLogRoleUpdated | None = ABSENT
    """ The details for events with this `type`. """

    role_deleted: AuditLogRoleDeleted | None = ABSENT
    """ The details for events with this `type`. """

    role_assignment_created: AuditLogRoleAssignmentCreated | None = ABSENT
    """ The details for events with this `type`. """

    role_assignment_deleted: AuditLogRoleAssignmentDeleted | None = ABSENT
    """ The details for events with this `type`. """

    service_account_created: AuditLogServiceAccountCreated | None = ABSENT
    """ The details for events with this `type`. """

    service_account_updated: AuditLogServiceAccountUpdated | None = ABSENT
    """ The details for events with this `type`. """

    service_account_deleted: AuditLogServiceAccountDeleted | None = ABSENT
    """ The details for events with this `type`. """

    user_added: AuditLogUserAdded | None = ABSENT
    """ The details for events with this `type`. """

    user_updated: AuditLogUserUpdated | None = ABSENT
    """ The details for events with this `type`. """

    user_deleted: AuditLogUserDeleted | None = ABSENT
    """ The details for events with this `type`. """

    certificate_created: AuditLogCertificateCreated | None = ABSENT
    """ The details for events with this `type`. """

    certificate_updated: AuditLogCertificateUpdated | None = ABSENT
    """ The details for events with this `type`. """

    certificate_deleted: AuditLogCertificateDeleted | None = ABSENT
    """ The details for events with this `type`. """

    certificates_activated: AuditLogCertificatesActivated | None = ABSENT
    """ The details for events with this `type`. """

    certificates_deactivated: AuditLogCertificatesDeactivated | None = ABSENT
    """ The details for events with this `type`. """

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
        "project": "AuditLogProject | Unset",
        "actor": "AuditLogActor | None | Unset",
        "api_key_created": "AuditLogApiKeyCreated | Unset",
        "api_key_updated": "AuditLogApiKeyUpdated | Unset",
        "api_key_deleted": "AuditLogApiKeyDeleted | Unset",
        "checkpoint_permission_created": "AuditLogCheckpointPermissionCreated | Unset",
        "checkpoint_permission_deleted": "AuditLogCheckpointPermissionDeleted | Unset",
        "external_key_registered": "AuditLogExternalKeyRegistered | Unset",
        "external_key_removed": "AuditLogExternalKeyRemoved | Unset",
        "group_created": "AuditLogGroupCreated | Unset",
        "group_updated": "AuditLogGroupUpdated | Unset",
        "group_deleted": "AuditLogGroupDeleted | Unset",
        "scim_enabled": "AuditLogScimEnabled | Unset",
        "scim_disabled": "AuditLogScimDisabled | Unset",
        "invite_sent": "AuditLogInviteSent | Unset",
        "invite_accepted": "AuditLogInviteAccepted | Unset",
        "invite_deleted": "AuditLogInviteDeleted | Unset",
        "ip_allowlist_created": "AuditLogIpAllowlistCreated | Unset",
        "ip_allowlist_updated": "AuditLogIpAllowlistUpdated | Unset",
        "ip_allowlist_deleted": "AuditLogIpAllowlistDeleted | Unset",
        "ip_allowlist_config_activated": "AuditLogIpAllowlistConfigActivated | Unset",
        "ip_allowlist_config_deactivated": "AuditLogIpAllowlistConfigDeactivated | Unset",
        "login_succeeded": "AuditLogLoginSucceeded | Unset",
        "login_failed": "AuditLogLoginFailed | Unset",
        "logout_succeeded": "AuditLogLogoutSucceeded | Unset",
        "logout_failed": "AuditLogLogoutFailed | Unset",
        "organization_updated": "AuditLogOrganizationUpdated | Unset",
        "project_created": "AuditLogProjectCreated | Unset",
        "project_updated": "AuditLogProjectUpdated | Unset",
        "project_archived": "AuditLogProjectArchived | Unset",
        "project_deleted": "AuditLogProjectDeleted | Unset",
        "rate_limit_updated": "AuditLogRateLimitUpdated | Unset",
        "rate_limit_deleted": "AuditLogRateLimitDeleted | Unset",
        "role_created": "AuditLogRoleCreated | Unset",
        "role_updated": "AuditLogRoleUpdated | Unset",
        "role_deleted": "AuditLogRoleDeleted | Unset",
        "role_assignment_created": "AuditLogRoleAssignmentCreated | Unset",
        "role_assignment_deleted": "AuditLogRoleAssignmentDeleted | Unset",
        "service_account_created": "AuditLogServiceAccountCreated | Unset",
        "service_account_updated": "AuditLogServiceAccountUpdated | Unset",
        "service_account_deleted": "AuditLogServiceAccountDeleted | Unset",
        "user_added": "AuditLogUserAdded | Unset",
        "user_updated": "AuditLogUserUpdated | Unset",
        "user_deleted": "AuditLogUserDeleted | Unset",
        "certificate_created": "AuditLogCertificateCreated | Unset",
        "certificate_updated": "AuditLogCertificateUpdated | Unset",
        "certificate_deleted": "AuditLogCertificateDeleted | Unset",
        "certificates_activated": "AuditLogCertificatesActivated | Unset",
        "certificates_deactivated": "AuditLogCertificatesDeactivated | Unset",
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.effective_at
        if value_3 is None:
            if "effective_at" in present:
                out["effective_at"] = None
        else:
            out["effective_at"] = value_3
        value_4 = self.project
        if value_4 is None:
            if "project" in present:
                out["project"] = None
        else:
            out["project"] = to_json(value_4)
        value_5 = self.actor
        if value_5 is None:
            if "actor" in present:
                out["actor"] = None
        else:
            out["actor"] = to_json(value_5)
        value_6 = self.api_key_created
        if value_6 is None:
            if "api_key.created" in present:
                out["api_key.created"] = None
        else:
            out["api_key.created"] = to_json(value_6)
        value_7 = self.api_key_updated
        if value_7 is None:
            if "api_key.updated" in present:
                out["api_key.updated"] = None
        else:
            out["api_key.updated"] = to_json(value_7)
        value_8 = self.api_key_deleted
        if value_8 is None:
            if "api_key.deleted" in present:
                out["api_key.deleted"] = None
        else:
            out["api_key.deleted"] = to_json(value_8)
        value_9 = self.checkpoint_permission_created
        if value_9 is None:
            if "checkpoint.permission.created" in present:
                out["checkpoint.permission.created"] = None
        else:
            out["checkpoint.permission.created"] = to_json(value_9)
        value_10 = self.checkpoint_permission_deleted
        if value_10 is None:
            if "checkpoint.permission.deleted" in present:
                out["checkpoint.permission.deleted"] = None
        else:
            out["checkpoint.permission.deleted"] = to_json(value_10)
        value_11 = self.external_key_registered
        if value_11 is None:
            if "external_key.registered" in present:
                out["external_key.registered"] = None
        else:
            out["external_key.registered"] = to_json(value_11)
        value_12 = self.external_key_removed
        if value_12 is None:
            if "external_key.removed" in present:
                out["external_key.removed"] = None
        else:
            out["external_key.removed"] = to_json(value_12)
        value_13 = self.group_created
        if value_13 is None:
            if "group.created" in present:
                out["group.created"] = None
        else:
            out["group.created"] = to_json(value_13)
        value_14 = self.group_updated
        if value_14 is None:
            if "group.updated" in present:
                out["group.updated"] = None
        else:
            out["group.updated"] = to_json(value_14)
        value_15 = self.group_deleted
        if value_15 is None:
            if "group.deleted" in present:
                out["group.deleted"] = None
        else:
            out["group.deleted"] = to_json(value_15)
        value_16 = self.scim_enabled
        if value_16 is None:
            if "scim.enabled" in present:
                out["scim.enabled"] = None
        else:
            out["scim.enabled"] = to_json(value_16)
        value_17 = self.scim_disabled
        if value_17 is None:
            if "scim.disabled" in present:
                out["scim.disabled"] = None
        else:
            out["scim.disabled"] = to_json(value_17)
        value_18 = self.invite_sent
        if value_18 is None:
            if "invite.sent" in present:
                out["invite.sent"] = None
        else:
            out["invite.sent"] = to_json(value_18)
        value_19 = self.invite_accepted
        if value_19 is None:
            if "invite.accepted" in present:
                out["invite.accepted"] = None
        else:
            out["invite.accepted"] = to_json(value_19)
        value_20 = self.invite_deleted
        if value_20 is None:
            if "invite.deleted" in present:
                out["invite.deleted"] = None
        else:
            out["invite.deleted"] = to_json(value_20)
        value_21 = self.ip_allowlist_created
        if value_21 is None:
            if "ip_allowlist.created" in present:
                out["ip_allowlist.created"] = None
        else:
            out["ip_allowlist.created"] = to_json(value_21)
        value_22 = self.ip_allowlist_updated
        if value_22 is None:
            if "ip_allowlist.updated" in present:
                out["ip_allowlist.updated"] = None
        else:
            out["ip_allowlist.updated"] = to_json(value_22)
        value_23 = self.ip_allowlist_deleted
        if value_23 is None:
            if "ip_allowlist.deleted" in present:
                out["ip_allowlist.deleted"] = None
        else:
            out["ip_allowlist.deleted"] = to_json(value_23)
        value_24 = self.ip_allowlist_config_activated
        if value_24 is None:
            if "ip_allowlist.config.activated" in present:
                out["ip_allowlist.config.activated"] = None
        else:
            out["ip_allowlist.config.activated"] = to_json(value_24)
        value_25 = self.ip_allowlist_config_deactivated
        if value_25 is None:
            if "ip_allowlist.config.deactivated" in present:
                out["ip_allowlist.config.deactivated"] = None
        else:
            out["ip_allowlist.config.deactivated"] = to_json(value_25)
        value_26 = self.login_succeeded
        if value_26 is None:
            if "login.succeeded" in present:
                out["login.succeeded"] = None
        else:
            out["login.succeeded"] = to_json(value_26)
        value_27 = self.login_failed
        if value_27 is None:
            if "login.failed" in present:
                out["login.failed"] = None
        else:
            out["login.failed"] = to_json(value_27)
        value_28 = self.logout_succeeded
        if value_28 is None:
            if "logout.succeeded" in present:
                out["logout.succeeded"] = None
        else:
            out["logout.succeeded"] = to_json(value_28)
        value_29 = self.logout_failed
        if value_29 is None:
            if "logout.failed" in present:
                out["logout.failed"] = None
        else:
            out["logout.failed"] = to_json(value_29)
        value_30 = self.organization_updated
        if value_30 is None:
            if "organization.updated" in present:
                out["organization.updated"] = None
        else:
            out["organization.updated"] = to_json(value_30)
        value_31 = self.project_created
        if value_31 is None:
            if "project.created" in present:
                out["project.created"] = None
        else:
            out["project.created"] = to_json(value_31)
        value_32 = self.project_updated
        if value_32 is None:
            if "project.updated" in present:
                out["project.updated"] = None
        else:
            out["project.updated"] = to_json(value_32)
        value_33 = self.project_archived
        if value_33 is None:
            if "project.archived" in present:
                out["project.archived"] = None
        else:
            out["project.archived"] = to_json(value_33)
        value_34 = self.project_deleted
        if value_34 is None:
            if "project.deleted" in present:
                out["project.deleted"] = None
        else:
            out["project.deleted"] = to_json(value_34)
        value_35 = self.rate_limit_updated
        if value_35 is None:
            if "rate_limit.updated" in present:
                out["rate_limit.updated"] = None
        else:
            out["rate_limit.updated"] = to_json(value_35)
        value_36 = self.rate_limit_deleted
        if value_36 is None:
            if "rate_limit.deleted" in present:
                out["rate_limit.deleted"] = None
        else:
            out["rate_limit.deleted"] = to_json(value_36)
        value_37 = self.role_created
        if value_37 is None:
            if "role.created" in present:
                out["role.created"] = None
        else:
            out["role.created"] = to_json(value_37)
        value_38 = self.role_updated
        if value_38 is None:
            if "role.updated" in present:
                out["role.updated"] = None
        else:
            out["role.updated"] = to_json(value_38)
        value_39 = self.role_deleted
        if value_39 is None:
            if "role.deleted" in present:
                out["role.deleted"] = None
        else:
            out["role.deleted"] = to_json(value_39)
        value_40 = self.role_assignment_created
        if value_40 is None:
            if "role.assignment.created" in present:
                out["role.assignment.created"] = None
        else:
            out["role.assignment.created"] = to_json(value_40)
        value_41 = self.role_assignment_deleted
        if value_41 is None:
            if "role.assignment.deleted" in present:
                out["role.assignment.deleted"] = None
        else:
            out["role.assignment.deleted"] = to_json(value_41)
        value_42 = self.service_account_created
        if value_42 is None:
            if "service_account.created" in present:
                out["service_account.created"] = None
        else:
            out["service_account.created"] = to_json(value_42)
        value_43 = self.service_account_updated
        if value_43 is None:
            if "service_account.updated" in present:
                out["service_account.updated"] = None
        else:
            out["service_account.updated"] = to_json(value_43)
        value_44 = self.service_account_deleted
        if value_44 is None:
            if "service_account.deleted" in present:
                out["service_account.deleted"] = None
        else:
            out["service_account.deleted"] = to_json(value_44)
        value_45 = self.user_added
        if value_45 is None:
            if "user.added" in present:
                out["user.added"] = None
        else:
            out["user.added"] = to_json(value_45)
        value_46 = self.user_updated
        if value_46 is None:
            if "user.updated" in present:
                out["user.updated"] = None
        else:
            out["user.updated"] = to_json(value_46)
        value_47 = self.user_deleted
        if value_47 is None:
            if "user.deleted" in present:
                out["user.deleted"] = None
        else:
            out["user.deleted"] = to_json(value_47)
        value_48 = self.certificate_created
        if value_48 is None:
            if "certificate.created" in present:
                out["certificate.created"] = None
        else:
            out["certificate.created"] = to_json(value_48)
        value_49 = self.certificate_updated
        if value_49 is None:
            if "certificate.updated" in present:
                out["certificate.updated"] = None
        else:
            out["certificate.updated"] = to_json(value_49)
        value_50 = self.certificate_deleted
        if value_50 is None:
            if "certificate.deleted" in present:
                out["certificate.deleted"] = None
        else:
            out["certificate.deleted"] = to_json(value_50)
        value_51 = self.certificates_activated
        if value_51 is None:
            if "certificates.activated" in present:
                out["certificates.activated"] = None
        else:
            out["certificates.activated"] = to_json(value_51)
        value_52 = self.certificates_deactivated
        if value_52 is None:
            if "certificates.deactivated" in present:
                out["certificates.deactivated"] = None
        else:
            out["certificates.deactivated"] = to_json(value_52)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

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
            _project = _raw_project
            project: AuditLogProject | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = AuditLogProject.from_dict(_project)

        except LENIENT_ERRORS:
            project = _raw_project

        _raw_actor = d.pop("actor", UNSET)
        if _raw_actor is not None and _raw_actor is not UNSET:
            try:
                actor = _parse_actor(_raw_actor)

            except LENIENT_ERRORS:
                actor = _raw_actor
        else:
            actor = _raw_actor

        _raw_api_key_created = d.pop("api_key.created", UNSET)
        try:
            _api_key_created = _raw_api_key_created
            api_key_created: AuditLogApiKeyCreated | Unset
            if isinstance(_api_key_created, Unset):
                api_key_created = UNSET
            else:
                api_key_created = AuditLogApiKeyCreated.from_dict(_api_key_created)

        except LENIENT_ERRORS:
            api_key_created = _raw_api_key_created

        _raw_api_key_updated = d.pop("api_key.updated", UNSET)
        try:
            _api_key_updated = _raw_api_key_updated
            api_key_updated: AuditLogApiKeyUpdated | Unset
            if isinstance(_api_key_updated, Unset):
                api_key_updated = UNSET
            else:
                api_key_updated = AuditLogApiKeyUpdated.from_dict(_api_key_updated)

        except LENIENT_ERRORS:
            api_key_updated = _raw_api_key_updated

        _raw_api_key_deleted = d.pop("api_key.deleted", UNSET)
        try:
            _api_key_deleted = _raw_api_key_deleted
            api_key_deleted: AuditLogApiKeyDeleted | Unset
            if isinstance(_api_key_deleted, Unset):
                api_key_deleted = UNSET
            else:
                api_key_deleted = AuditLogApiKeyDeleted.from_dict(_api_key_deleted)

        except LENIENT_ERRORS:
            api_key_deleted = _raw_api_key_deleted

        _raw_checkpoint_permission_created = d.pop("checkpoint.permission.created", UNSET)
        try:
            _checkpoint_permission_created = _raw_checkpoint_permission_created
            checkpoint_permission_created: AuditLogCheckpointPermissionCreated | Unset
            if isinstance(_checkpoint_permission_created, Unset):
                checkpoint_permission_created = UNSET
            else:
                checkpoint_permission_created = AuditLogCheckpointPermissionCreated.from_dict(
                    _checkpoint_permission_created
                )

        except LENIENT_ERRORS:
            checkpoint_permission_created = _raw_checkpoint_permission_created

        _raw_checkpoint_permission_deleted = d.pop("checkpoint.permission.deleted", UNSET)
        try:
            _checkpoint_permission_deleted = _raw_checkpoint_permission_deleted
            checkpoint_permission_deleted: AuditLogCheckpointPermissionDeleted | Unset
            if isinstance(_checkpoint_permission_deleted, Unset):
                checkpoint_permission_deleted = UNSET
            else:
                checkpoint_permission_deleted = AuditLogCheckpointPermissionDeleted.from_dict(
                    _checkpoint_permission_deleted
                )

        except LENIENT_ERRORS:
            checkpoint_permission_deleted = _raw_checkpoint_permission_deleted

        _raw_external_key_registered = d.pop("external_key.registered", UNSET)
        try:
            _external_key_registered = _raw_external_key_registered
            external_key_registered: AuditLogExternalKeyRegistered | Unset
            if isinstance(_external_key_registered, Unset):
                external_key_registered = UNSET
            else:
                external_key_registered = AuditLogExternalKeyRegistered.from_dict(
                    _external_key_registered
                )

        except LENIENT_ERRORS:
            external_key_registered = _raw_external_key_registered

        _raw_external_key_removed = d.pop("external_key.removed", UNSET)
        try:
            _external_key_removed = _raw_external_key_removed
            external_key_removed: AuditLogExternalKeyRemoved | Unset
            if isinstance(_external_key_removed, Unset):
                external_key_removed = UNSET
            else:
                external_key_removed = AuditLogExternalKeyRemoved.from_dict(_external_key_removed)

        except LENIENT_ERRORS:
            external_key_removed = _raw_external_key_removed

        _raw_group_created = d.pop("group.created", UNSET)
        try:
            _group_created = _raw_group_created
            group_created: AuditLogGroupCreated | Unset
            if isinstance(_group_created, Unset):
                group_created = UNSET
            else:
                group_created = AuditLogGroupCreated.from_dict(_group_created)

        except LENIENT_ERRORS:
            group_created = _raw_group_created

        _raw_group_updated = d.pop("group.updated", UNSET)
        try:
            _group_updated = _raw_group_updated
            group_updated: AuditLogGroupUpdated | Unset
            if isinstance(_group_updated, Unset):
                group_updated = UNSET
            else:
                group_updated = AuditLogGroupUpdated.from_dict(_group_updated)

        except LENIENT_ERRORS:
            group_updated = _raw_group_updated

        _raw_group_deleted = d.pop("group.deleted", UNSET)
        try:
            _group_deleted = _raw_group_deleted
            group_deleted: AuditLogGroupDeleted | Unset
            if isinstance(_group_deleted, Unset):
                group_deleted = UNSET
            else:
                group_deleted = AuditLogGroupDeleted.from_dict(_group_deleted)

        except LENIENT_ERRORS:
            group_deleted = _raw_group_deleted

        _raw_scim_enabled = d.pop("scim.enabled", UNSET)
        try:
            _scim_enabled = _raw_scim_enabled
            scim_enabled: AuditLogScimEnabled | Unset
            if isinstance(_scim_enabled, Unset):
                scim_enabled = UNSET
            else:
                scim_enabled = AuditLogScimEnabled.from_dict(_scim_enabled)

        except LENIENT_ERRORS:
            scim_enabled = _raw_scim_enabled

        _raw_scim_disabled = d.pop("scim.disabled", UNSET)
        try:
            _scim_disabled = _raw_scim_disabled
            scim_disabled: AuditLogScimDisabled | Unset
            if isinstance(_scim_disabled, Unset):
                scim_disabled = UNSET
            else:
                scim_disabled = AuditLogScimDisabled.from_dict(_scim_disabled)

        except LENIENT_ERRORS:
            scim_disabled = _raw_scim_disabled

        _raw_invite_sent = d.pop("invite.sent", UNSET)
        try:
            _invite_sent = _raw_invite_sent
            invite_sent: AuditLogInviteSent | Unset
            if isinstance(_invite_sent, Unset):
                invite_sent = UNSET
            else:
                invite_sent = AuditLogInviteSent.from_dict(_invite_sent)

        except LENIENT_ERRORS:
            invite_sent = _raw_invite_sent

        _raw_invite_accepted = d.pop("invite.accepted", UNSET)
        try:
            _invite_accepted = _raw_invite_accepted
            invite_accepted: AuditLogInviteAccepted | Unset
            if isinstance(_invite_accepted, Unset):
                invite_accepted = UNSET
            else:
                invite_accepted = AuditLogInviteAccepted.from_dict(_invite_accepted)

        except LENIENT_ERRORS:
            invite_accepted = _raw_invite_accepted

        _raw_invite_deleted = d.pop("invite.deleted", UNSET)
        try:
            _invite_deleted = _raw_invite_deleted
            invite_deleted: AuditLogInviteDeleted | Unset
            if isinstance(_invite_deleted, Unset):
                invite_deleted = UNSET
            else:
                invite_deleted = AuditLogInviteDeleted.from_dict(_invite_deleted)

        except LENIENT_ERRORS:
            invite_deleted = _raw_invite_deleted

        _raw_ip_allowlist_created = d.pop("ip_allowlist.created", UNSET)
        try:
            _ip_allowlist_created = _raw_ip_allowlist_created
            ip_allowlist_created: AuditLogIpAllowlistCreated | Unset
            if isinstance(_ip_allowlist_created, Unset):
                ip_allowlist_created = UNSET
            else:
                ip_allowlist_created = AuditLogIpAllowlistCreated.from_dict(_ip_allowlist_created)

        except LENIENT_ERRORS:
            ip_allowlist_created = _raw_ip_allowlist_created

        _raw_ip_allowlist_updated = d.pop("ip_allowlist.updated", UNSET)
        try:
            _ip_allowlist_updated = _raw_ip_allowlist_updated
            ip_allowlist_updated: AuditLogIpAllowlistUpdated | Unset
            if isinstance(_ip_allowlist_updated, Unset):
                ip_allowlist_updated = UNSET
            else:
                ip_allowlist_updated = AuditLogIpAllowlistUpdated.from_dict(_ip_allowlist_updated)

        except LENIENT_ERRORS:
            ip_allowlist_updated = _raw_ip_allowlist_updated

        _raw_ip_allowlist_deleted = d.pop("ip_allowlist.deleted", UNSET)
        try:
            _ip_allowlist_deleted = _raw_ip_allowlist_deleted
            ip_allowlist_deleted: AuditLogIpAllowlistDeleted | Unset
            if isinstance(_ip_allowlist_deleted, Unset):
                ip_allowlist_deleted = UNSET
            else:
                ip_allowlist_deleted = AuditLogIpAllowlistDeleted.from_dict(_ip_allowlist_deleted)

        except LENIENT_ERRORS:
            ip_allowlist_deleted = _raw_ip_allowlist_deleted

        _raw_ip_allowlist_config_activated = d.pop("ip_allowlist.config.activated", UNSET)
        try:
            _ip_allowlist_config_activated = _raw_ip_allowlist_config_activated
            ip_allowlist_config_activated: AuditLogIpAllowlistConfigActivated | Unset
            if isinstance(_ip_allowlist_config_activated, Unset):
                ip_allowlist_config_activated = UNSET
            else:
                ip_allowlist_config_activated = AuditLogIpAllowlistConfigActivated.from_dict(
                    _ip_allowlist_config_activated
                )

        except LENIENT_ERRORS:
            ip_allowlist_config_activated = _raw_ip_allowlist_config_activated

        _raw_ip_allowlist_config_deactivated = d.pop("ip_allowlist.config.deactivated", UNSET)
        try:
            _ip_allowlist_config_deactivated = _raw_ip_allowlist_config_deactivated
            ip_allowlist_config_deactivated: AuditLogIpAllowlistConfigDeactivated | Unset
            if isinstance(_ip_allowlist_config_deactivated, Unset):
                ip_allowlist_config_deactivated = UNSET
            else:
                ip_allowlist_config_deactivated = AuditLogIpAllowlistConfigDeactivated.from_dict(
                    _ip_allowlist_config_deactivated
                )

        except LENIENT_ERRORS:
            ip_allowlist_config_deactivated = _raw_ip_allowlist_config_deactivated

        _raw_login_succeeded = d.pop("login.succeeded", UNSET)
        try:
            _login_succeeded = _raw_login_succeeded
            login_succeeded: AuditLogLoginSucceeded | Unset
            if isinstance(_login_succeeded, Unset):
                login_succeeded = UNSET
            else:
                login_succeeded = AuditLogLoginSucceeded.from_dict(_login_succeeded)

        except LENIENT_ERRORS:
            login_succeeded = _raw_login_succeeded

        _raw_login_failed = d.pop("login.failed", UNSET)
        try:
            _login_failed = _raw_login_failed
            login_failed: AuditLogLoginFailed | Unset
            if isinstance(_login_failed, Unset):
                login_failed = UNSET
            else:
                login_failed = AuditLogLoginFailed.from_dict(_login_failed)

        except LENIENT_ERRORS:
            login_failed = _raw_login_failed

        _raw_logout_succeeded = d.pop("logout.succeeded", UNSET)
        try:
            _logout_succeeded = _raw_logout_succeeded
            logout_succeeded: AuditLogLogoutSucceeded | Unset
            if isinstance(_logout_succeeded, Unset):
                logout_succeeded = UNSET
            else:
                logout_succeeded = AuditLogLogoutSucceeded.from_dict(_logout_succeeded)

        except LENIENT_ERRORS:
            logout_succeeded = _raw_logout_succeeded

        _raw_logout_failed = d.pop("logout.failed", UNSET)
        try:
            _logout_failed = _raw_logout_failed
            logout_failed: AuditLogLogoutFailed | Unset
            if isinstance(_logout_failed, Unset):
                logout_failed = UNSET
            else:
                logout_failed = AuditLogLogoutFailed.from_dict(_logout_failed)

        except LENIENT_ERRORS:
            logout_failed = _raw_logout_failed

        _raw_organization_updated = d.pop("organization.updated", UNSET)
        try:
            _organization_updated = _raw_organization_updated
            organization_updated: AuditLogOrganizationUpdated | Unset
            if isinstance(_organization_updated, Unset):
                organization_updated = UNSET
            else:
                organization_updated = AuditLogOrganizationUpdated.from_dict(_organization_updated)

        except LENIENT_ERRORS:
            organization_updated = _raw_organization_updated

        _raw_project_created = d.pop("project.created", UNSET)
        try:
            _project_created = _raw_project_created
            project_created: AuditLogProjectCreated | Unset
            if isinstance(_project_created, Unset):
                project_created = UNSET
            else:
                project_created = AuditLogProjectCreated.from_dict(_project_created)

        except LENIENT_ERRORS:
            project_created = _raw_project_created

        _raw_project_updated = d.pop("project.updated", UNSET)
        try:
            _project_updated = _raw_project_updated
            project_updated: AuditLogProjectUpdated | Unset
            if isinstance(_project_updated, Unset):
                project_updated = UNSET
            else:
                project_updated = AuditLogProjectUpdated.from_dict(_project_updated)

        except LENIENT_ERRORS:
            project_updated = _raw_project_updated

        _raw_project_archived = d.pop("project.archived", UNSET)
        try:
            _project_archived = _raw_project_archived
            project_archived: AuditLogProjectArchived | Unset
            if isinstance(_project_archived, Unset):
                project_archived = UNSET
            else:
                project_archived = AuditLogProjectArchived.from_dict(_project_archived)

        except LENIENT_ERRORS:
            project_archived = _raw_project_archived

        _raw_project_deleted = d.pop("project.deleted", UNSET)
        try:
            _project_deleted = _raw_project_deleted
            project_deleted: AuditLogProjectDeleted | Unset
            if isinstance(_project_deleted, Unset):
                project_deleted = UNSET
            else:
                project_deleted = AuditLogProjectDeleted.from_dict(_project_deleted)

        except LENIENT_ERRORS:
            project_deleted = _raw_project_deleted

        _raw_rate_limit_updated = d.pop("rate_limit.updated", UNSET)
        try:
            _rate_limit_updated = _raw_rate_limit_updated
            rate_limit_updated: AuditLogRateLimitUpdated | Unset
            if isinstance(_rate_limit_updated, Unset):
                rate_limit_updated = UNSET
            else:
                rate_limit_updated = AuditLogRateLimitUpdated.from_dict(_rate_limit_updated)

        except LENIENT_ERRORS:
            rate_limit_updated = _raw_rate_limit_updated

        _raw_rate_limit_deleted = d.pop("rate_limit.deleted", UNSET)
        try:
            _rate_limit_deleted = _raw_rate_limit_deleted
            rate_limit_deleted: AuditLogRateLimitDeleted | Unset
            if isinstance(_rate_limit_deleted, Unset):
                rate_limit_deleted = UNSET
            else:
                rate_limit_deleted = AuditLogRateLimitDeleted.from_dict(_rate_limit_deleted)

        except LENIENT_ERRORS:
            rate_limit_deleted = _raw_rate_limit_deleted

        _raw_role_created = d.pop("role.created", UNSET)
        try:
            _role_created = _raw_role_created
            role_created: AuditLogRoleCreated | Unset
            if isinstance(_role_created, Unset):
                role_created = UNSET
            else:
                role_created = AuditLogRoleCreated.from_dict(_role_created)

        except LENIENT_ERRORS:
            role_created = _raw_role_created

        _raw_role_updated = d.pop("role.updated", UNSET)
        try:
            _role_updated = _raw_role_updated
            role_updated: AuditLogRoleUpdated | Unset
            if isinstance(_role_updated, Unset):
                role_updated = UNSET
            else:
                role_updated = AuditLogRoleUpdated.from_dict(_role_updated)

        except LENIENT_ERRORS:
            role_updated = _raw_role_updated

        _raw_role_deleted = d.pop("role.deleted", UNSET)
        try:
            _role_deleted = _raw_role_deleted
            role_deleted: AuditLogRoleDeleted | Unset
            if isinstance(_role_deleted, Unset):
                role_deleted = UNSET
            else:
                role_deleted = AuditLogRoleDeleted.from_dict(_role_deleted)

        except LENIENT_ERRORS:
            role_deleted = _raw_role_deleted

        _raw_role_assignment_created = d.pop("role.assignment.created", UNSET)
        try:
            _role_assignment_created = _raw_role_assignment_created
            role_assignment_created: AuditLogRoleAssignmentCreated | Unset
            if isinstance(_role_assignment_created, Unset):
                role_assignment_created = UNSET
            else:
                role_assignment_created = AuditLogRoleAssignmentCreated.from_dict(
                    _role_assignment_created
                )

        except LENIENT_ERRORS:
            role_assignment_created = _raw_role_assignment_created

        _raw_role_assignment_deleted = d.pop("role.assignment.deleted", UNSET)
        try:
            _role_assignment_deleted = _raw_role_assignment_deleted
            role_assignment_deleted: AuditLogRoleAssignmentDeleted | Unset
            if isinstance(_role_assignment_deleted, Unset):
                role_assignment_deleted = UNSET
            else:
                role_assignment_deleted = AuditLogRoleAssignmentDeleted.from_dict(
                    _role_assignment_deleted
                )

        except LENIENT_ERRORS:
            role_assignment_deleted = _raw_role_assignment_deleted

        _raw_service_account_created = d.pop("service_account.created", UNSET)
        try:
            _service_account_created = _raw_service_account_created
            service_account_created: AuditLogServiceAccountCreated | Unset
            if isinstance(_service_account_created, Unset):
                service_account_created = UNSET
            else:
                service_account_created = AuditLogServiceAccountCreated.from_dict(
                    _service_account_created
                )

        except LENIENT_ERRORS:
            service_account_created = _raw_service_account_created

        _raw_service_account_updated = d.pop("service_account.updated", UNSET)
        try:
            _service_account_updated = _raw_service_account_updated
            service_account_updated: AuditLogServiceAccountUpdated | Unset
            if isinstance(_service_account_updated, Unset):
                service_account_updated = UNSET
            else:
                service_account_updated = AuditLogServiceAccountUpdated.from_dict(
                    _service_account_updated
                )

        except LENIENT_ERRORS:
            service_account_updated = _raw_service_account_updated

        _raw_service_account_deleted = d.pop("service_account.deleted", UNSET)
        try:
            _service_account_deleted = _raw_service_account_deleted
            service_account_deleted: AuditLogServiceAccountDeleted | Unset
            if isinstance(_service_account_deleted, Unset):
                service_account_deleted = UNSET
            else:
                service_account_deleted = AuditLogServiceAccountDeleted.from_dict(
                    _service_account_deleted
                )

        except LENIENT_ERRORS:
            service_account_deleted = _raw_service_account_deleted

        _raw_user_added = d.pop("user.added", UNSET)
        try:
            _user_added = _raw_user_added
            user_added: AuditLogUserAdded | Unset
            if isinstance(_user_added, Unset):
                user_added = UNSET
            else:
                user_added = AuditLogUserAdded.from_dict(_user_added)

        except LENIENT_ERRORS:
            user_added = _raw_user_added

        _raw_user_updated = d.pop("user.updated", UNSET)
        try:
            _user_updated = _raw_user_updated
            user_updated: AuditLogUserUpdated | Unset
            if isinstance(_user_updated, Unset):
                user_updated = UNSET
            else:
                user_updated = AuditLogUserUpdated.from_dict(_user_updated)

        except LENIENT_ERRORS:
            user_updated = _raw_user_updated

        _raw_user_deleted = d.pop("user.deleted", UNSET)
        try:
            _user_deleted = _raw_user_deleted
            user_deleted: AuditLogUserDeleted | Unset
            if isinstance(_user_deleted, Unset):
                user_deleted = UNSET
            else:
                user_deleted = AuditLogUserDeleted.from_dict(_user_deleted)

        except LENIENT_ERRORS:
            user_deleted = _raw_user_deleted

        _raw_certificate_created = d.pop("certificate.created", UNSET)
        try:
            _certificate_created = _raw_certificate_created
            certificate_created: AuditLogCertificateCreated | Unset
            if isinstance(_certificate_created, Unset):
                certificate_created = UNSET
            else:
                certificate_created = AuditLogCertificateCreated.from_dict(_certificate_created)

        except LENIENT_ERRORS:
            certificate_created = _raw_certificate_created

        _raw_certificate_updated = d.pop("certificate.updated", UNSET)
        try:
            _certificate_updated = _raw_certificate_updated
            certificate_updated: AuditLogCertificateUpdated | Unset
            if isinstance(_certificate_updated, Unset):
                certificate_updated = UNSET
            else:
                certificate_updated = AuditLogCertificateUpdated.from_dict(_certificate_updated)

        except LENIENT_ERRORS:
            certificate_updated = _raw_certificate_updated

        _raw_certificate_deleted = d.pop("certificate.deleted", UNSET)
        try:
            _certificate_deleted = _raw_certificate_deleted
            certificate_deleted: AuditLogCertificateDeleted | Unset
            if isinstance(_certificate_deleted, Unset):
                certificate_deleted = UNSET
            else:
                certificate_deleted = AuditLogCertificateDeleted.from_dict(_certificate_deleted)

        except LENIENT_ERRORS:
            certificate_deleted = _raw_certificate_deleted

        _raw_certificates_activated = d.pop("certificates.activated", UNSET)
        try:
            _certificates_activated = _raw_certificates_activated
            certificates_activated: AuditLogCertificatesActivated | Unset
            if isinstance(_certificates_activated, Unset):
                certificates_activated = UNSET
            else:
                certificates_activated = AuditLogCertificatesActivated.from_dict(
                    _certificates_activated
                )

        except LENIENT_ERRORS:
            certificates_activated = _raw_certificates_activated

        _raw_certificates_deactivated = d.pop("certificates.deactivated", UNSET)
        try:
            _certificates_deactivated = _raw_certificates_deactivated
            certificates_deactivated: AuditLogCertificatesDeactivated | Unset
            if isinstance(_certificates_deactivated, Unset):
                certificates_deactivated = UNSET
            else:
                certificates_deactivated = AuditLogCertificatesDeactivated.from_dict(
                    _certificates_deactivated
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
