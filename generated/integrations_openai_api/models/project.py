from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_archived_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_status(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_external_key_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class Project:
    """Represents an individual project."""

    id: str
    """ The identifier, which can be referenced in API endpoints """
    created_at: int
    """ The Unix timestamp (in seconds) of when the project was created. """
    object_: Literal["organization.project"] = "organization.project"
    """ The object type, which is always `organization.project` """
    name: None | str | Unset = UNSET
    """ The name of the project. This appears in reporting. """
    archived_at: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    """ `active` or `archived` """
    external_key_id: None | str | Unset = UNSET
    """ The external key associated with the project. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("organization.project",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "name",
            "archived_at",
            "status",
            "external_key_id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if self.name is not UNSET:
            field_dict["name"] = to_json(self.name)
        if self.archived_at is not UNSET:
            field_dict["archived_at"] = to_json(self.archived_at)
        if self.status is not UNSET:
            field_dict["status"] = to_json(self.status)
        if self.external_key_id is not UNSET:
            field_dict["external_key_id"] = to_json(self.external_key_id)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"Project: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['organization.project']", _raw_object_)
            if object_ != "organization.project":
                raise ValueError(f"object must match const 'organization.project', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        created_at = d.pop("created_at", UNSET)

        _raw_name = d.pop("name", UNSET)
        try:
            name = _parse_name(_raw_name)

        except LENIENT_ERRORS:
            name = _raw_name

        _raw_archived_at = d.pop("archived_at", UNSET)
        try:
            archived_at = _parse_archived_at(_raw_archived_at)

        except LENIENT_ERRORS:
            archived_at = _raw_archived_at

        _raw_status = d.pop("status", UNSET)
        try:
            status = _parse_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_external_key_id = d.pop("external_key_id", UNSET)
        try:
            external_key_id = _parse_external_key_id(_raw_external_key_id)

        except LENIENT_ERRORS:
            external_key_id = _raw_external_key_id

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            name=name,
            archived_at=archived_at,
            status=status,
            external_key_id=external_key_id,
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
