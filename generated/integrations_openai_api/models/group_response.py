from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.group_response_group_type import (
    GroupResponseGroupType,
    check_group_response_group_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupResponse")


@_attrs_define
class GroupResponse:
    """Details about an organization group."""

    id: str
    """ Identifier for the group. """
    name: str
    """ Display name of the group. """
    created_at: int
    """ Unix timestamp (in seconds) when the group was created. """
    is_scim_managed: bool
    """ Whether the group is managed through SCIM and controlled by your identity provider. """
    group_type: GroupResponseGroupType
    """ The type of the group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "group_type": (
            "group",
            "tenant_group",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "created_at",
        "is_scim_managed",
        "group_type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
            "created_at",
            "is_scim_managed",
            "group_type",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.is_scim_managed, Unset):
            field_dict["is_scim_managed"] = self.is_scim_managed
        if not isinstance(self.group_type, Unset):
            field_dict["group_type"] = self.group_type
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"GroupResponse: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        created_at = d.pop("created_at", UNSET)

        is_scim_managed = d.pop("is_scim_managed", UNSET)

        _raw_group_type = d.pop("group_type", UNSET)
        try:
            group_type = check_group_response_group_type(_raw_group_type)

        except LENIENT_ERRORS:
            group_type = _raw_group_type

        parsed_obj_ = cls(
            id=id,
            name=name,
            created_at=created_at,
            is_scim_managed=is_scim_managed,
            group_type=group_type,
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
