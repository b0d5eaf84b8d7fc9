from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class AuditLogRoleAssignmentDeleted(ApiModel):
    """The details for events with this `type`."""

    id: str | None = ABSENT
    """ The identifier of the role assignment. """

    principal_id: str | None = ABSENT
    """ The principal (user or group) that had the role removed. """

    principal_type: str | None = ABSENT
    """ The type of principal (user or group) that had the role removed. """

    resource_id: str | None = ABSENT
    """ The resource the role assignment was scoped to. """

    resource_type: str | None = ABSENT
    """ The type of resource the role assignment was scoped to. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("principal_id", "principal_id"),
        ("principal_type", "principal_type"),
        ("resource_id", "resource_id"),
        ("resource_type", "resource_type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str | Unset",
        "principal_id": "str | Unset",
        "principal_type": "str | Unset",
        "resource_id": "str | Unset",
        "resource_type": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "principal_id",
            "principal_type",
            "resource_id",
            "resource_type",
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
        value_2 = self.principal_id
        if value_2 is None:
            if "principal_id" in present:
                out["principal_id"] = None
        else:
            out["principal_id"] = value_2
        value_3 = self.principal_type
        if value_3 is None:
            if "principal_type" in present:
                out["principal_type"] = None
        else:
            out["principal_type"] = value_3
        value_4 = self.resource_id
        if value_4 is None:
            if "resource_id" in present:
                out["resource_id"] = None
        else:
            out["resource_id"] = value_4
        value_5 = self.resource_type
        if value_5 is None:
            if "resource_type" in present:
                out["resource_type"] = None
        else:
            out["resource_type"] = value_5
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = get_("id")
        parsed_obj_.principal_id = get_("principal_id")
        parsed_obj_.principal_type = get_("principal_type")
        parsed_obj_.resource_id = get_("resource_id")
        parsed_obj_.resource_type = get_("resource_type")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
