from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.group import Group
    from ..models.role import Role

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Group, Role
    from ..models.group import Group  # noqa: PLC0415
    from ..models.role import Role  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class GroupRoleAssignment(ApiModel):
    """Role assignment linking a group to a role."""

    group: Group
    """ Summary information about a group returned in role assignment responses. """

    role: Role
    """ Details about a role that can be assigned through the public Roles API. """

    object: Literal["group.role"] = "group.role"
    """ Always `group.role`. """

    _sdk_name_: ClassVar[str] = "RoleCreateResponse"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("group", "group"),
        ("object", "object"),
        ("role", "role"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['group.role']",
        "group": "Group",
        "role": "Role",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("group.role",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "group",
        "role",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "group",
            "role",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.group
        if value_1 is None:
            if "group" in present:
                out["group"] = None
        else:
            out["group"] = to_json(value_1)
        value_2 = self.object
        if value_2 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_2
        value_3 = self.role
        if value_3 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = get_("object")
        group = get_("group")
        if group is not None:
            try:
                group = (
                    Group._from_dict_(group) if group.__class__ is dict else Group.from_dict(group)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.group = group
        role = get_("role")
        if role is not None:
            try:
                role = Role._from_dict_(role) if role.__class__ is dict else Role.from_dict(role)
            except LENIENT_ERRORS:
                pass
        parsed_obj_.role = role
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
