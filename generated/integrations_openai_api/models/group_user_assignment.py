from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupUserAssignment")


@_attrs_define
class GroupUserAssignment:
    """Confirmation payload returned after adding a user to a group."""

    user_id: str
    """ Identifier of the user that was added. """
    group_id: str
    """ Identifier of the group the user was added to. """
    object_: Literal["group.user"] = "group.user"
    """ Always `group.user`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.user_id, Unset):
            field_dict["user_id"] = self.user_id
        if not isinstance(self.group_id, Unset):
            field_dict["group_id"] = self.group_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"GroupUserAssignment: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['group.user']", _raw_object_)
            if object_ != "group.user":
                raise ValueError(f"object must match const 'group.user', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        user_id = d.pop("user_id", UNSET)

        group_id = d.pop("group_id", UNSET)

        parsed_obj_ = cls(
            object_=object_,
            user_id=user_id,
            group_id=group_id,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
