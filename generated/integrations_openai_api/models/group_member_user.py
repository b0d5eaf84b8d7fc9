from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.group_member_user_user_type import (
    GroupMemberUserUserType,
    check_group_member_user_user_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupMemberUser")


def _parse_email(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_picture(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_is_service_account(data: object) -> bool | None:
    if data is None:
        return data
    return cast("bool | None", data)


@_attrs_define
class GroupMemberUser:
    """Details about a user returned from an organization group membership lookup."""

    id: str
    """ Identifier for the user. """
    name: str
    """ Display name of the user. """
    email: None | str
    """ Email address of the user, or `null` for users without an email. """
    picture: None | str
    """ URL of the user's profile picture, if available. """
    is_service_account: bool | None
    """ Whether the user is a service account. """
    user_type: GroupMemberUserUserType
    """ The type of user. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "user_type": (
            "tenant_user",
            "user",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "email",
        "picture",
        "is_service_account",
        "user_type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
            "email",
            "picture",
            "is_service_account",
            "user_type",
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
        if not isinstance(self.picture, Unset):
            field_dict["picture"] = to_json(self.picture)
        if not isinstance(self.is_service_account, Unset):
            field_dict["is_service_account"] = to_json(self.is_service_account)
        if not isinstance(self.user_type, Unset):
            field_dict["user_type"] = self.user_type
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"GroupMemberUser: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _raw_email = d.pop("email", UNSET)
        try:
            email = _parse_email(_raw_email)

        except LENIENT_ERRORS:
            email = _raw_email

        _raw_picture = d.pop("picture", UNSET)
        try:
            picture = _parse_picture(_raw_picture)

        except LENIENT_ERRORS:
            picture = _raw_picture

        _raw_is_service_account = d.pop("is_service_account", UNSET)
        try:
            is_service_account = _parse_is_service_account(_raw_is_service_account)

        except LENIENT_ERRORS:
            is_service_account = _raw_is_service_account

        _raw_user_type = d.pop("user_type", UNSET)
        try:
            user_type = check_group_member_user_user_type(_raw_user_type)

        except LENIENT_ERRORS:
            user_type = _raw_user_type

        parsed_obj_ = cls(
            id=id,
            name=name,
            email=email,
            picture=picture,
            is_service_account=is_service_account,
            user_type=user_type,
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
