from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.invite_request_role import InviteRequestRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invite_projects_item import InviteProjectsItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, InviteProjectsItem
    from ..models.invite_projects_item import InviteProjectsItem  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class InviteRequest(ApiModel):
    email: str
    """ Send an email to this address """

    role: InviteRequestRole | str
    """ `owner` or `reader` """

    projects: list[InviteProjectsItem] | None = ABSENT
    """ An array of projects to which membership is granted at the same time the org invite is accepted. If omitted,
    the user will be invited to the default project for compatibility with legacy behavior. If empty list is passed,
    the user will not be invited to any projects, including the default one. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("email", "email"),
        ("role", "role"),
        ("projects", "projects"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "email": "str",
        "role": "InviteRequestRole",
        "projects": "list[InviteProjectsItem] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": (
            "owner",
            "reader",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "email",
        "role",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "email",
            "role",
            "projects",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.email
        if value_1 is None:
            if "email" in present:
                out["email"] = None
        else:
            out["email"] = value_1
        value_2 = self.role
        if value_2 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_2
        value_3 = self.projects
        if value_3 is None:
            if "projects" in present:
                out["projects"] = None
        else:
            out["projects"] = to_json(value_3)
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
        parsed_obj_.email = get_("email")
        parsed_obj_.role = get_("role")
        _raw_projects = get_("projects", UNSET)
        try:
            _projects = _raw_projects
            projects: list[InviteProjectsItem] | Unset = UNSET
            if _projects is not UNSET:
                if not isinstance(_projects, list):
                    raise TypeError()
                projects = []
                for projects_item_data in _projects:
                    try:
                        projects_item = (
                            InviteProjectsItem._from_dict_(projects_item_data)
                            if projects_item_data.__class__ is dict
                            else InviteProjectsItem.from_dict(projects_item_data)
                        )
                    except LENIENT_ERRORS:
                        projects_item = projects_item_data
                    projects.append(projects_item)

        except LENIENT_ERRORS:
            projects = _raw_projects
        parsed_obj_.projects = None if isinstance(projects, Unset) else projects
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
