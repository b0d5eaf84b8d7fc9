from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group import Group
    from ..models.role import Role

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, Group, Role
    from ..models.group import Group  # noqa: PLC0415
    from ..models.role import Role  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="GroupRoleAssignment")


@_attrs_define
class GroupRoleAssignment:
    """Role assignment linking a group to a role."""

    group: Group
    """ Summary information about a group returned in role assignment responses. """
    role: Role
    """ Details about a role that can be assigned through the public Roles API. """
    object_: Literal["group.role"] = "group.role"
    """ Always `group.role`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.group, Unset):
            field_dict["group"] = to_json(self.group)
        if not isinstance(self.role, Unset):
            field_dict["role"] = to_json(self.role)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"GroupRoleAssignment: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['group.role']", _raw_object_)
            if object_ != "group.role":
                raise ValueError(f"object must match const 'group.role', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        _raw_group = d.pop("group", UNSET)
        try:
            group = Group.from_dict(_raw_group)

        except LENIENT_ERRORS:
            group = _raw_group

        _raw_role = d.pop("role", UNSET)
        try:
            role = Role.from_dict(_raw_role)

        except LENIENT_ERRORS:
            role = _raw_role

        parsed_obj_ = cls(
            object_=object_,
            group=group,
            role=role,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
