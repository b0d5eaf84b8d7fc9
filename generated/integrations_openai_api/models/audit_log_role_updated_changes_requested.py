from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="AuditLogRoleUpdatedChangesRequested")


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


@_attrs_define
class AuditLogRoleUpdatedChangesRequested:
    """The payload used to update the role."""

    role_name: None | str | Unset = UNSET
    """ The updated role name, when provided. """
    resource_id: None | str | Unset = UNSET
    """ The resource the role is scoped to. """
    resource_type: None | str | Unset = UNSET
    """ The type of resource the role belongs to. """
    permissions_added: list[str] | None | Unset = UNSET
    """ The permissions added to the role. """
    permissions_removed: list[str] | None | Unset = UNSET
    """ The permissions removed from the role. """
    description: None | str | Unset = UNSET
    """ The updated role description, when provided. """
    metadata: AuditLogRoleUpdatedChangesRequestedMetadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.role_name is not UNSET:
            field_dict["role_name"] = to_json(self.role_name)
        if self.resource_id is not UNSET:
            field_dict["resource_id"] = to_json(self.resource_id)
        if self.resource_type is not UNSET:
            field_dict["resource_type"] = to_json(self.resource_type)
        if self.permissions_added is not UNSET:
            field_dict["permissions_added"] = to_json(self.permissions_added)
        if self.permissions_removed is not UNSET:
            field_dict["permissions_removed"] = to_json(self.permissions_removed)
        if self.description is not UNSET:
            field_dict["description"] = to_json(self.description)
        if self.metadata is not UNSET:
            field_dict["metadata"] = to_json(self.metadata)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AuditLogRoleUpdatedChangesRequested: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
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

        parsed_obj_ = cls(
            role_name=role_name,
            resource_id=resource_id,
            resource_type=resource_type,
            permissions_added=permissions_added,
            permissions_removed=permissions_removed,
            description=description,
            metadata=metadata,
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
