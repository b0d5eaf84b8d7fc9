from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillReferenceParam")


def _parse_version(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class SkillReferenceParam:
    skill_id: str
    """ The ID of the referenced skill. """
    type_: Literal["skill_reference"] = "skill_reference"
    """ References a skill created with the /v1/skills endpoint. """
    version: None | str | Unset = UNSET
    """ Optional skill version. Use a positive integer or 'latest'. Omit for default. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.skill_id, Unset):
            field_dict["skill_id"] = self.skill_id
        if self.version is not UNSET:
            field_dict["version"] = to_json(self.version)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"SkillReferenceParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['skill_reference']", _raw_type_)
            if type_ != "skill_reference":
                raise ValueError(f"type must match const 'skill_reference', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        skill_id = d.pop("skill_id", UNSET)

        _raw_version = d.pop("version", UNSET)
        try:
            version = _parse_version(_raw_version)

        except LENIENT_ERRORS:
            version = _raw_version

        parsed_obj_ = cls(
            type_=type_,
            skill_id=skill_id,
            version=version,
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
