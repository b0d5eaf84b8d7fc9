from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.invite_role import InviteRole, check_invite_role
from ..models.invite_status import InviteStatus, check_invite_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invite_projects_item import InviteProjectsItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, InviteProjectsItem
    from ..models.invite_projects_item import InviteProjectsItem  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="Invite")


def _parse_expires_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_accepted_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define
class Invite:
    """Represents an individual `invite` to the organization."""

    id: str
    """ The identifier, which can be referenced in API endpoints """
    email: str
    """ The email address of the individual to whom the invite was sent """
    role: InviteRole
    """ `owner` or `reader` """
    status: InviteStatus
    """ `accepted`,`expired`, or `pending` """
    created_at: int
    """ The Unix timestamp (in seconds) of when the invite was sent. """
    projects: list[InviteProjectsItem]
    """ The projects that were granted membership upon acceptance of the invite. """
    object_: Literal["organization.invite"] = "organization.invite"
    """ The object type, which is always `organization.invite` """
    expires_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) of when the invite expires. """
    accepted_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) of when the invite was accepted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.email, Unset):
            field_dict["email"] = self.email
        if not isinstance(self.role, Unset):
            field_dict["role"] = self.role
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.projects, Unset):
            field_dict["projects"] = to_json(self.projects)
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = to_json(self.expires_at)
        if self.accepted_at is not UNSET:
            field_dict["accepted_at"] = to_json(self.accepted_at)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"Invite: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['organization.invite']", _raw_object_)
            if object_ != "organization.invite":
                raise ValueError(f"object must match const 'organization.invite', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", UNSET)

        email = d.pop("email", UNSET)

        _raw_role = d.pop("role", UNSET)
        try:
            role = check_invite_role(_raw_role)

        except LENIENT_ERRORS:
            role = _raw_role

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_invite_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        created_at = d.pop("created_at", UNSET)

        _raw_projects = d.pop("projects", UNSET)
        try:
            projects = []
            _projects = _raw_projects
            if not isinstance(_projects, list):
                raise TypeError()
            for projects_item_data in _projects:
                try:
                    projects_item = InviteProjectsItem.from_dict(projects_item_data)

                except LENIENT_ERRORS:
                    projects_item = projects_item_data
                projects.append(projects_item)

        except LENIENT_ERRORS:
            projects = _raw_projects

        _raw_expires_at = d.pop("expires_at", UNSET)
        try:
            expires_at = _parse_expires_at(_raw_expires_at)

        except LENIENT_ERRORS:
            expires_at = _raw_expires_at

        _raw_accepted_at = d.pop("accepted_at", UNSET)
        try:
            accepted_at = _parse_accepted_at(_raw_accepted_at)

        except LENIENT_ERRORS:
            accepted_at = _raw_accepted_at

        parsed_obj_ = cls(
            object_=object_,
            id=id,
            email=email,
            role=role,
            status=status,
            created_at=created_at,
            projects=projects,
            expires_at=expires_at,
            accepted_at=accepted_at,
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
