from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class DeletedRoleAssignmentResource(ApiModel):
    """Confirmation payload returned after unassigning a role."""

    object: str
    """ Identifier for the deleted assignment, such as `group.role.deleted` or `user.role.deleted`. """

    deleted: bool
    """ Whether the assignment was removed. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("object", "object"),
        ("deleted", "deleted"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "str",
        "deleted": "bool",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "deleted",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "deleted",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        object_ = d.pop("object", None)

        deleted = d.pop("deleted", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.deleted = deleted
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
