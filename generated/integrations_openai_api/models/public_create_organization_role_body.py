from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, AbsentList, ApiModel
from ..types import UNSET, Unset


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class PublicCreateOrganizationRoleBody(ApiModel):
    """Request payload for creating a custom role."""

    role_name: str
    """ Unique name for the role. """

    permissions: list[str]
    """ Permissions to grant to the role. """

    description: str | None = ABSENT
    """ Optional description of the role. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role_name", "role_name"),
        ("permissions", "permissions"),
        ("description", "description"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "role_name": "str",
        "permissions": "list[str]",
        "description": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "role_name",
        "permissions",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role_name",
            "permissions",
            "description",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        role_name = d.pop("role_name", None)

        _raw_permissions = d.pop("permissions", UNSET)
        try:
            permissions = cast("list[str]", _raw_permissions)

        except LENIENT_ERRORS:
            permissions = _raw_permissions

        _raw_description = d.pop("description", UNSET)
        try:
            description = _parse_description(_raw_description)

        except LENIENT_ERRORS:
            description = _raw_description

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.role_name = role_name
        parsed_obj_.permissions = AbsentList() if isinstance(permissions, Unset) else permissions
        parsed_obj_.description = None if isinstance(description, Unset) else description
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
