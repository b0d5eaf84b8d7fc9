from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

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
    last_active_at: int | Unset = UNSET
    """ Unix timestamp (in seconds) when the container was last active. """
    expires_after: ContainerResourceExpiresAfter | Unset = UNSET
    """ The container will expire after this time period.
    The anchor is the reference point for the expiration.
    The minutes is the number of minutes after the anchor before the container expires.
     """
    memory_limit: ContainerResourceMemoryLimit | Unset = UNSET
    """ The memory limit configured for the container. """
    network_policy: ContainerResourceNetworkPolicy | Unset = UNSET
    """ Network access policy for the container. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "memory_limit": (
            "16g",
            "1g",
            "4g",
            "64g",
        ),
    }
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
            field_dict["last_active_at"] = self.last_active_at
        if self.expires_after is not UNSET:
            field_dict["expires_after"] = to_json(self.expires_after)
        if self.memory_limit is not UNSET:
            field_dict["memory_limit"] = self.memory_limit
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

        last_active_at = d.pop("last_active_at", UNSET)

        _raw_expires_after = d.pop("expires_after", UNSET)
        try:
            _expires_after = _raw_expires_after
            expires_after: ContainerResourceExpiresAfter | Unset
            if isinstance(_expires_after, Unset):
                expires_after = UNSET
            else:
                expires_after = ContainerResourceExpiresAfter.from_dict(_expires_after)

        except LENIENT_ERRORS:
            expires_after = _raw_expires_after

        _raw_memory_limit = d.pop("memory_limit", UNSET)
        try:
            _memory_limit = _raw_memory_limit
            memory_limit: ContainerResourceMemoryLimit | Unset
            if isinstance(_memory_limit, Unset):
                memory_limit = UNSET
            else:
                memory_limit = check_container_resource_memory_limit(_memory_limit)

        except LENIENT_ERRORS:
            memory_limit = _raw_memory_limit

        _raw_network_policy = d.pop("network_policy", UNSET)
        try:
            _network_policy = _raw_network_policy
            network_policy: ContainerResourceNetworkPolicy | Unset
            if isinstance(_network_policy, Unset):
                network_policy = UNSET
            else:
                network_policy = ContainerResourceNetworkPolicy.from_dict(_network_policy)

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
