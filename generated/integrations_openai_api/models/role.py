from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class Role(ApiModel):
    """Details about a role that can be assigned through the public Roles API."""

    id: str
    """ Identifier for the role. """

    name: str
    """ Unique name for the role. """

    permissions: list[str]
    """ Permissions granted by the role. """

    resource_type: str
    """ Resource type the role is bound to (for example `api.organization` or `api.project`). """

    predefined_role: bool
    """ Whether the role is predefined and managed by OpenAI. """

    object: Literal["role"] = "role"
    """ Always `role`. """

    description: str | None = ABSENT
    """ Optional description of the role. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("description", "description"),
        ("name", "name"),
        ("object", "object"),
        ("permissions", "permissions"),
        ("predefined_role", "predefined_role"),
        ("resource_type", "resource_type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['role']",
        "id": "str",
        "name": "str",
        "description": "None | str",
        "permissions": "list[str]",
        "resource_type": "str",
        "predefined_role": "bool",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("role",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "name",
        "description",
        "permissions",
        "resource_type",
        "predefined_role",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "name",
            "description",
            "permissions",
            "resource_type",
            "predefined_role",
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
        value_2 = self.description
        if value_2 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = to_json(value_2)
        value_3 = self.name
        if value_3 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_3
        value_4 = self.object
        if value_4 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_4
        value_5 = self.permissions
        if value_5 is None:
            if "permissions" in present:
                out["permissions"] = None
        elif value_5 or not isinstance(value_5, AbsentList) or "permissions" in present:
            out["permissions"] = to_json(value_5)
        value_6 = self.predefined_role
        if value_6 is None:
            if "predefined_role" in present:
                out["predefined_role"] = None
        else:
            out["predefined_role"] = value_6
        value_7 = self.resource_type
        if value_7 is None:
            if "resource_type" in present:
                out["resource_type"] = None
        else:
            out["resource_type"] = value_7
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
        parsed_obj_.name = get_("name")
        parsed_obj_.description = get_("description")
        _raw_permissions = get_("permissions", UNSET)
        try:
            permissions = cast("list[str]", _raw_permissions)

        except LENIENT_ERRORS:
            permissions = _raw_permissions
        parsed_obj_.permissions = AbsentList() if isinstance(permissions, Unset) else permissions
        parsed_obj_.resource_type = get_("resource_type")
        parsed_obj_.predefined_role = get_("predefined_role")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
