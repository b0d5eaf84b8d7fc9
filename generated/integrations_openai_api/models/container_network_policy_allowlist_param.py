from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_network_policy_domain_secret_param import (
        ContainerNetworkPolicyDomainSecretParam,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ContainerNetworkPolicyDomainSecretParam
    from ..models.container_network_policy_domain_secret_param import (
        ContainerNetworkPolicyDomainSecretParam,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="ContainerNetworkPolicyAllowlistParam")


def _parse_domain_secrets(
    data: object,
) -> list[ContainerNetworkPolicyDomainSecretParam] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        domain_secrets_type_0 = []
        _domain_secrets_type_0 = data
        if not isinstance(_domain_secrets_type_0, list):
            raise TypeError()
        for domain_secrets_type_0_item_data in _domain_secrets_type_0:
            try:
                domain_secrets_type_0_item = ContainerNetworkPolicyDomainSecretParam.from_dict(
                    domain_secrets_type_0_item_data
                )

            except LENIENT_ERRORS:
                domain_secrets_type_0_item = domain_secrets_type_0_item_data
            domain_secrets_type_0.append(domain_secrets_type_0_item)

        return domain_secrets_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[ContainerNetworkPolicyDomainSecretParam] | None | Unset", data)


@_attrs_define
class ContainerNetworkPolicyAllowlistParam:
    allowed_domains: list[str]
    """ A list of allowed domains when type is `allowlist`. """
    type_: Literal["allowlist"] = "allowlist"
    """ Allow outbound network access only to specified domains. Always `allowlist`. """
    domain_secrets: list[ContainerNetworkPolicyDomainSecretParam] | None | Unset = UNSET
    """ Optional domain-scoped secrets for allowlisted domains. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("allowlist",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "allowed_domains",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "allowed_domains",
            "domain_secrets",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.allowed_domains, Unset):
            field_dict["allowed_domains"] = to_json(self.allowed_domains)
        if self.domain_secrets is not UNSET:
            field_dict["domain_secrets"] = to_json(self.domain_secrets)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ContainerNetworkPolicyAllowlistParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['allowlist']", _raw_type_)
            if type_ != "allowlist":
                raise ValueError(f"type must match const 'allowlist', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_allowed_domains = d.pop("allowed_domains", UNSET)
        try:
            allowed_domains = cast("list[str]", _raw_allowed_domains)

        except LENIENT_ERRORS:
            allowed_domains = _raw_allowed_domains

        _raw_domain_secrets = d.pop("domain_secrets", UNSET)
        try:
            domain_secrets = _parse_domain_secrets(_raw_domain_secrets)

        except LENIENT_ERRORS:
            domain_secrets = _raw_domain_secrets

        parsed_obj_ = cls(
            type_=type_,
            allowed_domains=allowed_domains,
            domain_secrets=domain_secrets,
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
