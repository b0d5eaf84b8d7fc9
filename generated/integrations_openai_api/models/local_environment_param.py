from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_skill_param import LocalSkillParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, LocalSkillParam
    from ..models.local_skill_param import LocalSkillParam  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class LocalEnvironmentParam(ApiModel):
    type: Literal["local"] = "local"
    """ Use a local computer environment. """

    skills: list[LocalSkillParam] | None = ABSENT
    """ An optional list of skills. """

    _sdk_name_: ClassVar[str] = "LocalEnvironment"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("skills", "skills"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['local']",
        "skills": "list[LocalSkillParam] | Unset",
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.skills
        if value_2 is None:
            if "skills" in present:
                out["skills"] = None
        else:
            out["skills"] = to_json(value_2)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        _raw_skills = get_("skills", UNSET)
        try:
            _skills = _raw_skills
            skills: list[LocalSkillParam] | Unset = UNSET
            if _skills is not UNSET:
                if not isinstance(_skills, list):
                    raise TypeError()
                skills = []
                for skills_item_data in _skills:
                    try:
                        skills_item = (
                            LocalSkillParam._from_dict_(skills_item_data)
                            if skills_item_data.__class__ is dict
                            else LocalSkillParam.from_dict(skills_item_data)
                        )
                    except LENIENT_ERRORS:
                        skills_item = skills_item_data
                    skills.append(skills_item)

        except LENIENT_ERRORS:
            skills = _raw_skills
        parsed_obj_.skills = None if isinstance(skills, Unset) else skills
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
