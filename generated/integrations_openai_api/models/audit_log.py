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


def _parse_actor(data: object) -> AuditLogActor | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogActor.from_dict(data)
    return cast("AuditLogActor | None | Unset", data)


@_attrs_define
class AuditLog:
    """A log of a user action or configuration change within this organization."""

    id: str
    """ The ID of this log. """
    type_: AuditLogEventType
    """ The event type. """
    effective_at: int
    """ The Unix timestamp (in seconds) of the event. """
    project: AuditLogProject | Unset = UNSET
    """ The project that the action was scoped to. Absent for actions not scoped to projects. Note that any admin
    actions taken via Admin API keys are associated with the default project. """
    actor: AuditLogActor | None | Unset = UNSET
    api_key_created: AuditLogApiKeyCreated | Unset = UNSET
    """ The details for events with this `type`. """
    api_key_updated: AuditLogApiKeyUpdated | Unset = UNSET
    """ The details for events with this `type`. """
    api_key_deleted: AuditLogApiKeyDeleted | Unset = UNSET
    """ The details for events with this `type`. """
    checkpoint_permission_created: AuditLogCheckpointPermissionCreated | Unset = UNSET
    """ The project and fine-tuned model checkpoint that the checkpoint permission was created for. """
    checkpoint_permission_deleted: AuditLogCheckpointPermissionDeleted | Unset = UNSET
    """ The details for events with this `type`. """
    external_key_registered: AuditLogExternalKeyRegistered | Unset = UNSET
    """ The details for events with this `type`. """
    external_key_removed: AuditLogExternalKeyRemoved | Unset = UNSET
    """ The details for events with this `type`. """
    group_created: AuditLogGroupCreated | Unset = UNSET
    """ The details for events with this `type`. """
    group_updated: AuditLogGroupUpdated | Unset = UNSET
    """ The details for events with this `type`. """
    group_deleted: AuditLogGroupDeleted | Unset = UNSET
    """ The details for events with this `type`. """
    scim_enabled: AuditLogScimEnabled | Unset = UNSET
    """ The details for events with this `type`. """
    scim_disabled: AuditLogScimDisabled | Unset = UNSET
    """ The details for events with this `type`. """
    invite_sent: AuditLogInviteSent | Unset = UNSET
    """ The details for events with this `type`. """
    invite_accepted: AuditLogInviteAccepted | Unset = UNSET
    """ The details for events with this `type`. """
    invite_deleted: AuditLogInviteDeleted | Unset = UNSET
    """ The details for events with this `type`. """
    ip_allowlist_created: AuditLogIpAllowlistCreated | Unset = UNSET
    """ The details for events with this `type`. """
    ip_allowlist_updated: AuditLogIpAllowlistUpdated | Unset = UNSET
    """ The details for events with this `type`. """
    ip_allowlist_deleted: AuditLogIpAllowlistDeleted | Unset = UNSET
    """ The details for events with this `type`. """
    ip_allowlist_config_activated: AuditLogIpAllowlistConfigActivated | Unset = UNSET
    """ The details for events with this `type`. """
    ip_allowlist_config_deactivated: AuditLogIpAllowlistConfigDeactivated | Unset = UNSET
    """ The details for events with this `type`. """
    login_succeeded: AuditLogLoginSucceeded | Unset = UNSET
    """ This event has no additional fields beyond the standard audit log attributes. """
    login_failed: AuditLogLoginFailed | Unset = UNSET
    """ The details for events with this `type`. """
    logout_succeeded: AuditLogLogoutSucceeded | Unset = UNSET
    """ This event has no additional fields beyond the standard audit log attributes. """
    logout_failed: AuditLogLogoutFailed | Unset = UNSET
    """ The details for events with this `type`. """
    organization_updated: AuditLogOrganizationUpdated | Unset = UNSET
    """ The details for events with this `type`. """
    project_created: AuditLogProjectCreated | Unset = UNSET
    """ The details for events with this `type`. """
    project_updated: AuditLogProjectUpdated | Unset = UNSET
    """ The details for events with this `type`. """
    project_archived: AuditLogProjectArchived | Unset = UNSET
    """ The details for events with this `type`. """
    project_deleted: AuditLogProjectDeleted | Unset = UNSET
    """ The details for events with this `type`. """
    rate_limit_updated: AuditLogRateLimitUpdated | Unset = UNSET
    """ The details for events with this `type`. """
    rate_limit_deleted: AuditLogRateLimitDeleted | Unset = UNSET
    """ The details for events with this `type`. """
    role_created: AuditLogRoleCreated | Unset = UNSET
    """ The details for events with this `type`. """
    role_updated: AuditLogRoleUpdated | Unset = UNSET
    """ The details for events with this `type`. """
    role_deleted: AuditLogRoleDeleted | Unset = UNSET
    """ The details for events with this `type`. """
    role_assignment_created: AuditLogRoleAssignmentCreated | Unset = UNSET
    """ The details for events with this `type`. """
    role_assignment_deleted: AuditLogRoleAssignmentDeleted | Unset = UNSET
    """ The details for events with this `type`. """
    service_account_created: AuditLogServiceAccountCreated | Unset = UNSET
    """ The details for events with this `type`. """
    service_account_updated: AuditLogServiceAccountUpdated | Unset = UNSET
    """ The details for events with this `type`. """
    service_account_deleted: AuditLogServiceAccountDeleted | Unset = UNSET
    """ The details for events with this `type`. """
    user_added: AuditLogUserAdded | Unset = UNSET
    """ The details for events with this `type`. """
    user_updated: AuditLogUserUpdated | Unset = UNSET
    """ The details for events with this `type`. """
    user_deleted: AuditLogUserDeleted | Unset = UNSET
    """ The details for events with this `type`. """
    certificate_created: AuditLogCertificateCreated | Unset = UNSET
    """ The details for events with this `type`. """
    certificate_updated: AuditLogCertificateUpdated | Unset = UNSET
    """ The details for events with this `type`. """
    certificate_deleted: AuditLogCertificateDeleted | Unset = UNSET
    """ The details for events with this `type`. """
    certificates_activated: AuditLogCertificatesActivated | Unset = UNSET
    """ The details for events with this `type`. """
    certificates_deactivated: AuditLogCertificatesDeactivated | Unset = UNSET
    """ The details for events with this `type`. """
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
            _project = _raw_project
            project: AuditLogProject | Unset
            if isinstance(_project, Unset):
                project = UNSET
            else:
                project = AuditLogProject.from_dict(_project)

        except LENIENT_ERRORS:
            project = _raw_project

        _raw_actor = d.pop("actor", UNSET)
        try:
            actor = _parse_actor(_raw_actor)

        except LENIENT_ERRORS:
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
