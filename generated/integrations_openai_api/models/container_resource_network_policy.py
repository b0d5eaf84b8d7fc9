from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.container_resource_network_policy_type import (
    ContainerResourceNetworkPolicyType,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ContainerResourceNetworkPolicy(ApiModel):
    """Network access policy for the container."""

    type: ContainerResourceNetworkPolicyType | str
    """ The network policy mode. """

    allowed_domains: list[str] | None = ABSENT
    """ Allowed outbound domains when `type` is `allowlist`. """

    _sdk_name_: ClassVar[str] = "NetworkPolicy"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("allowed_domains", "allowed_domains"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "ContainerResourceNetworkPolicyType",
        "allowed_domains": "list[str] | Unset",
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.allowed_domains
        if value_2 is None:
            if "allowed_domains" in present:
                out["allowed_domains"] = None
        else:
            out["allowed_domains"] = to_json(value_2)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        _raw_allowed_domains = get_("allowed_domains", UNSET)
        try:
            allowed_domains = cast("list[str]", _raw_allowed_domains)

        except LENIENT_ERRORS:
            allowed_domains = _raw_allowed_domains
        parsed_obj_.allowed_domains = (
            None if isinstance(allowed_domains, Unset) else allowed_domains
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
