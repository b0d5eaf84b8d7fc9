from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_role_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_permissions(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        permissions_type_0 = cast("list[str]", data)

        return permissions_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


def _parse_resource_type(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_resource_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class AuditLogRoleCreated(ApiModel):
    """The details for events with this `type`."""

    id: str | None = ABSENT
    """ The role ID. """

    role_name: str | None = ABSENT
    """ The name of the role. """

    permissions: list[str] | None = ABSENT
    """ The permissions granted by the role. """

    resource_type: str | None = ABSENT
    """ The type of resource the role belongs to. """

    resource_id: str | None = ABSENT
    """ The resource the role is scoped to. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("role_name", "role_name"),
        ("permissions", "permissions"),
        ("resource_type", "resource_type"),
        ("resource_id", "resource_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "None | str | Unset",
        "role_name": "None | str | Unset",
        "permissions": "list[str] | None | Unset",
        "resource_type": "None | str | Unset",
        "resource_id": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "role_name",
            "permissions",
            "resource_type",
            "resource_id",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_id = d.pop("id", UNSET)
        try:
            id = _parse_id(_raw_id)

        except LENIENT_ERRORS:
            id = _raw_id

        _raw_role_name = d.pop("role_name", UNSET)
        try:
            role_name = _parse_role_name(_raw_role_name)

        except LENIENT_ERRORS:
            role_name = _raw_role_name

        _raw_permissions = d.pop("permissions", UNSET)
        try:
            permissions = _parse_permissions(_raw_permissions)

        except LENIENT_ERRORS:
            permissions = _raw_permissions

        _raw_resource_type = d.pop("resource_type", UNSET)
        try:
            resource_type = _parse_resource_type(_raw_resource_type)

        except LENIENT_ERRORS:
            resource_type = _raw_resource_type

        _raw_resource_id = d.pop("resource_id", UNSET)
        try:
            resource_id = _parse_resource_id(_raw_resource_id)

        except LENIENT_ERRORS:
            resource_id = _raw_resource_id

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = None if isinstance(id, Unset) else id
        parsed_obj_.role_name = None if isinstance(role_name, Unset) else role_name
        parsed_obj_.permissions = None if isinstance(permissions, Unset) else permissions
        parsed_obj_.resource_type = None if isinstance(resource_type, Unset) else resource_type
        parsed_obj_.resource_id = None if isinstance(resource_id, Unset) else resource_id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
