from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.invite_projects_item_role import (
    InviteProjectsItemRole,
    check_invite_projects_item_role,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="InviteProjectsItem")


@_attrs_define
class InviteProjectsItem:
    id: str
    """ Project's public ID """
    role: InviteProjectsItemRole
    """ Project membership role """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": (
            "member",
            "owner",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "role",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "role",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.role, Unset):
            field_dict["role"] = self.role
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"InviteProjectsItem: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_role = d.pop("role", UNSET)
        try:
            role = check_invite_projects_item_role(_raw_role)

        except LENIENT_ERRORS:
            role = _raw_role

        parsed_obj_ = cls(
            id=id,
            role=role,
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
