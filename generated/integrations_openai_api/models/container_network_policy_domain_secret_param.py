from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerNetworkPolicyDomainSecretParam")


@_attrs_define
class ContainerNetworkPolicyDomainSecretParam:
    domain: str
    """ The domain associated with the secret. """
    name: str
    """ The name of the secret to inject for the domain. """
    value: str
    """ The secret value to inject for the domain. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "domain",
        "name",
        "value",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "domain",
            "name",
            "value",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.domain, Unset):
            field_dict["domain"] = self.domain
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.value, Unset):
            field_dict["value"] = self.value
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ContainerNetworkPolicyDomainSecretParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        domain = d.pop("domain", UNSET)

        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        parsed_obj_ = cls(
            domain=domain,
            name=name,
            value=value,
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
