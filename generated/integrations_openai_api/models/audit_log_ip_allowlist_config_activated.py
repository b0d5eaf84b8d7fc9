from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="AuditLogIpAllowlistConfigActivated")


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


@_attrs_define
class AuditLogIpAllowlistConfigActivated:
    """The details for events with this `type`."""

    configs: list[AuditLogIpAllowlistConfigActivatedConfigsItem] | None | Unset = UNSET
    """ The configurations that were activated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("configs",))

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.configs is not UNSET:
            field_dict["configs"] = to_json(self.configs)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AuditLogIpAllowlistConfigActivated: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_configs = d.pop("configs", UNSET)
        try:
            configs = _parse_configs(_raw_configs)

        except LENIENT_ERRORS:
            configs = _raw_configs

        parsed_obj_ = cls(
            configs=configs,
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
