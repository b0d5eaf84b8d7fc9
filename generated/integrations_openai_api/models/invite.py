from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.invite_role import InviteRole
from ..models.invite_status import InviteStatus
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
class Invite(ApiModel):
    """Represents an individual `invite` to the organization."""

    id: str
    """ The identifier, which can be referenced in API endpoints """

    email: str
    """ The email address of the individual to whom the invite was sent """

    role: InviteRole | str
    """ `owner` or `reader` """

    status: InviteStatus | str
    """ `accepted`,`expired`, or `pending` """

    created_at: int
    """ The Unix timestamp (in seconds) of when the invite was sent. """

    projects: list[InviteProjectsItem]
    """ The projects that were granted membership upon acceptance of the invite. """

    object: Literal["organization.invite"] = "organization.invite"
    """ The object type, which is always `organization.invite` """

    expires_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) of when the invite expires. """

    accepted_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) of when the invite was accepted. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("email", "email"),
        ("object", "object"),
        ("projects", "projects"),
        ("role", "role"),
        ("status", "status"),
        ("accepted_at", "accepted_at"),
        ("expires_at", "expires_at"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.invite']",
        "id": "str",
        "email": "str",
        "role": "InviteRole",
        "status": "InviteStatus",
        "created_at": "int",
        "projects": "list[InviteProjectsItem]",
        "expires_at": "int | None | Unset",
        "accepted_at": "int | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.invite",),
        "role": (
            "owner",
            "reader",
        ),
        "status": (
            "accepted",
            "expired",
            "pending",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "email",
        "role",
        "status",
        "created_at",
        "projects",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "email",
            "role",
            "status",
            "created_at",
            "projects",
            "expires_at",
            "accepted_at",
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
        value_3 = self.email
        if value_3 is None:
            if "email" in present:
                out["email"] = None
        else:
            out["email"] = value_3
        value_4 = self.object
        if value_4 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_4
        value_5 = self.projects
        if value_5 is None:
            if "projects" in present:
                out["projects"] = None
        elif value_5 or not isinstance(value_5, AbsentList) or "projects" in present:
            out["projects"] = to_json(value_5)
        value_6 = self.role
        if value_6 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_6
        value_7 = self.status
        if value_7 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_7
        value_8 = self.accepted_at
        if value_8 is None:
            if "accepted_at" in present:
                out["accepted_at"] = None
        else:
            out["accepted_at"] = to_json(value_8)
        value_9 = self.expires_at
        if value_9 is None:
            if "expires_at" in present:
                out["expires_at"] = None
        else:
            out["expires_at"] = to_json(value_9)
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
        parsed_obj_.object = get_("object")
        parsed_obj_.id = get_("id")
        parsed_obj_.email = get_("email")
        parsed_obj_.role = get_("role")
        parsed_obj_.status = get_("status")
        parsed_obj_.created_at = get_("created_at")
        _raw_projects = get_("projects", UNSET)
        try:
            projects = []
            _projects = _raw_projects
            if not isinstance(_projects, list):
                raise TypeError()
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
        parsed_obj_.projects = AbsentList() if isinstance(projects, Unset) else projects
        parsed_obj_.expires_at = get_("expires_at")
        parsed_obj_.accepted_at = get_("accepted_at")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
