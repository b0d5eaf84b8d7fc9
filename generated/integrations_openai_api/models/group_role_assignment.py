from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.group import Group
    from ..models.role import Role

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Group, Role
    from ..models.group import Group  # noqa: PLC0415
    from ..models.role import Role  # noqa: PLC0415

    _lazy_loaded = True


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
        object_ = d.pop("object", None)

        _raw_group = d.pop("group", None)
        try:
            group = Group.from_dict(_raw_group)

        except LENIENT_ERRORS:
            group = _raw_group

        _raw_role = d.pop("role", None)
        try:
            role = Role.from_dict(_raw_role)

        except LENIENT_ERRORS:
            role = _raw_role

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.group = group
        parsed_obj_.role = role
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
