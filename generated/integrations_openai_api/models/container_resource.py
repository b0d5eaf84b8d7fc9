from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.container_resource_memory_limit import (
    ContainerResourceMemoryLimit,
    check_container_resource_memory_limit,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_resource_expires_after import ContainerResourceExpiresAfter
    from ..models.container_resource_network_policy import ContainerResourceNetworkPolicy

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ContainerResourceExpiresAfter, ContainerResourceNetworkPolicy
    from ..models.container_resource_expires_after import ContainerResourceExpiresAfter  # noqa: PLC0415
    from ..models.container_resource_network_policy import ContainerResourceNetworkPolicy  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="ContainerResource")


def _parse_last_active_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_expires_after(data: object) -> ContainerResourceExpiresAfter | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ContainerResourceExpiresAfter.from_dict(data)
    return cast("ContainerResourceExpiresAfter | None | Unset", data)


def _parse_memory_limit(data: object) -> ContainerResourceMemoryLimit | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        memory_limit_type_0 = check_container_resource_memory_limit(data)

        return memory_limit_type_0
    except LENIENT_ERRORS:
        pass
    return cast("ContainerResourceMemoryLimit | None | Unset", data)


def _parse_network_policy(data: object) -> ContainerResourceNetworkPolicy | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ContainerResourceNetworkPolicy.from_dict(data)
    return cast("ContainerResourceNetworkPolicy | None | Unset", data)


@_attrs_define
class ContainerResource:
    id: str
    """ Unique identifier for the container. """
    object_: str
    """ The type of this object. """
    name: str
    """ Name of the container. """
    created_at: int
    """ Unix timestamp (in seconds) when the container was created. """
    status: str
    """ Status of the container (e.g., active, deleted). """
    last_active_at: int | None | Unset = UNSET
    """ Unix timestamp (in seconds) when the container was last active. """
    expires_after: ContainerResourceExpiresAfter | None | Unset = UNSET
    memory_limit: ContainerResourceMemoryLimit | None | Unset = UNSET
    network_policy: ContainerResourceNetworkPolicy | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "name",
        "created_at",
        "status",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "name",
            "created_at",
            "status",
            "last_active_at",
            "expires_after",
            "memory_limit",
            "network_policy",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if self.last_active_at is not UNSET:
            field_dict["last_active_at"] = to_json(self.last_active_at)
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = to_json(self.expires_after)
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
                f"ContainerResource: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        object_ = d.pop("object", UNSET)

        name = d.pop("name", UNSET)

        created_at = d.pop("created_at", UNSET)

        status = d.pop("status", UNSET)

        _raw_last_active_at = d.pop("last_active_at", UNSET)
        try:
            last_active_at = _parse_last_active_at(_raw_last_active_at)

        except LENIENT_ERRORS:
            last_active_at = _raw_last_active_at

        _raw_expires_after = d.pop("expires_after", UNSET)
        try:
            expires_after = _parse_expires_after(_raw_expires_after)

        except LENIENT_ERRORS:
            expires_after = _raw_expires_after

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
            id=id,
            object_=object_,
            name=name,
            created_at=created_at,
            status=status,
            last_active_at=last_active_at,
            expires_after=expires_after,
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
