from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserUser")


def _parse_email(data: object) -> None | str | Unset:
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


def _parse_picture(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_enabled(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


def _parse_banned(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


def _parse_banned_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define
class UserUser:
    """Nested user details."""

    id: str
    object_: Literal["user"] = "user"
    email: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    picture: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    banned: bool | None | Unset = UNSET
    banned_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("user",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "email",
            "name",
            "picture",
            "enabled",
            "banned",
            "banned_at",
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
        if self.email is not UNSET:
            field_dict["email"] = to_json(self.email)
        if self.name is not UNSET:
            field_dict["name"] = to_json(self.name)
        if self.picture is not UNSET:
            field_dict["picture"] = to_json(self.picture)
        if self.enabled is not UNSET:
            field_dict["enabled"] = to_json(self.enabled)
        if self.banned is not UNSET:
            field_dict["banned"] = to_json(self.banned)
        if self.banned_at is not UNSET:
            field_dict["banned_at"] = to_json(self.banned_at)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"UserUser: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['user']", _raw_object_)
            if object_ != "user":
                raise ValueError(f"object must match const 'user', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", UNSET)

        _raw_email = d.pop("email", UNSET)
        try:
            email = _parse_email(_raw_email)

        except LENIENT_ERRORS:
            email = _raw_email

        _raw_name = d.pop("name", UNSET)
        try:
            name = _parse_name(_raw_name)

        except LENIENT_ERRORS:
            name = _raw_name

        _raw_picture = d.pop("picture", UNSET)
        try:
            picture = _parse_picture(_raw_picture)

        except LENIENT_ERRORS:
            picture = _raw_picture

        _raw_enabled = d.pop("enabled", UNSET)
        try:
            enabled = _parse_enabled(_raw_enabled)

        except LENIENT_ERRORS:
            enabled = _raw_enabled

        _raw_banned = d.pop("banned", UNSET)
        try:
            banned = _parse_banned(_raw_banned)

        except LENIENT_ERRORS:
            banned = _raw_banned

        _raw_banned_at = d.pop("banned_at", UNSET)
        try:
            banned_at = _parse_banned_at(_raw_banned_at)

        except LENIENT_ERRORS:
            banned_at = _raw_banned_at

        parsed_obj_ = cls(
            object_=object_,
            id=id,
            email=email,
            name=name,
            picture=picture,
            enabled=enabled,
            banned=banned,
            banned_at=banned_at,
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
