from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = get_("object")
        parsed_obj_.id = get_("id")
        parsed_obj_.email = get_("email")
        parsed_obj_.name = get_("name")
        parsed_obj_.picture = get_("picture")
        parsed_obj_.enabled = get_("enabled")
        parsed_obj_.banned = get_("banned")
        parsed_obj_.banned_at = get_("banned_at")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
