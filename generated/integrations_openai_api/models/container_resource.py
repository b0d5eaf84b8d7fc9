from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class ContainerResource(ApiModel):
    id: str
    """ Unique identifier for the container. """

    object: str
    """ The type of this object. """

    name: str
    """ Name of the container. """

    created_at: int
    """ Unix timestamp (in seconds) when the container was created. """

    status: str
    """ Status of the container (e.g., active, deleted). """

    last_active_at: int | None = ABSENT
    """ Unix timestamp (in seconds) when the container was last active. """

    expires_after: ContainerResourceExpiresAfter | None = ABSENT

    memory_limit: ContainerResourceMemoryLimit | str | None = ABSENT

    network_policy: ContainerResourceNetworkPolicy | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("object", "object"),
        ("name", "name"),
        ("created_at", "created_at"),
        ("status", "status"),
        ("last_active_at", "last_active_at"),
        ("expires_after", "expires_after"),
        ("memory_limit", "memory_limit"),
        ("network_policy", "network_policy"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "str",
        "name": "str",
        "created_at": "int",
        "status": "str",
        "last_active_at": "int | None | Unset",
        "expires_after": "ContainerResourceExpiresAfter | None | Unset",
        "memory_limit": "ContainerResourceMemoryLimit | None | Unset",
        "network_policy": "ContainerResourceNetworkPolicy | None | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = d.pop("id", None)

        object_ = d.pop("object", None)

        name = d.pop("name", None)

        created_at = d.pop("created_at", None)

        status = d.pop("status", None)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.object = object_
        parsed_obj_.name = name
        parsed_obj_.created_at = created_at
        parsed_obj_.status = status
        parsed_obj_.last_active_at = None if isinstance(last_active_at, Unset) else last_active_at
        parsed_obj_.expires_after = None if isinstance(expires_after, Unset) else expires_after
        parsed_obj_.memory_limit = None if isinstance(memory_limit, Unset) else memory_limit
        parsed_obj_.network_policy = None if isinstance(network_policy, Unset) else network_policy
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
