from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import ApiModel


@_attrs_define(repr=False)
class GroupUserAssignment(ApiModel):
    """Confirmation payload returned after adding a user to a group."""

    user_id: str
    """ Identifier of the user that was added. """

    group_id: str
    """ Identifier of the group the user was added to. """

    object: Literal["group.user"] = "group.user"
    """ Always `group.user`. """

    _sdk_name_: ClassVar[str] = "UserCreateResponse"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("group_id", "group_id"),
        ("object", "object"),
        ("user_id", "user_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "object": "Literal['group.user']",
        "user_id": "str",
        "group_id": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("group.user",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "object",
        "user_id",
        "group_id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "object",
            "user_id",
            "group_id",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.group_id
        if value_1 is None:
            if "group_id" in present:
                out["group_id"] = None
        else:
            out["group_id"] = value_1
        value_2 = self.object
        if value_2 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_2
        value_3 = self.user_id
        if value_3 is None:
            if "user_id" in present:
                out["user_id"] = None
        else:
            out["user_id"] = value_3
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        object_ = d.pop("object", None)

        user_id = d.pop("user_id", None)

        group_id = d.pop("group_id", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.object = object_
        parsed_obj_.user_id = user_id
        parsed_obj_.group_id = group_id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
