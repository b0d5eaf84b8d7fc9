from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogInviteSentData")


@_attrs_define
class AuditLogInviteSentData:
    """The payload used to create the invite."""

    email: str | Unset = UNSET
    """ The email invited to the organization. """
    role: str | Unset = UNSET
    """ The role the email was invited to be. Is either `owner` or `member`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "email",
            "role",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.role is not UNSET:
            field_dict["role"] = self.role
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AuditLogInviteSentData: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        role = d.pop("role", UNSET)

        parsed_obj_ = cls(
            email=email,
            role=role,
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
