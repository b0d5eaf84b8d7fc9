from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectServiceAccountApiKey")


@_attrs_define
class ProjectServiceAccountApiKey:
    value: str
    name: str
    created_at: int
    id: str
    object_: Literal["organization.project.service_account.api_key"] = (
        "organization.project.service_account.api_key"
    )
    """ The object type, which is always `organization.project.service_account.api_key` """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.project.service_account.api_key",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "value",
        "name",
        "created_at",
        "id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "value",
            "name",
            "created_at",
            "id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.value, Unset):
            field_dict["value"] = self.value
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ProjectServiceAccountApiKey: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['organization.project.service_account.api_key']", _raw_object_)
            if object_ != "organization.project.service_account.api_key":
                raise ValueError(
                    f"object must match const 'organization.project.service_account.api_key', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        value = d.pop("value", UNSET)

        name = d.pop("name", UNSET)

        created_at = d.pop("created_at", UNSET)

        id = d.pop("id", UNSET)

        parsed_obj_ = cls(
            object_=object_,
            value=value,
            name=name,
            created_at=created_at,
            id=id,
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
