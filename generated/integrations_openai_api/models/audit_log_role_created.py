from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogRoleCreated")


@_attrs_define
class AuditLogRoleCreated:
    """The details for events with this `type`."""

    id: str | Unset = UNSET
    """ The role ID. """
    role_name: str | Unset = UNSET
    """ The name of the role. """
    permissions: list[str] | Unset = UNSET
    """ The permissions granted by the role. """
    resource_type: str | Unset = UNSET
    """ The type of resource the role belongs to. """
    resource_id: str | Unset = UNSET
    """ The resource the role is scoped to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "role_name",
            "permissions",
            "resource_type",
            "resource_id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.role_name is not UNSET:
            field_dict["role_name"] = self.role_name
        if self.permissions is not UNSET:
            field_dict["permissions"] = to_json(self.permissions)
        if self.resource_type is not UNSET:
            field_dict["resource_type"] = self.resource_type
        if self.resource_id is not UNSET:
            field_dict["resource_id"] = self.resource_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AuditLogRoleCreated: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        role_name = d.pop("role_name", UNSET)

        _raw_permissions = d.pop("permissions", UNSET)
        try:
            permissions = cast("list[str]", _raw_permissions)

        except LENIENT_ERRORS:
            permissions = _raw_permissions

        resource_type = d.pop("resource_type", UNSET)

        resource_id = d.pop("resource_id", UNSET)

        parsed_obj_ = cls(
            id=id,
            role_name=role_name,
            permissions=permissions,
            resource_type=resource_type,
            resource_id=resource_id,
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
