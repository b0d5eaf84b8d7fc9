from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class PublicAssignOrganizationGroupRoleBody(ApiModel):
    """Request payload for assigning a role to a group or user."""

    role_id: str
    """ Identifier of the role to assign. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("role_id", "role_id"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "role_id": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("role_id",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("role_id",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        role_id = d.pop("role_id", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.role_id = role_id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
