from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicUpdateOrganizationRoleBody")


def _parse_permissions(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        permissions_type_0 = cast("list[str]", data)

        return permissions_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_role_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class PublicUpdateOrganizationRoleBody:
    """Request payload for updating an existing role."""

    permissions: list[str] | None | Unset = UNSET
    """ Updated set of permissions for the role. """
    description: None | str | Unset = UNSET
    """ New description for the role. """
    role_name: None | str | Unset = UNSET
    """ New name for the role. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "permissions",
            "description",
            "role_name",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.permissions is not UNSET:
            field_dict["permissions"] = to_json(self.permissions)
        if self.description is not UNSET:
            field_dict["description"] = to_json(self.description)
        if self.role_name is not UNSET:
            field_dict["role_name"] = to_json(self.role_name)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PublicUpdateOrganizationRoleBody: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_permissions = d.pop("permissions", UNSET)
        try:
            permissions = _parse_permissions(_raw_permissions)

        except LENIENT_ERRORS:
            permissions = _raw_permissions

        _raw_description = d.pop("description", UNSET)
        try:
            description = _parse_description(_raw_description)

        except LENIENT_ERRORS:
            description = _raw_description

        _raw_role_name = d.pop("role_name", UNSET)
        try:
            role_name = _parse_role_name(_raw_role_name)

        except LENIENT_ERRORS:
            role_name = _raw_role_name

        parsed_obj_ = cls(
            permissions=permissions,
            description=description,
            role_name=role_name,
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
