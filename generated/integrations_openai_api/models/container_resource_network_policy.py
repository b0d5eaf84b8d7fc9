from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.container_resource_network_policy_type import (
    ContainerResourceNetworkPolicyType,
    check_container_resource_network_policy_type,
)
from ..types import UNSET, Unset


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


@_attrs_define(repr=False)
class ContainerResourceNetworkPolicy(ApiModel):
    """Network access policy for the container."""

    type: ContainerResourceNetworkPolicyType | str
    """ The network policy mode. """

    allowed_domains: list[str] | None = ABSENT
    """ Allowed outbound domains when `type` is `allowlist`. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("allowed_domains", "allowed_domains"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "ContainerResourceNetworkPolicyType",
        "allowed_domains": "list[str] | None | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", None)
        try:
            type_ = check_container_resource_network_policy_type(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_allowed_domains = d.pop("allowed_domains", UNSET)
        try:
            allowed_domains = _parse_allowed_domains(_raw_allowed_domains)

        except LENIENT_ERRORS:
            allowed_domains = _raw_allowed_domains

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.allowed_domains = (
            None if isinstance(allowed_domains, Unset) else allowed_domains
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
