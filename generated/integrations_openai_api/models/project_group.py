from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.group_response_group_type import (
    GroupResponseGroupType,
    check_group_response_group_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectGroup")


@_attrs_define
class ProjectGroup:
    """Details about a group's membership in a project."""

    project_id: str
    """ Identifier of the project. """
    group_id: str
    """ Identifier of the group that has access to the project. """
    group_name: str
    """ Display name of the group. """
    group_type: GroupResponseGroupType
    """ The type of the group. """
    created_at: int
    """ Unix timestamp (in seconds) when the group was granted project access. """
    object_: Literal["project.group"] = "project.group"
    """ Always `project.group`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("project.group",),
        "group_type": (
            "group",
            "tenant_group",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "project_id",
        "group_id",
        "group_name",
        "group_type",
        "created_at",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "project_id",
            "group_id",
            "group_name",
            "group_type",
            "created_at",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.project_id, Unset):
            field_dict["project_id"] = self.project_id
        if not isinstance(self.group_id, Unset):
            field_dict["group_id"] = self.group_id
        if not isinstance(self.group_name, Unset):
            field_dict["group_name"] = self.group_name
        if not isinstance(self.group_type, Unset):
            field_dict["group_type"] = self.group_type
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"ProjectGroup: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['project.group']", _raw_object_)
            if object_ != "project.group":
                raise ValueError(f"object must match const 'project.group', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        project_id = d.pop("project_id", UNSET)

        group_id = d.pop("group_id", UNSET)

        group_name = d.pop("group_name", UNSET)

        _raw_group_type = d.pop("group_type", UNSET)
        try:
            group_type = check_group_response_group_type(_raw_group_type)

        except LENIENT_ERRORS:
            group_type = _raw_group_type

        created_at = d.pop("created_at", UNSET)

        parsed_obj_ = cls(
            object_=object_,
            project_id=project_id,
            group_id=group_id,
            group_name=group_name,
            group_type=group_type,
            created_at=created_at,
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
