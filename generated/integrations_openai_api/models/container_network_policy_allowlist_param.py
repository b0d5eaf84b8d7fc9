from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class ContainerNetworkPolicyAllowlistParam(ApiModel):
    allowed_domains: list[str]
    """ A list of allowed domains when type is `allowlist`. """

    type: Literal["allowlist"] = "allowlist"
    """ Allow outbound network access only to specified domains. Always `allowlist`. """

    domain_secrets: list[ContainerNetworkPolicyDomainSecretParam] | None = ABSENT
    """ Optional domain-scoped secrets for allowlisted domains. """

    _sdk_name_: ClassVar[str] = "ContainerNetworkPolicyAllowlist"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("allowed_domains", "allowed_domains"),
        ("type", "type"),
        ("domain_secrets", "domain_secrets"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['allowlist']",
        "allowed_domains": "list[str]",
        "domain_secrets": "list[ContainerNetworkPolicyDomainSecretParam] | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.allowed_domains
        if value_1 is None:
            if "allowed_domains" in present:
                out["allowed_domains"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "allowed_domains" in present:
            out["allowed_domains"] = to_json(value_1)
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.domain_secrets
        if value_3 is None:
            if "domain_secrets" in present:
                out["domain_secrets"] = None
        else:
            out["domain_secrets"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        _raw_allowed_domains = get_("allowed_domains", UNSET)
        try:
            allowed_domains = cast("list[str]", _raw_allowed_domains)

        except LENIENT_ERRORS:
            allowed_domains = _raw_allowed_domains
        parsed_obj_.allowed_domains = (
            AbsentList() if isinstance(allowed_domains, Unset) else allowed_domains
        )
        _raw_domain_secrets = get_("domain_secrets", UNSET)
        try:
            _domain_secrets = _raw_domain_secrets
            domain_secrets: list[ContainerNetworkPolicyDomainSecretParam] | Unset = UNSET
            if _domain_secrets is not UNSET:
                if not isinstance(_domain_secrets, list):
                    raise TypeError()
                domain_secrets = []
                for domain_secrets_item_data in _domain_secrets:
                    try:
                        domain_secrets_item = (
                            ContainerNetworkPolicyDomainSecretParam._from_dict_(
                                domain_secrets_item_data
                            )
                            if domain_secrets_item_data.__class__ is dict
                            else ContainerNetworkPolicyDomainSecretParam.from_dict(
                                domain_secrets_item_data
                            )
                        )
                    except LENIENT_ERRORS:
                        domain_secrets_item = domain_secrets_item_data
                    domain_secrets.append(domain_secrets_item)

        except LENIENT_ERRORS:
            domain_secrets = _raw_domain_secrets
        parsed_obj_.domain_secrets = None if isinstance(domain_secrets, Unset) else domain_secrets
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
