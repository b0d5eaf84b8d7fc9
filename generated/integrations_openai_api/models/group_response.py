from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel
from ..models.group_response_group_type import (
    GroupResponseGroupType,
    check_group_response_group_type,
)


@_attrs_define(repr=False)
class GroupResponse(ApiModel):
    """Details about an organization group."""

    id: str
    """ Identifier for the group. """

    name: str
    """ Display name of the group. """

    created_at: int
    """ Unix timestamp (in seconds) when the group was created. """

    is_scim_managed: bool
    """ Whether the group is managed through SCIM and controlled by your identity provider. """

    group_type: GroupResponseGroupType | str
    """ The type of the group. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("name", "name"),
        ("created_at", "created_at"),
        ("is_scim_managed", "is_scim_managed"),
        ("group_type", "group_type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "name": "str",
        "created_at": "int",
        "is_scim_managed": "bool",
        "group_type": "GroupResponseGroupType",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "group_type": (
            "group",
            "tenant_group",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "created_at",
        "is_scim_managed",
        "group_type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
            "created_at",
            "is_scim_managed",
            "group_type",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        id = d.pop("id", None)

        name = d.pop("name", None)

        created_at = d.pop("created_at", None)

        is_scim_managed = d.pop("is_scim_managed", None)

        _raw_group_type = d.pop("group_type", None)
        try:
            group_type = check_group_response_group_type(_raw_group_type)

        except LENIENT_ERRORS:
            group_type = _raw_group_type

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.name = name
        parsed_obj_.created_at = created_at
        parsed_obj_.is_scim_managed = is_scim_managed
        parsed_obj_.group_type = group_type
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
