from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogRoleAssignmentCreated")


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_principal_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_principal_type(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_resource_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_resource_type(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class AuditLogRoleAssignmentCreated:
    """The details for events with this `type`."""

    id: None | str | Unset = UNSET
    """ The identifier of the role assignment. """
    principal_id: None | str | Unset = UNSET
    """ The principal (user or group) that received the role. """
    principal_type: None | str | Unset = UNSET
    """ The type of principal (user or group) that received the role. """
    resource_id: None | str | Unset = UNSET
    """ The resource the role assignment is scoped to. """
    resource_type: None | str | Unset = UNSET
    """ The type of resource the role assignment is scoped to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "principal_id",
            "principal_type",
            "resource_id",
            "resource_type",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.id is not UNSET:
            field_dict["id"] = to_json(self.id)
        if self.principal_id is not UNSET:
            field_dict["principal_id"] = to_json(self.principal_id)
        if self.principal_type is not UNSET:
            field_dict["principal_type"] = to_json(self.principal_type)
        if self.resource_id is not UNSET:
            field_dict["resource_id"] = to_json(self.resource_id)
        if self.resource_type is not UNSET:
            field_dict["resource_type"] = to_json(self.resource_type)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AuditLogRoleAssignmentCreated: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        try:
            id = _parse_id(_raw_id)

        except LENIENT_ERRORS:
            id = _raw_id

        _raw_principal_id = d.pop("principal_id", UNSET)
        try:
            principal_id = _parse_principal_id(_raw_principal_id)

        except LENIENT_ERRORS:
            principal_id = _raw_principal_id

        _raw_principal_type = d.pop("principal_type", UNSET)
        try:
            principal_type = _parse_principal_type(_raw_principal_type)

        except LENIENT_ERRORS:
            principal_type = _raw_principal_type

        _raw_resource_id = d.pop("resource_id", UNSET)
        try:
            resource_id = _parse_resource_id(_raw_resource_id)

        except LENIENT_ERRORS:
            resource_id = _raw_resource_id

        _raw_resource_type = d.pop("resource_type", UNSET)
        try:
            resource_type = _parse_resource_type(_raw_resource_type)

        except LENIENT_ERRORS:
            resource_type = _raw_resource_type

        parsed_obj_ = cls(
            id=id,
            principal_id=principal_id,
            principal_type=principal_type,
            resource_id=resource_id,
            resource_type=resource_type,
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
