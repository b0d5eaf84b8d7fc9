from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.project_api_key_owner import ProjectApiKeyOwner

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ProjectApiKeyOwner
    from ..models.project_api_key_owner import ProjectApiKeyOwner  # noqa: PLC0415

    _lazy_loaded = True


def _parse_last_used_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


@_attrs_define(repr=False)
class ProjectApiKey(ApiModel):
    """Represents an individual API key in a project."""

    redacted_value: str
    """ The redacted value of the API key """

    name: str
    """ The name of the API key """

    created_at: int
    """ The Unix timestamp (in seconds) of when the API key was created """

    last_used_at: int | None
    """ The Unix timestamp (in seconds) of when the API key was last used. """

    id: str
    """ The identifier, which can be referenced in API endpoints """

    owner: ProjectApiKeyOwner

    object: Literal["organization.project.api_key"] = "organization.project.api_key"
    """ The object type, which is always `organization.project.api_key` """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("redacted_value", "redacted_value"),
        ("name", "name"),
        ("created_at", "created_at"),
        ("last_used_at", "last_used_at"),
        ("id", "id"),
        ("owner", "owner"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['organization.project.api_key']",
        "redacted_value": "str",
        "name": "str",
        "created_at": "int",
        "last_used_at": "int | None",
        "id": "str",
        "owner": "ProjectApiKeyOwner",
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
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["organization.project.api_key"]', _raw_object_)
            if object_ != "organization.project.api_key":
                raise ValueError(
                    f"object must match const 'organization.project.api_key', got '{object_}'"
                )
        except LENIENT_ERRORS:
            object_ = _raw_object_

        redacted_value = d.pop("redacted_value", None)

        name = d.pop("name", None)

        created_at = d.pop("created_at", None)

        _raw_last_used_at = d.pop("last_used_at", None)
        try:
            last_used_at = _parse_last_used_at(_raw_last_used_at)

        except LENIENT_ERRORS:
            last_used_at = _raw_last_used_at

        id = d.pop("id", None)

        _raw_owner = d.pop("owner", None)
        try:
            owner = ProjectApiKeyOwner.from_dict(_raw_owner)

        except LENIENT_ERRORS:
            owner = _raw_owner

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.redacted_value = redacted_value
        parsed_obj_.name = name
        parsed_obj_.created_at = created_at
        parsed_obj_.last_used_at = last_used_at
        parsed_obj_.id = id
        parsed_obj_.owner = owner
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
