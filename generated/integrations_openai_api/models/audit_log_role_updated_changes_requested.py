from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_role_updated_changes_requested_metadata import (
        AuditLogRoleUpdatedChangesRequestedMetadata,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AuditLogRoleUpdatedChangesRequestedMetadata
    from ..models.audit_log_role_updated_changes_requested_metadata import (
        AuditLogRoleUpdatedChangesRequestedMetadata,  # noqa: PLC0415
    )

    _lazy_loaded = True


def _parse_role_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_resource_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_resource_type(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_permissions_added(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        permissions_added_type_0 = cast("list[str]", data)

        return permissions_added_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


def _parse_permissions_removed(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        permissions_removed_type_0 = cast("list[str]", data)

        return permissions_removed_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_metadata(data: object) -> AuditLogRoleUpdatedChangesRequestedMetadata | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AuditLogRoleUpdatedChangesRequestedMetadata.from_dict(data)
    return cast("AuditLogRoleUpdatedChangesRequestedMetadata | None | Unset", data)


@_attrs_define(repr=False)
class AuditLogRoleUpdatedChangesRequested(ApiModel):
    """The payload used to update the role."""

    role_name: str | None = ABSENT
    """ The updated role name, when provided. """

    resource_id: str | None = ABSENT
    """ The resource the role is scoped to. """

    resource_type: str | None = ABSENT
    """ The type of resource the role belongs to. """

    permissions_added: list[str] | None = ABSENT
    """ The permissions added to the role. """

    permissions_removed: list[str] | None = ABSENT
    """ The permissions removed from the role. """

    description: str | None = ABSENT
    """ The updated role description, when provided. """

    metadata: AuditLogRoleUpdatedChangesRequestedMetadata | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role_name", "role_name"),
        ("resource_id", "resource_id"),
        ("resource_type", "resource_type"),
        ("permissions_added", "permissions_added"),
        ("permissions_removed", "permissions_removed"),
        ("description", "description"),
        ("metadata", "metadata"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "role_name": "None | str | Unset",
        "resource_id": "None | str | Unset",
        "resource_type": "None | str | Unset",
        "permissions_added": "list[str] | None | Unset",
        "permissions_removed": "list[str] | None | Unset",
        "description": "None | str | Unset",
        "metadata": "AuditLogRoleUpdatedChangesRequestedMetadata | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role_name",
            "resource_id",
            "resource_type",
            "permissions_added",
            "permissions_removed",
            "description",
            "metadata",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_role_name = d.pop("role_name", UNSET)
        try:
            role_name = _parse_role_name(_raw_role_name)

        except LENIENT_ERRORS:
            role_name = _raw_role_name

        _raw_resource_id = d.pop("resource_id", UNSET)
        try:
            resource_id = _parse_resource_id(_raw_resource_id)

        except LENIENT_ERRORS:
            resource_id = _raw_resource_id

        _raw_resource_type = d.pop("resource_type", UNSET)
        try:
            resource_type = _parse_resource_type(_raw_resource_type)

        except LENIENT_ERRORS:
            resource_type = _raw_resource_type

        _raw_permissions_added = d.pop("permissions_added", UNSET)
        try:
            permissions_added = _parse_permissions_added(_raw_permissions_added)

        except LENIENT_ERRORS:
            permissions_added = _raw_permissions_added

        _raw_permissions_removed = d.pop("permissions_removed", UNSET)
        try:
            permissions_removed = _parse_permissions_removed(_raw_permissions_removed)

        except LENIENT_ERRORS:
            permissions_removed = _raw_permissions_removed

        _raw_description = d.pop("description", UNSET)
        try:
            description = _parse_description(_raw_description)

        except LENIENT_ERRORS:
            description = _raw_description

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.role_name = None if isinstance(role_name, Unset) else role_name
        parsed_obj_.resource_id = None if isinstance(resource_id, Unset) else resource_id
        parsed_obj_.resource_type = None if isinstance(resource_type, Unset) else resource_type
        parsed_obj_.permissions_added = (
            None if isinstance(permissions_added, Unset) else permissions_added
        )
        parsed_obj_.permissions_removed = (
            None if isinstance(permissions_removed, Unset) else permissions_removed
        )
        parsed_obj_.description = None if isinstance(description, Unset) else description
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
