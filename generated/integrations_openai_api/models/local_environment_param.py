from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_skill_param import LocalSkillParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, LocalSkillParam
    from ..models.local_skill_param import LocalSkillParam  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="LocalEnvironmentParam")


def _parse_skills(data: object) -> list[LocalSkillParam] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        skills_type_0 = []
        _skills_type_0 = data
        if not isinstance(_skills_type_0, list):
            raise TypeError()
        for skills_type_0_item_data in _skills_type_0:
            try:
                skills_type_0_item = LocalSkillParam.from_dict(skills_type_0_item_data)

            except LENIENT_ERRORS:
                skills_type_0_item = skills_type_0_item_data
            skills_type_0.append(skills_type_0_item)

        return skills_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[LocalSkillParam] | None | Unset", data)


@_attrs_define
class LocalEnvironmentParam:
    type_: Literal["local"] = "local"
    """ Use a local computer environment. """
    skills: list[LocalSkillParam] | None | Unset = UNSET
    """ An optional list of skills. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("local",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "skills",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.skills is not UNSET:
            field_dict["skills"] = to_json(self.skills)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"LocalEnvironmentParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['local']", _raw_type_)
            if type_ != "local":
                raise ValueError(f"type must match const 'local', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_skills = d.pop("skills", UNSET)
        try:
            skills = _parse_skills(_raw_skills)

        except LENIENT_ERRORS:
            skills = _raw_skills

        parsed_obj_ = cls(
            type_=type_,
            skills=skills,
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
