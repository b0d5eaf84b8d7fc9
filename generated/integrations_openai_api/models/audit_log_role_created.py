from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class AuditLogRoleCreated(ApiModel):
    """The details for events with this `type`."""

    id: str | None = ABSENT
    """ The role ID. """

    role_name: str | None = ABSENT
    """ The name of the role. """

    permissions: list[str] | None = ABSENT
    """ The permissions granted by the role. """

    resource_type: str | None = ABSENT
    """ The type of resource the role belongs to. """

    resource_id: str | None = ABSENT
    """ The resource the role is scoped to. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("role_name", "role_name"),
        ("permissions", "permissions"),
        ("resource_type", "resource_type"),
        ("resource_id", "resource_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str | Unset",
        "role_name": "str | Unset",
        "permissions": "list[str] | Unset",
        "resource_type": "str | Unset",
        "resource_id": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "role_name",
            "permissions",
            "resource_type",
            "resource_id",
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
        value_2 = self.role_name
        if value_2 is None:
            if "role_name" in present:
                out["role_name"] = None
        else:
            out["role_name"] = value_2
        value_3 = self.permissions
        if value_3 is None:
            if "permissions" in present:
                out["permissions"] = None
        else:
            out["permissions"] = to_json(value_3)
        value_4 = self.resource_type
        if value_4 is None:
            if "resource_type" in present:
                out["resource_type"] = None
        else:
            out["resource_type"] = value_4
        value_5 = self.resource_id
        if value_5 is None:
            if "resource_id" in present:
                out["resource_id"] = None
        else:
            out["resource_id"] = value_5
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = get_("id")
        parsed_obj_.role_name = get_("role_name")
        _raw_permissions = get_("permissions", UNSET)
        try:
            permissions = cast("list[str]", _raw_permissions)

        except LENIENT_ERRORS:
            permissions = _raw_permissions
        parsed_obj_.permissions = None if isinstance(permissions, Unset) else permissions
        parsed_obj_.resource_type = get_("resource_type")
        parsed_obj_.resource_id = get_("resource_id")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
