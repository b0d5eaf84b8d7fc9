from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class SkillReferenceParam(ApiModel):
    skill_id: str
    """ The ID of the referenced skill. """

    type: Literal["skill_reference"] = "skill_reference"
    """ References a skill created with the /v1/skills endpoint. """

    version: str | None = ABSENT
    """ Optional skill version. Use a positive integer or 'latest'. Omit for default. """

    _sdk_name_: ClassVar[str] = "SkillReference"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("skill_id", "skill_id"),
        ("type", "type"),
        ("version", "version"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['skill_reference']",
        "skill_id": "str",
        "version": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("skill_reference",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "skill_id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "skill_id",
            "version",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.skill_id
        if value_1 is None:
            if "skill_id" in present:
                out["skill_id"] = None
        else:
            out["skill_id"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.version
        if value_3 is None:
            if "version" in present:
                out["version"] = None
        else:
            out["version"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.skill_id = get_("skill_id")
        parsed_obj_.version = get_("version")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
