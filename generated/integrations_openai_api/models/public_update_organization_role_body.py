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


def _parse_permissions(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        permissions_type_0 = cast("list[str]", data)

        return permissions_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


@_attrs_define(repr=False)
class PublicUpdateOrganizationRoleBody(ApiModel):
    """Request payload for updating an existing role."""

    permissions: list[str] | None = ABSENT
    """ Updated set of permissions for the role. """

    description: str | None = ABSENT
    """ New description for the role. """

    role_name: str | None = ABSENT
    """ New name for the role. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("permissions", "permissions"),
        ("description", "description"),
        ("role_name", "role_name"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "permissions": "list[str] | None | Unset",
        "description": "None | str | Unset",
        "role_name": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "permissions",
            "description",
            "role_name",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.permissions
        if value_1 is None:
            if "permissions" in present:
                out["permissions"] = None
        else:
            out["permissions"] = to_json(value_1)
        value_2 = self.description
        if value_2 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = to_json(value_2)
        value_3 = self.role_name
        if value_3 is None:
            if "role_name" in present:
                out["role_name"] = None
        else:
            out["role_name"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_permissions = get_("permissions", UNSET)
        if _raw_permissions is not None and _raw_permissions is not UNSET:
            try:
                permissions = _parse_permissions(_raw_permissions)

            except LENIENT_ERRORS:
                permissions = _raw_permissions
        else:
            permissions = _raw_permissions
        parsed_obj_.permissions = None if isinstance(permissions, Unset) else permissions
        parsed_obj_.description = get_("description")
        parsed_obj_.role_name = get_("role_name")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
