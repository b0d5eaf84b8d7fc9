from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_skill_param import LocalSkillParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, LocalSkillParam
    from ..models.local_skill_param import LocalSkillParam  # noqa: PLC0415

    _lazy_loaded = True


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


@_attrs_define(repr=False)
class LocalEnvironmentParam(ApiModel):
    type: Literal["local"] = "local"
    """ Use a local computer environment. """

    skills: list[LocalSkillParam] | None = ABSENT
    """ An optional list of skills. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("skills", "skills"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['local']",
        "skills": "list[LocalSkillParam] | None | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["local"]', _raw_type_)
            if type_ != "local":
                raise ValueError(f"type must match const 'local', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_skills = d.pop("skills", UNSET)
        try:
            skills = _parse_skills(_raw_skills)

        except LENIENT_ERRORS:
            skills = _raw_skills

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.skills = None if isinstance(skills, Unset) else skills
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
