from __future__ import annotations

from typing import Any, ClassVar, Self, cast

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
class PublicCreateOrganizationRoleBody(ApiModel):
    """Request payload for creating a custom role."""

    role_name: str
    """ Unique name for the role. """

    permissions: list[str]
    """ Permissions to grant to the role. """

    description: str | None = ABSENT
    """ Optional description of the role. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role_name", "role_name"),
        ("permissions", "permissions"),
        ("description", "description"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "role_name": "str",
        "permissions": "list[str]",
        "description": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "role_name",
        "permissions",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role_name",
            "permissions",
            "description",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.role_name
        if value_1 is None:
            if "role_name" in present:
                out["role_name"] = None
        else:
            out["role_name"] = value_1
        value_2 = self.permissions
        if value_2 is None:
            if "permissions" in present:
                out["permissions"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "permissions" in present:
            out["permissions"] = to_json(value_2)
        value_3 = self.description
        if value_3 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.role_name = get_("role_name")
        _raw_permissions = get_("permissions", UNSET)
        try:
            permissions = cast("list[str]", _raw_permissions)

        except LENIENT_ERRORS:
            permissions = _raw_permissions
        parsed_obj_.permissions = AbsentList() if isinstance(permissions, Unset) else permissions
        parsed_obj_.description = get_("description")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
