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
class SkillResource(ApiModel):
    id: str
    """ Unique identifier for the skill. """

    name: str
    """ Name of the skill. """

    description: str
    """ Description of the skill. """

    created_at: int
    """ Unix timestamp (seconds) for when the skill was created. """

    default_version: str
    """ Default version for the skill. """

    latest_version: str
    """ Latest version for the skill. """

    object: Literal["skill"] = "skill"
    """ The object type, which is `skill`. """

    _sdk_name_: ClassVar[str] = "Skill"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("default_version", "default_version"),
        ("description", "description"),
        ("latest_version", "latest_version"),
        ("name", "name"),
        ("object", "object"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['skill']",
        "name": "str",
        "description": "str",
        "created_at": "int",
        "default_version": "str",
        "latest_version": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("skill",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "name",
        "description",
        "created_at",
        "default_version",
        "latest_version",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "name",
            "description",
            "created_at",
            "default_version",
            "latest_version",
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
        value_3 = self.default_version
        if value_3 is None:
            if "default_version" in present:
                out["default_version"] = None
        else:
            out["default_version"] = value_3
        value_4 = self.description
        if value_4 is None:
            if "description" in present:
                out["description"] = None
        else:
            out["description"] = value_4
        value_5 = self.latest_version
        if value_5 is None:
            if "latest_version" in present:
                out["latest_version"] = None
        else:
            out["latest_version"] = value_5
        value_6 = self.name
        if value_6 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_6
        value_7 = self.object
        if value_7 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_7
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
        parsed_obj_.object = get_("object")
        parsed_obj_.name = get_("name")
        parsed_obj_.description = get_("description")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.default_version = get_("default_version")
        parsed_obj_.latest_version = get_("latest_version")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
