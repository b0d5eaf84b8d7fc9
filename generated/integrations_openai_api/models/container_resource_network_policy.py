from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.container_resource_network_policy_type import (
    ContainerResourceNetworkPolicyType,
    check_container_resource_network_policy_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerResourceNetworkPolicy")


def _parse_allowed_domains(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        allowed_domains_type_0 = cast("list[str]", data)

        return allowed_domains_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


@_attrs_define
class ContainerResourceNetworkPolicy:
    """Network access policy for the container."""

    type_: ContainerResourceNetworkPolicyType
    """ The network policy mode. """
    allowed_domains: list[str] | None | Unset = UNSET
    """ Allowed outbound domains when `type` is `allowlist`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "allowlist",
            "disabled",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "allowed_domains",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.allowed_domains is not UNSET:
            field_dict["allowed_domains"] = to_json(self.allowed_domains)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ContainerResourceNetworkPolicy: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = check_container_resource_network_policy_type(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_allowed_domains = d.pop("allowed_domains", UNSET)
        try:
            allowed_domains = _parse_allowed_domains(_raw_allowed_domains)

        except LENIENT_ERRORS:
            allowed_domains = _raw_allowed_domains

        parsed_obj_ = cls(
            type_=type_,
            allowed_domains=allowed_domains,
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
