from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.container_memory_limit import ContainerMemoryLimit, check_container_memory_limit
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam,
    )
    from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ContainerNetworkPolicyAllowlistParam, ContainerNetworkPolicyDisabledParam
    from ..models.container_network_policy_allowlist_param import (
        ContainerNetworkPolicyAllowlistParam,  # noqa: PLC0415
    )
    from ..models.container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="AutoCodeInterpreterToolParam")


def _parse_file_ids(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        file_ids_type_0 = cast("list[str]", data)

        return file_ids_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


def _parse_memory_limit(data: object) -> ContainerMemoryLimit | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        memory_limit_type_0 = check_container_memory_limit(data)

        return memory_limit_type_0
    except LENIENT_ERRORS:
        pass
    return cast("ContainerMemoryLimit | None | Unset", data)


def _parse_network_policy(
    data: object,
) -> ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ContainerNetworkPolicyDisabledParam,
                ContainerNetworkPolicyAllowlistParam,
            ),
        )
        if variant is None:
            return cast(
                "ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | None | Unset",
                UnknownVariant(data),
            )
        return cast(
            "ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | None | Unset",
            variant.from_dict(data),
        )
    return cast(
        "ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | None | Unset",
        data,
    )


@_attrs_define
class AutoCodeInterpreterToolParam:
    """Configuration for a code interpreter container. Optionally specify the IDs of the files to run the code on."""

    type_: Literal["auto"] = "auto"
    """ Always `auto`. """
    file_ids: list[str] | None | Unset = UNSET
    """ An optional list of uploaded files to make available to your code. """
    memory_limit: ContainerMemoryLimit | None | Unset = UNSET
    network_policy: (
        ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | None | Unset
    ) = UNSET
    """ Network access policy for the container. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("auto",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("type",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "file_ids",
            "memory_limit",
            "network_policy",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if self.file_ids is not UNSET:
            field_dict["file_ids"] = to_json(self.file_ids)
        if self.memory_limit is not UNSET:
            field_dict["memory_limit"] = to_json(self.memory_limit)
        if self.network_policy is not UNSET:
            field_dict["network_policy"] = to_json(self.network_policy)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AutoCodeInterpreterToolParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['auto']", _raw_type_)
            if type_ != "auto":
                raise ValueError(f"type must match const 'auto', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_file_ids = d.pop("file_ids", UNSET)
        try:
            file_ids = _parse_file_ids(_raw_file_ids)

        except LENIENT_ERRORS:
            file_ids = _raw_file_ids

        _raw_memory_limit = d.pop("memory_limit", UNSET)
        try:
            memory_limit = _parse_memory_limit(_raw_memory_limit)

        except LENIENT_ERRORS:
            memory_limit = _raw_memory_limit

        _raw_network_policy = d.pop("network_policy", UNSET)
        try:
            network_policy = _parse_network_policy(_raw_network_policy)

        except LENIENT_ERRORS:
            network_policy = _raw_network_policy

        parsed_obj_ = cls(
            type_=type_,
            file_ids=file_ids,
            memory_limit=memory_limit,
            network_policy=network_policy,
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
