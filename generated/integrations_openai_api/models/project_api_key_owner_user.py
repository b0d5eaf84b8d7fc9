from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class ProjectApiKeyOwnerUser(ApiModel):
    """The user that owns a project API key."""

    id: str
    """ The identifier, which can be referenced in API endpoints """

    email: str
    """ The email address of the user. """

    name: str
    """ The name of the user. """

    created_at: int
    """ The Unix timestamp (in seconds) of when the user was created. """

    role: str
    """ The user's project role. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("email", "email"),
        ("name", "name"),
        ("created_at", "created_at"),
        ("role", "role"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "email": "str",
        "name": "str",
        "created_at": "int",
        "role": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "email",
        "name",
        "created_at",
        "role",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "email",
            "name",
            "created_at",
            "role",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        id = d.pop("id", None)

        email = d.pop("email", None)

        name = d.pop("name", None)

        created_at = d.pop("created_at", None)

        role = d.pop("role", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.email = email
        parsed_obj_.name = name
        parsed_obj_.created_at = created_at
        parsed_obj_.role = role
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
