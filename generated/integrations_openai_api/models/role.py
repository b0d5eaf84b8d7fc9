from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="Role")


def _parse_description(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define
class Role:
    """Details about a role that can be assigned through the public Roles API."""

    id: str
    """ Identifier for the role. """
    name: str
    """ Unique name for the role. """
    description: None | str
    """ Optional description of the role. """
    permissions: list[str]
    """ Permissions granted by the role. """
    resource_type: str
    """ Resource type the role is bound to (for example `api.organization` or `api.project`). """
    predefined_role: bool
    """ Whether the role is predefined and managed by OpenAI. """
    object_: Literal["role"] = "role"
    """ Always `role`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("role",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "name",
        "description",
        "permissions",
        "resource_type",
        "predefined_role",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "name",
            "description",
            "permissions",
            "resource_type",
            "predefined_role",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.description, Unset):
            field_dict["description"] = to_json(self.description)
        if not isinstance(self.permissions, Unset):
            field_dict["permissions"] = to_json(self.permissions)
        if not isinstance(self.resource_type, Unset):
            field_dict["resource_type"] = self.resource_type
        if not isinstance(self.predefined_role, Unset):
            field_dict["predefined_role"] = self.predefined_role
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"Role: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['role']", _raw_object_)
            if object_ != "role":
                raise ValueError(f"object must match const 'role', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _raw_description = d.pop("description", UNSET)
        try:
            description = _parse_description(_raw_description)

        except LENIENT_ERRORS:
            description = _raw_description

        _raw_permissions = d.pop("permissions", UNSET)
        try:
            permissions = cast("list[str]", _raw_permissions)

        except LENIENT_ERRORS:
            permissions = _raw_permissions

        resource_type = d.pop("resource_type", UNSET)

        predefined_role = d.pop("predefined_role", UNSET)

        parsed_obj_ = cls(
            object_=object_,
            id=id,
            name=name,
            description=description,
            permissions=permissions,
            resource_type=resource_type,
            predefined_role=predefined_role,
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
