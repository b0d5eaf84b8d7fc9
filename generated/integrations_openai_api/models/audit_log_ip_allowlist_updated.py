from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogIpAllowlistUpdated")


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_allowed_ips(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        allowed_ips_type_0 = cast("list[str]", data)

        return allowed_ips_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


@_attrs_define
class AuditLogIpAllowlistUpdated:
    """The details for events with this `type`."""

    id: None | str | Unset = UNSET
    """ The ID of the IP allowlist configuration. """
    allowed_ips: list[str] | None | Unset = UNSET
    """ The updated set of IP addresses or CIDR ranges in the configuration. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "allowed_ips",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.id is not UNSET:
            field_dict["id"] = to_json(self.id)
        if self.allowed_ips is not UNSET:
            field_dict["allowed_ips"] = to_json(self.allowed_ips)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AuditLogIpAllowlistUpdated: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_id = d.pop("id", UNSET)
        try:
            id = _parse_id(_raw_id)

        except LENIENT_ERRORS:
            id = _raw_id

        _raw_allowed_ips = d.pop("allowed_ips", UNSET)
        try:
            allowed_ips = _parse_allowed_ips(_raw_allowed_ips)

        except LENIENT_ERRORS:
            allowed_ips = _raw_allowed_ips

        parsed_obj_ = cls(
            id=id,
            allowed_ips=allowed_ips,
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
