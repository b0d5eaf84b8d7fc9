from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserRoleUpdateRequest")


def _parse_role(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_role_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_technical_level(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_developer_persona(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class UserRoleUpdateRequest:
    role: None | str | Unset = UNSET
    """ `owner` or `reader` """
    role_id: None | str | Unset = UNSET
    """ Role ID to assign to the user. """
    technical_level: None | str | Unset = UNSET
    """ Technical level metadata. """
    developer_persona: None | str | Unset = UNSET
    """ Developer persona metadata. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role",
            "role_id",
            "technical_level",
            "developer_persona",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.role is not UNSET:
            field_dict["role"] = to_json(self.role)
        if self.role_id is not UNSET:
            field_dict["role_id"] = to_json(self.role_id)
        if self.technical_level is not UNSET:
            field_dict["technical_level"] = to_json(self.technical_level)
        if self.developer_persona is not UNSET:
            field_dict["developer_persona"] = to_json(self.developer_persona)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"UserRoleUpdateRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_role = d.pop("role", UNSET)
        try:
            role = _parse_role(_raw_role)

        except LENIENT_ERRORS:
            role = _raw_role

        _raw_role_id = d.pop("role_id", UNSET)
        try:
            role_id = _parse_role_id(_raw_role_id)

        except LENIENT_ERRORS:
            role_id = _raw_role_id

        _raw_technical_level = d.pop("technical_level", UNSET)
        try:
            technical_level = _parse_technical_level(_raw_technical_level)

        except LENIENT_ERRORS:
            technical_level = _raw_technical_level

        _raw_developer_persona = d.pop("developer_persona", UNSET)
        try:
            developer_persona = _parse_developer_persona(_raw_developer_persona)

        except LENIENT_ERRORS:
            developer_persona = _raw_developer_persona

        parsed_obj_ = cls(
            role=role,
            role_id=role_id,
            technical_level=technical_level,
            developer_persona=developer_persona,
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
