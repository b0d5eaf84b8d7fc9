from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.invite_request_role import InviteRequestRole, check_invite_request_role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invite_projects_item import InviteProjectsItem

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, InviteProjectsItem
    from ..models.invite_projects_item import InviteProjectsItem  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="InviteRequest")


@_attrs_define
class InviteRequest:
    email: str
    """ Send an email to this address """
    role: InviteRequestRole
    """ `owner` or `reader` """
    projects: list[InviteProjectsItem] | Unset = UNSET
    """ An array of projects to which membership is granted at the same time the org invite is accepted. If omitted,
    the user will be invited to the default project for compatibility with legacy behavior. If empty list is passed,
    the user will not be invited to any projects, including the default one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.email, Unset):
            field_dict["email"] = self.email
        if not isinstance(self.role, Unset):
            field_dict["role"] = self.role
        if self.projects is not UNSET:
            field_dict["projects"] = to_json(self.projects)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"InviteRequest: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        _raw_role = d.pop("role", UNSET)
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

        parsed_obj_ = cls(
            email=email,
            role=role,
            projects=projects,
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
