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
class ProjectUser(ApiModel):
    """Represents an individual user in a project."""

    id: str
    """ The identifier, which can be referenced in API endpoints """

    role: str
    """ `owner` or `member` """

    added_at: int
    """ The Unix timestamp (in seconds) of when the project was added. """

    object: Literal["organization.project.user"] = "organization.project.user"
    """ The object type, which is always `organization.project.user` """

    name: str | None = ABSENT
    """ The name of the user """

    email: str | None = ABSENT
    """ The email address of the user """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("added_at", "added_at"),
        ("object", "object"),
        ("role", "role"),
        ("email", "email"),
        ("name", "name"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.project.user']",
        "id": "str",
        "role": "str",
        "added_at": "int",
        "name": "None | str | Unset",
        "email": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.project.user",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "role",
        "added_at",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "role",
            "added_at",
            "name",
            "email",
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
        value_2 = self.added_at
        if value_2 is None:
            if "added_at" in present:
                out["added_at"] = None
        else:
            out["added_at"] = value_2
        value_3 = self.object
        if value_3 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_3
        value_4 = self.role
        if value_4 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_4
        value_5 = self.email
        if value_5 is None:
            if "email" in present:
                out["email"] = None
        else:
            out["email"] = to_json(value_5)
        value_6 = self.name
        if value_6 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = to_json(value_6)
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
        parsed_obj_.role = get_("role")
        parsed_obj_.added_at = get_("added_at")
        parsed_obj_.name = get_("name")
        parsed_obj_.email = get_("email")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
