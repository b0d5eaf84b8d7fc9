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
from ..models.project_api_key_owner_project_access import (
    ProjectApiKeyOwnerProjectAccess,
    check_project_api_key_owner_project_access,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_api_key_owner import ProjectApiKeyOwner

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ProjectApiKeyOwner
    from ..models.project_api_key_owner import ProjectApiKeyOwner  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_owner_project_access(data: object) -> None | ProjectApiKeyOwnerProjectAccess | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        owner_project_access_type_0 = check_project_api_key_owner_project_access(data)

        return owner_project_access_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ProjectApiKeyOwnerProjectAccess | Unset", data)


@_attrs_define(repr=False)
class ProjectApiKey(ApiModel):
    """Represents an individual API key in a project."""

    redacted_value: str
    """ The redacted value of the API key """

    name: str
    """ The name of the API key """

    created_at: int
    """ The Unix timestamp (in seconds) of when the API key was created """

    id: str
    """ The identifier, which can be referenced in API endpoints """

    owner: ProjectApiKeyOwner

    object: Literal["organization.project.api_key"] = "organization.project.api_key"
    """ The object type, which is always `organization.project.api_key` """

    last_used_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) of when the API key was last used. """

    owner_project_access: ProjectApiKeyOwnerProjectAccess | str | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ProjectAPIKey` has it (the live API sends it). Reads None when
    absent. """

    expires_at: int | None = ABSENT
    """ Not in the pinned spec; the official SDK's `ProjectAPIKey` has it (the live API sends it). Reads None when
    absent. """

    _sdk_name_: ClassVar[str] = "ProjectAPIKey"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("last_used_at", "last_used_at"),
        ("name", "name"),
        ("object", "object"),
        ("owner", "owner"),
        ("owner_project_access", "owner_project_access"),
        ("redacted_value", "redacted_value"),
        ("expires_at", "expires_at"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.project.api_key']",
        "redacted_value": "str",
        "name": "str",
        "created_at": "int",
        "last_used_at": "int | None",
        "id": "str",
        "owner": "ProjectApiKeyOwner",
        "owner_project_access": "None | ProjectApiKeyOwnerProjectAccess | Unset",
        "expires_at": "int | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.project.api_key",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "redacted_value",
        "name",
        "created_at",
        "last_used_at",
        "id",
        "owner",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "redacted_value",
            "name",
            "created_at",
            "last_used_at",
            "id",
            "owner",
            "owner_project_access",
            "expires_at",
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
        value_3 = self.last_used_at
        if value_3 is None:
            if "last_used_at" in present:
                out["last_used_at"] = None
        else:
            out["last_used_at"] = to_json(value_3)
        value_4 = self.name
        if value_4 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_4
        value_5 = self.object
        if value_5 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_5
        value_6 = self.owner
        if value_6 is None:
            if "owner" in present:
                out["owner"] = None
        else:
            out["owner"] = to_json(value_6)
        value_7 = self.owner_project_access
        if value_7 is None:
            if "owner_project_access" in present:
                out["owner_project_access"] = None
        else:
            out["owner_project_access"] = to_json(value_7)
        value_8 = self.redacted_value
        if value_8 is None:
            if "redacted_value" in present:
                out["redacted_value"] = None
        else:
            out["redacted_value"] = value_8
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
        parsed_obj_.redacted_value = get_("redacted_value")
        parsed_obj_.name = get_("name")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.last_used_at = get_("last_used_at")
        parsed_obj_.id = get_("id")
        owner = get_("owner")
        if owner is not None:
            try:
                owner = (
                    ProjectApiKeyOwner._from_dict_(owner)
                    if owner.__class__ is dict
                    else ProjectApiKeyOwner.from_dict(owner)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.owner = owner
        _raw_owner_project_access = get_("owner_project_access", UNSET)
        if _raw_owner_project_access is not None and _raw_owner_project_access is not UNSET:
            try:
                owner_project_access = _parse_owner_project_access(_raw_owner_project_access)

            except LENIENT_ERRORS:
                owner_project_access = _raw_owner_project_access
        else:
            owner_project_access = _raw_owner_project_access
        parsed_obj_.owner_project_access = (
            None if isinstance(owner_project_access, Unset) else owner_project_access
        )
        parsed_obj_.expires_at = get_("expires_at")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
