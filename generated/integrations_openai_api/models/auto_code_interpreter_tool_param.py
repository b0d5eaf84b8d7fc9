from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
) -> ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset:
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
                "ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset",
                UnknownVariant(data),
            )
        return cast(
            "ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset",
            variant.from_dict(data),
        )
    return cast(
        "ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset", data
    )


@_attrs_define(repr=False)
class AutoCodeInterpreterToolParam(ApiModel):
    """Configuration for a code interpreter container. Optionally specify the IDs of the files to run the code on."""

    type: Literal["auto"] = "auto"
    """ Always `auto`. """

    file_ids: list[str] | None = ABSENT
    """ An optional list of uploaded files to make available to your code. """

    memory_limit: ContainerMemoryLimit | str | None = ABSENT

    network_policy: (
        ContainerNetworkPolicyAllowlistParam
        | ContainerNetworkPolicyDisabledParam
        | UnknownVariant
        | None
    ) = ABSENT
    """ Network access policy for the container. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("file_ids", "file_ids"),
        ("memory_limit", "memory_limit"),
        ("network_policy", "network_policy"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['auto']",
        "file_ids": "list[str] | Unset",
        "memory_limit": "ContainerMemoryLimit | None | Unset",
        "network_policy": "ContainerNetworkPolicyAllowlistParam | ContainerNetworkPolicyDisabledParam | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.file_ids
        if value_2 is None:
            if "file_ids" in present:
                out["file_ids"] = None
        else:
            out["file_ids"] = to_json(value_2)
        value_3 = self.memory_limit
        if value_3 is None:
            if "memory_limit" in present:
                out["memory_limit"] = None
        else:
            out["memory_limit"] = to_json(value_3)
        value_4 = self.network_policy
        if value_4 is None:
            if "network_policy" in present:
                out["network_policy"] = None
        else:
            out["network_policy"] = to_json(value_4)
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
        _raw_file_ids = get_("file_ids", UNSET)
        try:
            file_ids = cast("list[str]", _raw_file_ids)

        except LENIENT_ERRORS:
            file_ids = _raw_file_ids
        parsed_obj_.file_ids = None if isinstance(file_ids, Unset) else file_ids
        _raw_memory_limit = get_("memory_limit", UNSET)
        if _raw_memory_limit is not None and _raw_memory_limit is not UNSET:
            try:
                memory_limit = _parse_memory_limit(_raw_memory_limit)

            except LENIENT_ERRORS:
                memory_limit = _raw_memory_limit
        else:
            memory_limit = _raw_memory_limit
        parsed_obj_.memory_limit = None if isinstance(memory_limit, Unset) else memory_limit
        _raw_network_policy = get_("network_policy", UNSET)
        if _raw_network_policy is not UNSET:
            try:
                network_policy = _parse_network_policy(_raw_network_policy)

            except LENIENT_ERRORS:
                network_policy = _raw_network_policy
        else:
            network_policy = _raw_network_policy
        parsed_obj_.network_policy = None if isinstance(network_policy, Unset) else network_policy
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
