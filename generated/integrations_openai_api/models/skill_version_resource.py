from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillVersionResource")


@_attrs_define
class SkillVersionResource:
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
    object_: Literal["skill.version"] = "skill.version"
    """ The object type, which is `skill.version`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.skill_id, Unset):
            field_dict["skill_id"] = self.skill_id
        if not isinstance(self.version, Unset):
            field_dict["version"] = self.version
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"SkillVersionResource: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['skill.version']", _raw_object_)
            if object_ != "skill.version":
                raise ValueError(f"object must match const 'skill.version', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", UNSET)

        skill_id = d.pop("skill_id", UNSET)

        version = d.pop("version", UNSET)

        created_at = d.pop("created_at", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        parsed_obj_ = cls(
            object_=object_,
            id=id,
            skill_id=skill_id,
            version=version,
            created_at=created_at,
            name=name,
            description=description,
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
