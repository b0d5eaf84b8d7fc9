from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicCreateOrganizationRoleBody")


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class PublicCreateOrganizationRoleBody:
    """Request payload for creating a custom role."""

    role_name: str
    """ Unique name for the role. """
    permissions: list[str]
    """ Permissions to grant to the role. """
    description: None | str | Unset = UNSET
    """ Optional description of the role. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "role_name",
        "permissions",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role_name",
            "permissions",
            "description",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.role_name, Unset):
            field_dict["role_name"] = self.role_name
        if not isinstance(self.permissions, Unset):
            field_dict["permissions"] = to_json(self.permissions)
        if self.description is not UNSET:
            field_dict["description"] = to_json(self.description)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PublicCreateOrganizationRoleBody: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        role_name = d.pop("role_name", UNSET)

        _raw_permissions = d.pop("permissions", UNSET)
        try:
            permissions = cast("list[str]", _raw_permissions)

        except LENIENT_ERRORS:
            permissions = _raw_permissions

        _raw_description = d.pop("description", UNSET)
        try:
            description = _parse_description(_raw_description)

        except LENIENT_ERRORS:
            description = _raw_description

        parsed_obj_ = cls(
            role_name=role_name,
            permissions=permissions,
            description=description,
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
