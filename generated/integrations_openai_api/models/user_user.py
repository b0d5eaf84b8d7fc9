from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


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


@_attrs_define(repr=False)
class UserUser(ApiModel):
    """Nested user details."""

    id: str

    object: Literal["user"] = "user"

    email: str | None = ABSENT

    name: str | None = ABSENT

    picture: str | None = ABSENT

    enabled: bool | None = ABSENT

    banned: bool | None = ABSENT

    banned_at: int | None = ABSENT

    _sdk_name_: ClassVar[str] = "User"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("object", "object"),
        ("banned", "banned"),
        ("banned_at", "banned_at"),
        ("email", "email"),
        ("enabled", "enabled"),
        ("name", "name"),
        ("picture", "picture"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['user']",
        "id": "str",
        "email": "None | str | Unset",
        "name": "None | str | Unset",
        "picture": "None | str | Unset",
        "enabled": "bool | None | Unset",
        "banned": "bool | None | Unset",
        "banned_at": "int | None | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.object
        if value_2 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_2
        value_3 = self.banned
        if value_3 is None:
            if "banned" in present:
                out["banned"] = None
        else:
            out["banned"] = to_json(value_3)
        value_4 = self.banned_at
        if value_4 is None:
            if "banned_at" in present:
                out["banned_at"] = None
        else:
            out["banned_at"] = to_json(value_4)
        value_5 = self.email
        if value_5 is None:
            if "email" in present:
                out["email"] = None
        else:
            out["email"] = to_json(value_5)
        value_6 = self.enabled
        if value_6 is None:
            if "enabled" in present:
                out["enabled"] = None
        else:
            out["enabled"] = to_json(value_6)
        value_7 = self.name
        if value_7 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = to_json(value_7)
        value_8 = self.picture
        if value_8 is None:
            if "picture" in present:
                out["picture"] = None
        else:
            out["picture"] = to_json(value_8)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["user"]', _raw_object_)
            if object_ != "user":
                raise ValueError(f"object must match const 'user', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", None)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.id = id
        parsed_obj_.email = None if isinstance(email, Unset) else email
        parsed_obj_.name = None if isinstance(name, Unset) else name
        parsed_obj_.picture = None if isinstance(picture, Unset) else picture
        parsed_obj_.enabled = None if isinstance(enabled, Unset) else enabled
        parsed_obj_.banned = None if isinstance(banned, Unset) else banned
        parsed_obj_.banned_at = None if isinstance(banned_at, Unset) else banned_at
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
