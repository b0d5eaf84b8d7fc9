from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class InviteProjectGroupBody(ApiModel):
    """Request payload for granting a group access to a project."""

    group_id: str
    """ Identifier of the group to add to the project. """

    role: str
    """ Identifier of the project role to grant to the group. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("group_id", "group_id"),
        ("role", "role"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "group_id": "str",
        "role": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "group_id",
        "role",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "group_id",
            "role",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        group_id = d.pop("group_id", None)

        role = d.pop("role", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.group_id = group_id
        parsed_obj_.role = role
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
