from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.invite_request_role import InviteRequestRole, check_invite_request_role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invite_projects_item import InviteProjectsItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, InviteProjectsItem
    from ..models.invite_projects_item import InviteProjectsItem  # noqa: PLC0415

    _lazy_loaded = True


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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        email = d.pop("email", None)

        _raw_role = d.pop("role", None)
        try:
            role = check_invite_request_role(_raw_role)

        except LENIENT_ERRORS:
            role = _raw_role

        _raw_projects = d.pop("projects", UNSET)
        try:
            _projects = _raw_projects
            projects: list[InviteProjectsItem] | Unset = UNSET
            if _projects is not UNSET:
                if not isinstance(_projects, list):
                    raise TypeError()
                projects = []
                for projects_item_data in _projects:
                    try:
                        projects_item = InviteProjectsItem.from_dict(projects_item_data)

                    except LENIENT_ERRORS:
                        projects_item = projects_item_data
                    projects.append(projects_item)

        except LENIENT_ERRORS:
            projects = _raw_projects

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.email = email
        parsed_obj_.role = role
        parsed_obj_.projects = None if isinstance(projects, Unset) else projects
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
