from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class GroupResourceWithSuccess(ApiModel):
    """Response returned after updating a group."""

    id: str
    """ Identifier for the group. """

    name: str
    """ Updated display name for the group. """

    created_at: int
    """ Unix timestamp (in seconds) when the group was created. """

    is_scim_managed: bool
    """ Whether the group is managed through SCIM and controlled by your identity provider. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("name", "name"),
        ("created_at", "created_at"),
        ("is_scim_managed", "is_scim_managed"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "name": "str",
        "created_at": "int",
        "is_scim_managed": "bool",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "created_at",
        "is_scim_managed",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
            "created_at",
            "is_scim_managed",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        id = d.pop("id", None)

        name = d.pop("name", None)

        created_at = d.pop("created_at", None)

        is_scim_managed = d.pop("is_scim_managed", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.name = name
        parsed_obj_.created_at = created_at
        parsed_obj_.is_scim_managed = is_scim_managed
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
