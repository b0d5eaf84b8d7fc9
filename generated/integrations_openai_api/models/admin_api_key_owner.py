from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminApiKeyOwner")


@_attrs_define
class AdminApiKeyOwner:
    type_: str | Unset = UNSET
    """ Always `user` """
    object_: str | Unset = UNSET
    """ The object type, which is always organization.user """
    id: str | Unset = UNSET
    """ The identifier, which can be referenced in API endpoints """
    name: str | Unset = UNSET
    """ The name of the user """
    created_at: int | Unset = UNSET
    """ The Unix timestamp (in seconds) of when the user was created """
    role: str | Unset = UNSET
    """ Always `owner` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "object",
            "id",
            "name",
            "created_at",
            "role",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.object_ is not UNSET:
            field_dict["object"] = self.object_
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.created_at is not UNSET:
            field_dict["created_at"] = self.created_at
        if self.role is not UNSET:
            field_dict["role"] = self.role
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AdminApiKeyOwner: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        object_ = d.pop("object", UNSET)

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        created_at = d.pop("created_at", UNSET)

        role = d.pop("role", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            object_=object_,
            id=id,
            name=name,
            created_at=created_at,
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
