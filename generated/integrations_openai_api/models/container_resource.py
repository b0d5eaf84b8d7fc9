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
from ..models.container_resource_memory_limit import (
    ContainerResourceMemoryLimit,
)

if TYPE_CHECKING:
    from ..models.container_resource_expires_after import ContainerResourceExpiresAfter
    from ..models.container_resource_network_policy import ContainerResourceNetworkPolicy

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ContainerResourceExpiresAfter, ContainerResourceNetworkPolicy
    from ..models.container_resource_expires_after import ContainerResourceExpiresAfter  # noqa: PLC0415
    from ..models.container_resource_network_policy import ContainerResourceNetworkPolicy  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
    """ The container will expire after this time period.
    The anchor is the reference point for the expiration.
    The minutes is the number of minutes after the anchor before the container expires.
     """

    memory_limit: ContainerResourceMemoryLimit | str | None = ABSENT
    """ The memory limit configured for the container. """

    network_policy: ContainerResourceNetworkPolicy | None = ABSENT
    """ Network access policy for the container. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("created_at", "created_at"),
        ("name", "name"),
        ("object", "object"),
        ("status", "status"),
        ("expires_after", "expires_after"),
        ("last_active_at", "last_active_at"),
        ("memory_limit", "memory_limit"),
        ("network_policy", "network_policy"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "str",
        "name": "str",
        "created_at": "int",
        "status": "str",
        "last_active_at": "int | Unset",
        "expires_after": "ContainerResourceExpiresAfter | Unset",
        "memory_limit": "ContainerResourceMemoryLimit | Unset",
        "network_policy": "ContainerResourceNetworkPolicy | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.created_at
        if value_2 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_2
        value_3 = self.name
        if value_3 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_3
        value_4 = self.object
        if value_4 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_4
        value_5 = self.status
        if value_5 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_5
        value_6 = self.expires_after
        if value_6 is None:
            if "expires_after" in present:
                out["expires_after"] = None
        else:
            out["expires_after"] = to_json(value_6)
        value_7 = self.last_active_at
        if value_7 is None:
            if "last_active_at" in present:
                out["last_active_at"] = None
        else:
            out["last_active_at"] = value_7
        value_8 = self.memory_limit
        if value_8 is None:
            if "memory_limit" in present:
                out["memory_limit"] = None
        else:
            out["memory_limit"] = value_8
        value_9 = self.network_policy
        if value_9 is None:
            if "network_policy" in present:
                out["network_policy"] = None
        else:
            out["network_policy"] = to_json(value_9)
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
        parsed_obj_.id = get_("id")
        parsed_obj_.object = get_("object")
        parsed_obj_.name = get_("name")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.status = get_("status")
        parsed_obj_.last_active_at = get_("last_active_at")
        expires_after = get_("expires_after")
        if expires_after is not None:
            try:
                expires_after = (
                    ContainerResourceExpiresAfter._from_dict_(expires_after)
                    if expires_after.__class__ is dict
                    else ContainerResourceExpiresAfter.from_dict(expires_after)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.expires_after = expires_after
        parsed_obj_.memory_limit = get_("memory_limit")
        network_policy = get_("network_policy")
        if network_policy is not None:
            try:
                network_policy = (
                    ContainerResourceNetworkPolicy._from_dict_(network_policy)
                    if network_policy.__class__ is dict
                    else ContainerResourceNetworkPolicy.from_dict(network_policy)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.network_policy = network_policy
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
