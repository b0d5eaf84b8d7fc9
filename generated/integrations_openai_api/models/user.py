from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

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
    from ..models.user_projects import UserProjects
    from ..models.user_user import UserUser

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, UserProjects, UserUser
    from ..models.user_projects import UserProjects  # noqa: PLC0415
    from ..models.user_user import UserUser  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_projects(data: object) -> None | Unset | UserProjects:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return UserProjects._from_dict_(data)
    return cast("None | Unset | UserProjects", data)


@_attrs_define(repr=False)
class User(ApiModel):
    """Represents an individual `user` within an organization."""

    id: str
    """ The identifier, which can be referenced in API endpoints """

    added_at: int
    """ The Unix timestamp (in seconds) of when the user was added. """

    object: Literal["organization.user"] = "organization.user"
    """ The object type, which is always `organization.user` """

    name: str | None = ABSENT
    """ The name of the user """

    email: str | None = ABSENT
    """ The email address of the user """

    role: str | None = ABSENT
    """ `owner` or `reader` """

    is_default: bool | None = ABSENT
    """ Whether this is the organization's default user. """

    created: int | None = ABSENT
    """ The Unix timestamp (in seconds) of when the user was created. """

    user: UserUser | None = ABSENT
    """ Nested user details. """

    is_service_account: bool | None = ABSENT
    """ Whether the user is a service account. """

    is_scale_tier_authorized_purchaser: bool | None = ABSENT
    """ Whether the user is an authorized purchaser for Scale Tier. """

    is_scim_managed: bool | None = ABSENT
    """ Whether the user is managed through SCIM. """

    api_key_last_used_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) of the user's last API key usage. """

    technical_level: str | None = ABSENT
    """ The technical level metadata for the user. """

    developer_persona: str | None = ABSENT
    """ The developer persona metadata for the user. """

    projects: UserProjects | None = ABSENT
    """ Projects associated with the user, if included. """

    _sdk_name_: ClassVar[str] = "OrganizationUser"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "projects": {"UserProjects": "Projects"}
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("added_at", "added_at"),
        ("object", "object"),
        ("api_key_last_used_at", "api_key_last_used_at"),
        ("created", "created"),
        ("developer_persona", "developer_persona"),
        ("email", "email"),
        ("is_default", "is_default"),
        ("is_scale_tier_authorized_purchaser", "is_scale_tier_authorized_purchaser"),
        ("is_scim_managed", "is_scim_managed"),
        ("is_service_account", "is_service_account"),
        ("name", "name"),
        ("projects", "projects"),
        ("role", "role"),
        ("technical_level", "technical_level"),
        ("user", "user"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.user']",
        "id": "str",
        "added_at": "int",
        "name": "None | str | Unset",
        "email": "None | str | Unset",
        "role": "None | str | Unset",
        "is_default": "bool | Unset",
        "created": "int | Unset",
        "user": "UserUser | Unset",
        "is_service_account": "bool | Unset",
        "is_scale_tier_authorized_purchaser": "bool | None | Unset",
        "is_scim_managed": "bool | Unset",
        "api_key_last_used_at": "int | None | Unset",
        "technical_level": "None | str | Unset",
        "developer_persona": "None | str | Unset",
        "projects": "None | Unset | UserProjects",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.added_at
        if value_2 is None:
            if "added_at" in present:
                out["added_at"] = None
        else:
            out["added_at"] = value_2
        value_3 = self.object
        if value_3 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_3
        value_4 = self.api_key_last_used_at
        if value_4 is None:
            if "api_key_last_used_at" in present:
                out["api_key_last_used_at"] = None
        else:
            out["api_key_last_used_at"] = to_json(value_4)
        value_5 = self.created
        if value_5 is None:
            if "created" in present:
                out["created"] = None
        else:
            out["created"] = value_5
        value_6 = self.developer_persona
        if value_6 is None:
            if "developer_persona" in present:
                out["developer_persona"] = None
        else:
            out["developer_persona"] = to_json(value_6)
        value_7 = self.email
        if value_7 is None:
            if "email" in present:
                out["email"] = None
        else:
            out["email"] = to_json(value_7)
        value_8 = self.is_default
        if value_8 is None:
            if "is_default" in present:
                out["is_default"] = None
        else:
            out["is_default"] = value_8
        value_9 = self.is_scale_tier_authorized_purchaser
        if value_9 is None:
            if "is_scale_tier_authorized_purchaser" in present:
                out["is_scale_tier_authorized_purchaser"] = None
        else:
            out["is_scale_tier_authorized_purchaser"] = to_json(value_9)
        value_10 = self.is_scim_managed
        if value_10 is None:
            if "is_scim_managed" in present:
                out["is_scim_managed"] = None
        else:
            out["is_scim_managed"] = value_10
        value_11 = self.is_service_account
        if value_11 is None:
            if "is_service_account" in present:
                out["is_service_account"] = None
        else:
            out["is_service_account"] = value_11
        value_12 = self.name
        if value_12 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = to_json(value_12)
        value_13 = self.projects
        if value_13 is None:
            if "projects" in present:
                out["projects"] = None
        else:
            out["projects"] = to_json(value_13)
        value_14 = self.role
        if value_14 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = to_json(value_14)
        value_15 = self.technical_level
        if value_15 is None:
            if "technical_level" in present:
                out["technical_level"] = None
        else:
            out["technical_level"] = to_json(value_15)
        value_16 = self.user
        if value_16 is None:
            if "user" in present:
                out["user"] = None
        else:
            out["user"] = to_json(value_16)
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
        parsed_obj_.added_at = get_("added_at")
        parsed_obj_.name = get_("name")
        parsed_obj_.email = get_("email")
        parsed_obj_.role = get_("role")
        parsed_obj_.is_default = get_("is_default")
        parsed_obj_.created = get_("created")
        user = get_("user")
        if user is not None:
            try:
                user = (
                    UserUser._from_dict_(user)
                    if user.__class__ is dict
                    else UserUser.from_dict(user)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.user = user
        parsed_obj_.is_service_account = get_("is_service_account")
        parsed_obj_.is_scale_tier_authorized_purchaser = get_("is_scale_tier_authorized_purchaser")
        parsed_obj_.is_scim_managed = get_("is_scim_managed")
        parsed_obj_.api_key_last_used_at = get_("api_key_last_used_at")
        parsed_obj_.technical_level = get_("technical_level")
        parsed_obj_.developer_persona = get_("developer_persona")
        _raw_projects = get_("projects", UNSET)
        if _raw_projects is not None and _raw_projects is not UNSET:
            try:
                projects = _parse_projects(_raw_projects)

            except LENIENT_ERRORS:
                projects = _raw_projects
        else:
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
