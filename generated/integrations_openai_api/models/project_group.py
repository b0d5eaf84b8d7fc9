from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.group_response_group_type import (
    GroupResponseGroupType,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        ("created_at", "created_at"),
        ("group_id", "group_id"),
        ("group_name", "group_name"),
        ("group_type", "group_type"),
        ("object", "object"),
        ("project_id", "project_id"),
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.created_at
        if value_1 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_1
        value_2 = self.group_id
        if value_2 is None:
            if "group_id" in present:
                out["group_id"] = None
        else:
            out["group_id"] = value_2
        value_3 = self.group_name
        if value_3 is None:
            if "group_name" in present:
                out["group_name"] = None
        else:
            out["group_name"] = value_3
        value_4 = self.group_type
        if value_4 is None:
            if "group_type" in present:
                out["group_type"] = None
        else:
            out["group_type"] = value_4
        value_5 = self.object
        if value_5 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_5
        value_6 = self.project_id
        if value_6 is None:
            if "project_id" in present:
                out["project_id"] = None
        else:
            out["project_id"] = value_6
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
        parsed_obj_.project_id = get_("project_id")
        parsed_obj_.group_id = get_("group_id")
        parsed_obj_.group_name = get_("group_name")
        parsed_obj_.group_type = get_("group_type")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
