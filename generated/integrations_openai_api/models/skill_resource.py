from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillResource")


@_attrs_define
class SkillResource:
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
    object_: Literal["skill"] = "skill"
    """ The object type, which is `skill`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.default_version, Unset):
            field_dict["default_version"] = self.default_version
        if not isinstance(self.latest_version, Unset):
            field_dict["latest_version"] = self.latest_version
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"SkillResource: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['skill']", _raw_object_)
            if object_ != "skill":
                raise ValueError(f"object must match const 'skill', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        created_at = d.pop("created_at", UNSET)

        default_version = d.pop("default_version", UNSET)

        latest_version = d.pop("latest_version", UNSET)

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            name=name,
            description=description,
            created_at=created_at,
            default_version=default_version,
            latest_version=latest_version,
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
