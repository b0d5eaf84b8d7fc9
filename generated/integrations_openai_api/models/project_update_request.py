from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectUpdateRequest")


def _parse_name(data: object) -> None | str | Unset:
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


def _parse_geography(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class ProjectUpdateRequest:
    name: None | str | Unset = UNSET
    """ The updated name of the project, this name appears in reports. """
    external_key_id: None | str | Unset = UNSET
    """ External key ID to associate with the project. """
    geography: None | str | Unset = UNSET
    """ Geography for the project. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "name",
            "external_key_id",
            "geography",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.name is not UNSET:
            field_dict["name"] = to_json(self.name)
        if self.external_key_id is not UNSET:
            field_dict["external_key_id"] = to_json(self.external_key_id)
        if self.geography is not UNSET:
            field_dict["geography"] = to_json(self.geography)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ProjectUpdateRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_name = d.pop("name", UNSET)
        try:
            name = _parse_name(_raw_name)

        except LENIENT_ERRORS:
            name = _raw_name

        _raw_external_key_id = d.pop("external_key_id", UNSET)
        try:
            external_key_id = _parse_external_key_id(_raw_external_key_id)

        except LENIENT_ERRORS:
            external_key_id = _raw_external_key_id

        _raw_geography = d.pop("geography", UNSET)
        try:
            geography = _parse_geography(_raw_geography)

        except LENIENT_ERRORS:
            geography = _raw_geography

        parsed_obj_ = cls(
            name=name,
            external_key_id=external_key_id,
            geography=geography,
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
