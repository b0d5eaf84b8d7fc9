from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


def _parse_configs(
    data: object,
) -> list[AuditLogIpAllowlistConfigActivatedConfigsItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        configs_type_0 = []
        _configs_type_0 = data
        if not isinstance(_configs_type_0, list):
            raise TypeError()
        for configs_type_0_item_data in _configs_type_0:
            try:
                configs_type_0_item = AuditLogIpAllowlistConfigActivatedConfigsItem.from_dict(
                    configs_type_0_item_data
                )

            except LENIENT_ERRORS:
                configs_type_0_item = configs_type_0_item_data
            configs_type_0.append(configs_type_0_item)

        return configs_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[AuditLogIpAllowlistConfigActivatedConfigsItem] | None | Unset", data)


@_attrs_define(repr=False)
class AuditLogIpAllowlistConfigDeactivated(ApiModel):
    """The details for events with this `type`."""

    configs: list[AuditLogIpAllowlistConfigActivatedConfigsItem] | None = ABSENT
    """ The configurations that were deactivated. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("configs", "configs"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "configs": "list[AuditLogIpAllowlistConfigActivatedConfigsItem] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("configs",))

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_configs = d.pop("configs", UNSET)
        try:
            configs = _parse_configs(_raw_configs)

        except LENIENT_ERRORS:
            configs = _raw_configs

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.configs = None if isinstance(configs, Unset) else configs
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
