from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectUserCreateRequest")


def _parse_user_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_email(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class ProjectUserCreateRequest:
    role: str
    """ `owner` or `member` """
    user_id: None | str | Unset = UNSET
    """ The ID of the user. """
    email: None | str | Unset = UNSET
    """ Email of the user to add. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("role",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role",
            "user_id",
            "email",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.role, Unset):
            field_dict["role"] = self.role
        if self.user_id is not UNSET:
            field_dict["user_id"] = to_json(self.user_id)
        if self.email is not UNSET:
            field_dict["email"] = to_json(self.email)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ProjectUserCreateRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        role = d.pop("role", UNSET)

        _raw_user_id = d.pop("user_id", UNSET)
        try:
            user_id = _parse_user_id(_raw_user_id)

        except LENIENT_ERRORS:
            user_id = _raw_user_id

        _raw_email = d.pop("email", UNSET)
        try:
            email = _parse_email(_raw_email)

        except LENIENT_ERRORS:
            email = _raw_email

        parsed_obj_ = cls(
            role=role,
            user_id=user_id,
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
