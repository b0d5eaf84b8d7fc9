from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminApiKeyOwner")


def _parse_type_(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_object_(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_created_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_role(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class AdminApiKeyOwner:
    type_: None | str | Unset = UNSET
    """ Always `user` """
    object_: None | str | Unset = UNSET
    """ The object type, which is always organization.user """
    id: None | str | Unset = UNSET
    """ The identifier, which can be referenced in API endpoints """
    name: None | str | Unset = UNSET
    """ The name of the user """
    created_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) of when the user was created """
    role: None | str | Unset = UNSET
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
            field_dict["type"] = to_json(self.type_)
        if self.object_ is not UNSET:
            field_dict["object"] = to_json(self.object_)
        if self.id is not UNSET:
            field_dict["id"] = to_json(self.id)
        if self.name is not UNSET:
            field_dict["name"] = to_json(self.name)
        if self.created_at is not UNSET:
            field_dict["created_at"] = to_json(self.created_at)
        if self.role is not UNSET:
            field_dict["role"] = to_json(self.role)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AdminApiKeyOwner: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = _parse_type_(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = _parse_object_(_raw_object_)

        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_id = d.pop("id", UNSET)
        try:
            id = _parse_id(_raw_id)

        except LENIENT_ERRORS:
            id = _raw_id

        _raw_name = d.pop("name", UNSET)
        try:
            name = _parse_name(_raw_name)

        except LENIENT_ERRORS:
            name = _raw_name

        _raw_created_at = d.pop("created_at", UNSET)
        try:
            created_at = _parse_created_at(_raw_created_at)

        except LENIENT_ERRORS:
            created_at = _raw_created_at

        _raw_role = d.pop("role", UNSET)
        try:
            role = _parse_role(_raw_role)

        except LENIENT_ERRORS:
            role = _raw_role

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
