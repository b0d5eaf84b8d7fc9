from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_projects import UserProjects
    from ..models.user_user import UserUser

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, UserProjects, UserUser
    from ..models.user_projects import UserProjects  # noqa: PLC0415
    from ..models.user_user import UserUser  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="User")


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_email(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_role(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_is_default(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


def _parse_created(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_user(data: object) -> None | Unset | UserUser:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return UserUser.from_dict(data)
    return cast("None | Unset | UserUser", data)


def _parse_is_service_account(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


def _parse_is_scale_tier_authorized_purchaser(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


def _parse_is_scim_managed(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


def _parse_api_key_last_used_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_technical_level(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_developer_persona(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_projects(data: object) -> None | Unset | UserProjects:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return UserProjects.from_dict(data)
    return cast("None | Unset | UserProjects", data)


@_attrs_define
class User:
    """Represents an individual `user` within an organization."""

    id: str
    """ The identifier, which can be referenced in API endpoints """
    added_at: int
    """ The Unix timestamp (in seconds) of when the user was added. """
    object_: Literal["organization.user"] = "organization.user"
    """ The object type, which is always `organization.user` """
    name: None | str | Unset = UNSET
    """ The name of the user """
    email: None | str | Unset = UNSET
    """ The email address of the user """
    role: None | str | Unset = UNSET
    """ `owner` or `reader` """
    is_default: bool | None | Unset = UNSET
    """ Whether this is the organization's default user. """
    created: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) of when the user was created. """
    user: None | Unset | UserUser = UNSET
    is_service_account: bool | None | Unset = UNSET
    """ Whether the user is a service account. """
    is_scale_tier_authorized_purchaser: bool | None | Unset = UNSET
    """ Whether the user is an authorized purchaser for Scale Tier. """
    is_scim_managed: bool | None | Unset = UNSET
    """ Whether the user is managed through SCIM. """
    api_key_last_used_at: int | None | Unset = UNSET
    """ The Unix timestamp (in seconds) of the user's last API key usage. """
    technical_level: None | str | Unset = UNSET
    """ The technical level metadata for the user. """
    developer_persona: None | str | Unset = UNSET
    """ The developer persona metadata for the user. """
    projects: None | Unset | UserProjects = UNSET
    """ Projects associated with the user, if included. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.user",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "added_at",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "added_at",
            "name",
            "email",
            "role",
            "is_default",
            "created",
            "user",
            "is_service_account",
            "is_scale_tier_authorized_purchaser",
            "is_scim_managed",
            "api_key_last_used_at",
            "technical_level",
            "developer_persona",
            "projects",
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
        if not isinstance(self.added_at, Unset):
            field_dict["added_at"] = self.added_at
        if self.name is not UNSET:
            field_dict["name"] = to_json(self.name)
        if self.email is not UNSET:
            field_dict["email"] = to_json(self.email)
        if self.role is not UNSET:
            field_dict["role"] = to_json(self.role)
        if self.is_default is not UNSET:
            field_dict["is_default"] = to_json(self.is_default)
        if self.created is not UNSET:
            field_dict["created"] = to_json(self.created)
        if self.user is not UNSET:
            field_dict["user"] = to_json(self.user)
        if self.is_service_account is not UNSET:
            field_dict["is_service_account"] = to_json(self.is_service_account)
        if self.is_scale_tier_authorized_purchaser is not UNSET:
            field_dict["is_scale_tier_authorized_purchaser"] = to_json(
                self.is_scale_tier_authorized_purchaser
            )
        if self.is_scim_managed is not UNSET:
            field_dict["is_scim_managed"] = to_json(self.is_scim_managed)
        if self.api_key_last_used_at is not UNSET:
            field_dict["api_key_last_used_at"] = to_json(self.api_key_last_used_at)
        if self.technical_level is not UNSET:
            field_dict["technical_level"] = to_json(self.technical_level)
        if self.developer_persona is not UNSET:
            field_dict["developer_persona"] = to_json(self.developer_persona)
        if self.projects is not UNSET:
            field_dict["projects"] = to_json(self.projects)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"User: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['organization.user']", _raw_object_)
            if object_ != "organization.user":
                raise ValueError(f"object must match const 'organization.user', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", UNSET)

        added_at = d.pop("added_at", UNSET)

        _raw_name = d.pop("name", UNSET)
        try:
            name = _parse_name(_raw_name)

        except LENIENT_ERRORS:
            name = _raw_name

        _raw_email = d.pop("email", UNSET)
        try:
            email = _parse_email(_raw_email)

        except LENIENT_ERRORS:
            email = _raw_email

        _raw_role = d.pop("role", UNSET)
        try:
            role = _parse_role(_raw_role)

        except LENIENT_ERRORS:
            role = _raw_role

        _raw_is_default = d.pop("is_default", UNSET)
        try:
            is_default = _parse_is_default(_raw_is_default)

        except LENIENT_ERRORS:
            is_default = _raw_is_default

        _raw_created = d.pop("created", UNSET)
        try:
            created = _parse_created(_raw_created)

        except LENIENT_ERRORS:
            created = _raw_created

        _raw_user = d.pop("user", UNSET)
        try:
            user = _parse_user(_raw_user)

        except LENIENT_ERRORS:
            user = _raw_user

        _raw_is_service_account = d.pop("is_service_account", UNSET)
        try:
            is_service_account = _parse_is_service_account(_raw_is_service_account)

        except LENIENT_ERRORS:
            is_service_account = _raw_is_service_account

        _raw_is_scale_tier_authorized_purchaser = d.pop("is_scale_tier_authorized_purchaser", UNSET)
        try:
            is_scale_tier_authorized_purchaser = _parse_is_scale_tier_authorized_purchaser(
                _raw_is_scale_tier_authorized_purchaser
            )

        except LENIENT_ERRORS:
            is_scale_tier_authorized_purchaser = _raw_is_scale_tier_authorized_purchaser

        _raw_is_scim_managed = d.pop("is_scim_managed", UNSET)
        try:
            is_scim_managed = _parse_is_scim_managed(_raw_is_scim_managed)

        except LENIENT_ERRORS:
            is_scim_managed = _raw_is_scim_managed

        _raw_api_key_last_used_at = d.pop("api_key_last_used_at", UNSET)
        try:
            api_key_last_used_at = _parse_api_key_last_used_at(_raw_api_key_last_used_at)

        except LENIENT_ERRORS:
            api_key_last_used_at = _raw_api_key_last_used_at

        _raw_technical_level = d.pop("technical_level", UNSET)
        try:
            technical_level = _parse_technical_level(_raw_technical_level)

        except LENIENT_ERRORS:
            technical_level = _raw_technical_level

        _raw_developer_persona = d.pop("developer_persona", UNSET)
        try:
            developer_persona = _parse_developer_persona(_raw_developer_persona)

        except LENIENT_ERRORS:
            developer_persona = _raw_developer_persona

        _raw_projects = d.pop("projects", UNSET)
        try:
            projects = _parse_projects(_raw_projects)

        except LENIENT_ERRORS:
            projects = _raw_projects

        parsed_obj_ = cls(
            object_=object_,
            id=id,
            added_at=added_at,
            name=name,
            email=email,
            role=role,
            is_default=is_default,
            created=created,
            user=user,
            is_service_account=is_service_account,
            is_scale_tier_authorized_purchaser=is_scale_tier_authorized_purchaser,
            is_scim_managed=is_scim_managed,
            api_key_last_used_at=api_key_last_used_at,
            technical_level=technical_level,
            developer_persona=developer_persona,
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
