from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.audit_log_event_type import AuditLogEventType
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_actor(data: object) -> AuditLogActor | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogActor._from_dict_(data)
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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = get_("id")
        parsed_obj_.type = get_("type")
        parsed_obj_.effective_at = get_("effective_at")
        project = get_("project")
        if project is not None:
            try:
                project = (
                    AuditLogProject._from_dict_(project)
                    if project.__class__ is dict
                    else AuditLogProject.from_dict(project)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.project = project
        _raw_actor = get_("actor", UNSET)
        if _raw_actor is not None and _raw_actor is not UNSET:
            try:
                actor = _parse_actor(_raw_actor)

            except LENIENT_ERRORS:
                actor = _raw_actor
        else:
            actor = _raw_actor
        parsed_obj_.actor = None if isinstance(actor, Unset) else actor
        api_key_created = get_("api_key.created")
        if api_key_created is not None:
            try:
                api_key_created = (
                    AuditLogApiKeyCreated._from_dict_(api_key_created)
                    if api_key_created.__class__ is dict
                    else AuditLogApiKeyCreated.from_dict(api_key_created)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.api_key_created = api_key_created
        api_key_updated = get_("api_key.updated")
        if api_key_updated is not None:
            try:
                api_key_updated = (
                    AuditLogApiKeyUpdated._from_dict_(api_key_updated)
                    if api_key_updated.__class__ is dict
                    else AuditLogApiKeyUpdated.from_dict(api_key_updated)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.api_key_updated = api_key_updated
        api_key_deleted = get_("api_key.deleted")
        if api_key_deleted is not None:
            try:
                api_key_deleted = (
                    AuditLogApiKeyDeleted._from_dict_(api_key_deleted)
                    if api_key_deleted.__class__ is dict
                    else AuditLogApiKeyDeleted.from_dict(api_key_deleted)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.api_key_deleted = api_key_deleted
        checkpoint_permission_created = get_("checkpoint.permission.created")
        if checkpoint_permission_created is not None:
            try:
                checkpoint_permission_created = (
                    AuditLogCheckpointPermissionCreated._from_dict_(checkpoint_permission_created)
                    if checkpoint_permission_created.__class__ is dict
                    else AuditLogCheckpointPermissionCreated.from_dict(
                        checkpoint_permission_created
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.checkpoint_permission_created = checkpoint_permission_created
        checkpoint_permission_deleted = get_("checkpoint.permission.deleted")
        if checkpoint_permission_deleted is not None:
            try:
                checkpoint_permission_deleted = (
                    AuditLogCheckpointPermissionDeleted._from_dict_(checkpoint_permission_deleted)
                    if checkpoint_permission_deleted.__class__ is dict
                    else AuditLogCheckpointPermissionDeleted.from_dict(
                        checkpoint_permission_deleted
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.checkpoint_permission_deleted = checkpoint_permission_deleted
        external_key_registered = get_("external_key.registered")
        if external_key_registered is not None:
            try:
                external_key_registered = (
                    AuditLogExternalKeyRegistered._from_dict_(external_key_registered)
                    if external_key_registered.__class__ is dict
                    else AuditLogExternalKeyRegistered.from_dict(external_key_registered)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.external_key_registered = external_key_registered
        external_key_removed = get_("external_key.removed")
        if external_key_removed is not None:
            try:
                external_key_removed = (
                    AuditLogExternalKeyRemoved._from_dict_(external_key_removed)
                    if external_key_removed.__class__ is dict
                    else AuditLogExternalKeyRemoved.from_dict(external_key_removed)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.external_key_removed = external_key_removed
        group_created = get_("group.created")
        if group_created is not None:
            try:
                group_created = (
                    AuditLogGroupCreated._from_dict_(group_created)
                    if group_created.__class__ is dict
                    else AuditLogGroupCreated.from_dict(group_created)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.group_created = group_created
        group_updated = get_("group.updated")
        if group_updated is not None:
            try:
                group_updated = (
                    AuditLogGroupUpdated._from_dict_(group_updated)
                    if group_updated.__class__ is dict
                    else AuditLogGroupUpdated.from_dict(group_updated)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.group_updated = group_updated
        group_deleted = get_("group.deleted")
        if group_deleted is not None:
            try:
                group_deleted = (
                    AuditLogGroupDeleted._from_dict_(group_deleted)
                    if group_deleted.__class__ is dict
                    else AuditLogGroupDeleted.from_dict(group_deleted)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.group_deleted = group_deleted
        scim_enabled = get_("scim.enabled")
        if scim_enabled is not None:
            try:
                scim_enabled = (
                    AuditLogScimEnabled._from_dict_(scim_enabled)
                    if scim_enabled.__class__ is dict
                    else AuditLogScimEnabled.from_dict(scim_enabled)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.scim_enabled = scim_enabled
        scim_disabled = get_("scim.disabled")
        if scim_disabled is not None:
            try:
                scim_disabled = (
                    AuditLogScimDisabled._from_dict_(scim_disabled)
                    if scim_disabled.__class__ is dict
                    else AuditLogScimDisabled.from_dict(scim_disabled)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.scim_disabled = scim_disabled
        invite_sent = get_("invite.sent")
        if invite_sent is not None:
            try:
                invite_sent = (
                    AuditLogInviteSent._from_dict_(invite_sent)
                    if invite_sent.__class__ is dict
                    else AuditLogInviteSent.from_dict(invite_sent)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.invite_sent = invite_sent
        invite_accepted = get_("invite.accepted")
        if invite_accepted is not None:
            try:
                invite_accepted = (
                    AuditLogInviteAccepted._from_dict_(invite_accepted)
                    if invite_accepted.__class__ is dict
                    else AuditLogInviteAccepted.from_dict(invite_accepted)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.invite_accepted = invite_accepted
        invite_deleted = get_("invite.deleted")
        if invite_deleted is not None:
            try:
                invite_deleted = (
                    AuditLogInviteDeleted._from_dict_(invite_deleted)
                    if invite_deleted.__class__ is dict
                    else AuditLogInviteDeleted.from_dict(invite_deleted)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.invite_deleted = invite_deleted
        ip_allowlist_created = get_("ip_allowlist.created")
        if ip_allowlist_created is not None:
            try:
                ip_allowlist_created = (
                    AuditLogIpAllowlistCreated._from_dict_(ip_allowlist_created)
                    if ip_allowlist_created.__class__ is dict
                    else AuditLogIpAllowlistCreated.from_dict(ip_allowlist_created)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.ip_allowlist_created = ip_allowlist_created
        ip_allowlist_updated = get_("ip_allowlist.updated")
        if ip_allowlist_updated is not None:
            try:
                ip_allowlist_updated = (
                    AuditLogIpAllowlistUpdated._from_dict_(ip_allowlist_updated)
                    if ip_allowlist_updated.__class__ is dict
                    else AuditLogIpAllowlistUpdated.from_dict(ip_allowlist_updated)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.ip_allowlist_updated = ip_allowlist_updated
        ip_allowlist_deleted = get_("ip_allowlist.deleted")
        if ip_allowlist_deleted is not None:
            try:
                ip_allowlist_deleted = (
                    AuditLogIpAllowlistDeleted._from_dict_(ip_allowlist_deleted)
                    if ip_allowlist_deleted.__class__ is dict
                    else AuditLogIpAllowlistDeleted.from_dict(ip_allowlist_deleted)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.ip_allowlist_deleted = ip_allowlist_deleted
        ip_allowlist_config_activated = get_("ip_allowlist.config.activated")
        if ip_allowlist_config_activated is not None:
            try:
                ip_allowlist_config_activated = (
                    AuditLogIpAllowlistConfigActivated._from_dict_(ip_allowlist_config_activated)
                    if ip_allowlist_config_activated.__class__ is dict
                    else AuditLogIpAllowlistConfigActivated.from_dict(ip_allowlist_config_activated)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.ip_allowlist_config_activated = ip_allowlist_config_activated
        ip_allowlist_config_deactivated = get_("ip_allowlist.config.deactivated")
        if ip_allowlist_config_deactivated is not None:
            try:
                ip_allowlist_config_deactivated = (
                    AuditLogIpAllowlistConfigDeactivated._from_dict_(
                        ip_allowlist_config_deactivated
                    )
                    if ip_allowlist_config_deactivated.__class__ is dict
                    else AuditLogIpAllowlistConfigDeactivated.from_dict(
                        ip_allowlist_config_deactivated
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.ip_allowlist_config_deactivated = ip_allowlist_config_deactivated
        login_succeeded = get_("login.succeeded")
        if login_succeeded is not None:
            try:
                login_succeeded = (
                    AuditLogLoginSucceeded._from_dict_(login_succeeded)
                    if login_succeeded.__class__ is dict
                    else AuditLogLoginSucceeded.from_dict(login_succeeded)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.login_succeeded = login_succeeded
        login_failed = get_("login.failed")
        if login_failed is not None:
            try:
                login_failed = (
                    AuditLogLoginFailed._from_dict_(login_failed)
                    if login_failed.__class__ is dict
                    else AuditLogLoginFailed.from_dict(login_failed)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.login_failed = login_failed
        logout_succeeded = get_("logout.succeeded")
        if logout_succeeded is not None:
            try:
                logout_succeeded = (
                    AuditLogLogoutSucceeded._from_dict_(logout_succeeded)
                    if logout_succeeded.__class__ is dict
                    else AuditLogLogoutSucceeded.from_dict(logout_succeeded)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.logout_succeeded = logout_succeeded
        logout_failed = get_("logout.failed")
        if logout_failed is not None:
            try:
                logout_failed = (
                    AuditLogLogoutFailed._from_dict_(logout_failed)
                    if logout_failed.__class__ is dict
                    else AuditLogLogoutFailed.from_dict(logout_failed)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.logout_failed = logout_failed
        organization_updated = get_("organization.updated")
        if organization_updated is not None:
            try:
                organization_updated = (
                    AuditLogOrganizationUpdated._from_dict_(organization_updated)
                    if organization_updated.__class__ is dict
                    else AuditLogOrganizationUpdated.from_dict(organization_updated)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.organization_updated = organization_updated
        project_created = get_("project.created")
        if project_created is not None:
            try:
                project_created = (
                    AuditLogProjectCreated._from_dict_(project_created)
                    if project_created.__class__ is dict
                    else AuditLogProjectCreated.from_dict(project_created)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.project_created = project_created
        project_updated = get_("project.updated")
        if project_updated is not None:
            try:
                project_updated = (
                    AuditLogProjectUpdated._from_dict_(project_updated)
                    if project_updated.__class__ is dict
                    else AuditLogProjectUpdated.from_dict(project_updated)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.project_updated = project_updated
        project_archived = get_("project.archived")
        if project_archived is not None:
            try:
                project_archived = (
                    AuditLogProjectArchived._from_dict_(project_archived)
                    if project_archived.__class__ is dict
                    else AuditLogProjectArchived.from_dict(project_archived)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.project_archived = project_archived
        project_deleted = get_("project.deleted")
        if project_deleted is not None:
            try:
                project_deleted = (
                    AuditLogProjectDeleted._from_dict_(project_deleted)
                    if project_deleted.__class__ is dict
                    else AuditLogProjectDeleted.from_dict(project_deleted)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.project_deleted = project_deleted
        rate_limit_updated = get_("rate_limit.updated")
        if rate_limit_updated is not None:
            try:
                rate_limit_updated = (
                    AuditLogRateLimitUpdated._from_dict_(rate_limit_updated)
                    if rate_limit_updated.__class__ is dict
                    else AuditLogRateLimitUpdated.from_dict(rate_limit_updated)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.rate_limit_updated = rate_limit_updated
        rate_limit_deleted = get_("rate_limit.deleted")
        if rate_limit_deleted is not None:
            try:
                rate_limit_deleted = (
                    AuditLogRateLimitDeleted._from_dict_(rate_limit_deleted)
                    if rate_limit_deleted.__class__ is dict
                    else AuditLogRateLimitDeleted.from_dict(rate_limit_deleted)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.rate_limit_deleted = rate_limit_deleted
        role_created = get_("role.created")
        if role_created is not None:
            try:
                role_created = (
                    AuditLogRoleCreated._from_dict_(role_created)
                    if role_created.__class__ is dict
                    else AuditLogRoleCreated.from_dict(role_created)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.role_created = role_created
        role_updated = get_("role.updated")
        if role_updated is not None:
            try:
                role_updated = (
                    AuditLogRoleUpdated._from_dict_(role_updated)
                    if role_updated.__class__ is dict
                    else AuditLogRoleUpdated.from_dict(role_updated)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.role_updated = role_updated
        role_deleted = get_("role.deleted")
        if role_deleted is not None:
            try:
                role_deleted = (
                    AuditLogRoleDeleted._from_dict_(role_deleted)
                    if role_deleted.__class__ is dict
                    else AuditLogRoleDeleted.from_dict(role_deleted)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.role_deleted = role_deleted
        role_assignment_created = get_("role.assignment.created")
        if role_assignment_created is not None:
            try:
                role_assignment_created = (
                    AuditLogRoleAssignmentCreated._from_dict_(role_assignment_created)
                    if role_assignment_created.__class__ is dict
                    else AuditLogRoleAssignmentCreated.from_dict(role_assignment_created)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.role_assignment_created = role_assignment_created
        role_assignment_deleted = get_("role.assignment.deleted")
        if role_assignment_deleted is not None:
            try:
                role_assignment_deleted = (
                    AuditLogRoleAssignmentDeleted._from_dict_(role_assignment_deleted)
                    if role_assignment_deleted.__class__ is dict
                    else AuditLogRoleAssignmentDeleted.from_dict(role_assignment_deleted)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.role_assignment_deleted = role_assignment_deleted
        service_account_created = get_("service_account.created")
        if service_account_created is not None:
            try:
                service_account_created = (
                    AuditLogServiceAccountCreated._from_dict_(service_account_created)
                    if service_account_created.__class__ is dict
                    else AuditLogServiceAccountCreated.from_dict(service_account_created)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.service_account_created = service_account_created
        service_account_updated = get_("service_account.updated")
        if service_account_updated is not None:
            try:
                service_account_updated = (
                    AuditLogServiceAccountUpdated._from_dict_(service_account_updated)
                    if service_account_updated.__class__ is dict
                    else AuditLogServiceAccountUpdated.from_dict(service_account_updated)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.service_account_updated = service_account_updated
        service_account_deleted = get_("service_account.deleted")
        if service_account_deleted is not None:
            try:
                service_account_deleted = (
                    AuditLogServiceAccountDeleted._from_dict_(service_account_deleted)
                    if service_account_deleted.__class__ is dict
                    else AuditLogServiceAccountDeleted.from_dict(service_account_deleted)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.service_account_deleted = service_account_deleted
        user_added = get_("user.added")
        if user_added is not None:
            try:
                user_added = (
                    AuditLogUserAdded._from_dict_(user_added)
                    if user_added.__class__ is dict
                    else AuditLogUserAdded.from_dict(user_added)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.user_added = user_added
        user_updated = get_("user.updated")
        if user_updated is not None:
            try:
                user_updated = (
                    AuditLogUserUpdated._from_dict_(user_updated)
                    if user_updated.__class__ is dict
                    else AuditLogUserUpdated.from_dict(user_updated)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.user_updated = user_updated
        user_deleted = get_("user.deleted")
        if user_deleted is not None:
            try:
                user_deleted = (
                    AuditLogUserDeleted._from_dict_(user_deleted)
                    if user_deleted.__class__ is dict
                    else AuditLogUserDeleted.from_dict(user_deleted)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.user_deleted = user_deleted
        certificate_created = get_("certificate.created")
        if certificate_created is not None:
            try:
                certificate_created = (
                    AuditLogCertificateCreated._from_dict_(certificate_created)
                    if certificate_created.__class__ is dict
                    else AuditLogCertificateCreated.from_dict(certificate_created)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.certificate_created = certificate_created
        certificate_updated = get_("certificate.updated")
        if certificate_updated is not None:
            try:
                certificate_updated = (
                    AuditLogCertificateUpdated._from_dict_(certificate_updated)
                    if certificate_updated.__class__ is dict
                    else AuditLogCertificateUpdated.from_dict(certificate_updated)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.certificate_updated = certificate_updated
        certificate_deleted = get_("certificate.deleted")
        if certificate_deleted is not None:
            try:
                certificate_deleted = (
                    AuditLogCertificateDeleted._from_dict_(certificate_deleted)
                    if certificate_deleted.__class__ is dict
                    else AuditLogCertificateDeleted.from_dict(certificate_deleted)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.certificate_deleted = certificate_deleted
        certificates_activated = get_("certificates.activated")
        if certificates_activated is not None:
            try:
                certificates_activated = (
                    AuditLogCertificatesActivated._from_dict_(certificates_activated)
                    if certificates_activated.__class__ is dict
                    else AuditLogCertificatesActivated.from_dict(certificates_activated)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.certificates_activated = certificates_activated
        certificates_deactivated = get_("certificates.deactivated")
        if certificates_deactivated is not None:
            try:
                certificates_deactivated = (
                    AuditLogCertificatesDeactivated._from_dict_(certificates_deactivated)
                    if certificates_deactivated.__class__ is dict
                    else AuditLogCertificatesDeactivated.from_dict(certificates_deactivated)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.certificates_deactivated = certificates_deactivated
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
