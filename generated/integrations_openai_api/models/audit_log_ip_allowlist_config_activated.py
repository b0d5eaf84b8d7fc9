from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_log_ip_allowlist_config_activated_configs_item import (
        AuditLogIpAllowlistConfigActivatedConfigsItem,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, AuditLogIpAllowlistConfigActivatedConfigsItem
    from ..models.audit_log_ip_allowlist_config_activated_configs_item import (
        AuditLogIpAllowlistConfigActivatedConfigsItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class AuditLogIpAllowlistConfigActivated(ApiModel):
    """The details for events with this `type`."""

    configs: list[AuditLogIpAllowlistConfigActivatedConfigsItem] | None = ABSENT
    """ The configurations that were activated. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("configs", "configs"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "configs": "list[AuditLogIpAllowlistConfigActivatedConfigsItem] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("configs",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.configs
        if value_1 is None:
            if "configs" in present:
                out["configs"] = None
        else:
            out["configs"] = to_json(value_1)
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
        _raw_configs = get_("configs", UNSET)
        try:
            _configs = _raw_configs
            configs: list[AuditLogIpAllowlistConfigActivatedConfigsItem] | Unset = UNSET
            if _configs is not UNSET:
                if not isinstance(_configs, list):
                    raise TypeError()
                configs = []
                for configs_item_data in _configs:
                    try:
                        configs_item = (
                            AuditLogIpAllowlistConfigActivatedConfigsItem._from_dict_(
                                configs_item_data
                            )
                            if configs_item_data.__class__ is dict
                            else AuditLogIpAllowlistConfigActivatedConfigsItem.from_dict(
                                configs_item_data
                            )
                        )
                    except LENIENT_ERRORS:
                        configs_item = configs_item_data
                    configs.append(configs_item)

        except LENIENT_ERRORS:
            configs = _raw_configs
        parsed_obj_.configs = None if isinstance(configs, Unset) else configs
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
