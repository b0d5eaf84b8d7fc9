from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import AbsentList, ApiModel
from ..types import UNSET, Unset


def _parse_description(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define(repr=False)
class Role(ApiModel):
    """Details about a role that can be assigned through the public Roles API."""

    id: str
    """ Identifier for the role. """

    name: str
    """ Unique name for the role. """

    description: str | None
    """ Optional description of the role. """

    permissions: list[str]
    """ Permissions granted by the role. """

    resource_type: str
    """ Resource type the role is bound to (for example `api.organization` or `api.project`). """

    predefined_role: bool
    """ Whether the role is predefined and managed by OpenAI. """

    object: Literal["role"] = "role"
    """ Always `role`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("id", "id"),
        ("name", "name"),
        ("description", "description"),
        ("permissions", "permissions"),
        ("resource_type", "resource_type"),
        ("predefined_role", "predefined_role"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['role']",
        "id": "str",
        "name": "str",
        "description": "None | str",
        "permissions": "list[str]",
        "resource_type": "str",
        "predefined_role": "bool",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("role",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "id",
        "name",
        "description",
        "permissions",
        "resource_type",
        "predefined_role",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "id",
            "name",
            "description",
            "permissions",
            "resource_type",
            "predefined_role",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_object_ = d.pop("object", None)
        try:
            object_ = cast('Literal["role"]', _raw_object_)
            if object_ != "role":
                raise ValueError(f"object must match const 'role', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        id = d.pop("id", None)

        name = d.pop("name", None)

        _raw_description = d.pop("description", None)
        try:
            description = _parse_description(_raw_description)

        except LENIENT_ERRORS:
            description = _raw_description

        _raw_permissions = d.pop("permissions", UNSET)
        try:
            permissions = cast("list[str]", _raw_permissions)

        except LENIENT_ERRORS:
            permissions = _raw_permissions

        resource_type = d.pop("resource_type", None)

        predefined_role = d.pop("predefined_role", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.id = id
        parsed_obj_.name = name
        parsed_obj_.description = description
        parsed_obj_.permissions = AbsentList() if isinstance(permissions, Unset) else permissions
        parsed_obj_.resource_type = resource_type
        parsed_obj_.predefined_role = predefined_role
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
