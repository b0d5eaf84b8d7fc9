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

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class SkillVersionResource(ApiModel):
    id: str
    """ Unique identifier for the skill version. """

    skill_id: str
    """ Identifier of the skill for this version. """

    version: str
    """ Version number for this skill. """

    created_at: int
    """ Unix timestamp (seconds) for when the version was created. """

    name: str
    """ Name of the skill version. """

    description: str
    """ Description of the skill version. """

    object: Literal["skill.version"] = "skill.version"
    """ The object type, which is `skill.version`. """

    _sdk_name_: ClassVar[str] = "SkillVersion"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("description", "description"),
        ("name", "name"),
        ("object", "object"),
        ("skill_id", "skill_id"),
        ("version", "version"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['skill.version']",
        "id": "str",
        "skill_id": "str",
        "version": "str",
        "created_at": "int",
        "name": "str",
        "description": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("skill.version",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "skill_id",
        "version",
        "created_at",
        "name",
        "description",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "skill_id",
            "version",
            "created_at",
            "name",
            "description",
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
        value_2 = self.created_at
        if value_2 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_2
        value_3 = self.description
        if value_3 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = value_3
        value_4 = self.name
        if value_4 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_4
        value_5 = self.object
        if value_5 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_5
        value_6 = self.skill_id
        if value_6 is None:
            if "skill_id" in present:
                out["skill_id"] = None
        else:
            out["skill_id"] = value_6
        value_7 = self.version
        if value_7 is None:
            if "version" in present:
                out["version"] = None
        else:
            out["version"] = value_7
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
        parsed_obj_.skill_id = get_("skill_id")
        parsed_obj_.version = get_("version")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.name = get_("name")
        parsed_obj_.description = get_("description")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
