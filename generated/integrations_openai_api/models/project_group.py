from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel
from ..models.group_response_group_type import (
    GroupResponseGroupType,
    check_group_response_group_type,
)


@_attrs_define(repr=False)
class ProjectGroup(ApiModel):
    """Details about a group's membership in a project."""

    project_id: str
    """ Identifier of the project. """

    group_id: str
    """ Identifier of the group that has access to the project. """

    group_name: str
    """ Display name of the group. """

    group_type: GroupResponseGroupType | str
    """ The type of the group. """

    created_at: int
    """ Unix timestamp (in seconds) when the group was granted project access. """

    object: Literal["project.group"] = "project.group"
    """ Always `project.group`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("project_id", "project_id"),
        ("group_id", "group_id"),
        ("group_name", "group_name"),
        ("group_type", "group_type"),
        ("created_at", "created_at"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['project.group']",
        "project_id": "str",
        "group_id": "str",
        "group_name": "str",
        "group_type": "GroupResponseGroupType",
        "created_at": "int",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["project.group"]', _raw_object_)
            if object_ != "project.group":
                raise ValueError(f"object must match const 'project.group', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        project_id = d.pop("project_id", None)

        group_id = d.pop("group_id", None)

        group_name = d.pop("group_name", None)

        _raw_group_type = d.pop("group_type", None)
        try:
            group_type = check_group_response_group_type(_raw_group_type)

        except LENIENT_ERRORS:
            group_type = _raw_group_type

        created_at = d.pop("created_at", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.project_id = project_id
        parsed_obj_.group_id = group_id
        parsed_obj_.group_name = group_name
        parsed_obj_.group_type = group_type
        parsed_obj_.created_at = created_at
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
