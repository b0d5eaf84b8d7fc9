from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupUser")


def _parse_email(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define
class GroupUser:
    """Represents an individual user returned when inspecting group membership."""

    id: str
    """ The identifier, which can be referenced in API endpoints """
    name: str
    """ The name of the user. """
    email: None | str
    """ The email address of the user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "email",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
            "email",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.email, Unset):
            field_dict["email"] = to_json(self.email)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"GroupUser: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _raw_email = d.pop("email", UNSET)
        try:
            email = _parse_email(_raw_email)

        except LENIENT_ERRORS:
            email = _raw_email

        parsed_obj_ = cls(
            id=id,
            name=name,
            email=email,
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
