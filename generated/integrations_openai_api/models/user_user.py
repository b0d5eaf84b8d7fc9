from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ABSENT, ApiModel


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
        object_ = d.pop("object", None)

        id = d.pop("id", None)

        email = d.pop("email", None)

        name = d.pop("name", None)

        picture = d.pop("picture", None)

        enabled = d.pop("enabled", None)

        banned = d.pop("banned", None)

        banned_at = d.pop("banned_at", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.id = id
        parsed_obj_.email = email
        parsed_obj_.name = name
        parsed_obj_.picture = picture
        parsed_obj_.enabled = enabled
        parsed_obj_.banned = banned
        parsed_obj_.banned_at = banned_at
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
