from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class CreateGroupUserBody(ApiModel):
    """Request payload for adding a user to a group."""

    user_id: str
    """ Identifier of the user to add to the group. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("user_id", "user_id"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "user_id": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("user_id",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("user_id",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        user_id = d.pop("user_id", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.user_id = user_id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
