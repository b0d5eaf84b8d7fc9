from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_principal_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_principal_type(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_resource_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_resource_type(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


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
        "id": "None | str | Unset",
        "principal_id": "None | str | Unset",
        "principal_type": "None | str | Unset",
        "resource_id": "None | str | Unset",
        "resource_type": "None | str | Unset",
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_id = d.pop("id", UNSET)
        try:
            id = _parse_id(_raw_id)

        except LENIENT_ERRORS:
            id = _raw_id

        _raw_principal_id = d.pop("principal_id", UNSET)
        try:
            principal_id = _parse_principal_id(_raw_principal_id)

        except LENIENT_ERRORS:
            principal_id = _raw_principal_id

        _raw_principal_type = d.pop("principal_type", UNSET)
        try:
            principal_type = _parse_principal_type(_raw_principal_type)

        except LENIENT_ERRORS:
            principal_type = _raw_principal_type

        _raw_resource_id = d.pop("resource_id", UNSET)
        try:
            resource_id = _parse_resource_id(_raw_resource_id)

        except LENIENT_ERRORS:
            resource_id = _raw_resource_id

        _raw_resource_type = d.pop("resource_type", UNSET)
        try:
            resource_type = _parse_resource_type(_raw_resource_type)

        except LENIENT_ERRORS:
            resource_type = _raw_resource_type

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = None if isinstance(id, Unset) else id
        parsed_obj_.principal_id = None if isinstance(principal_id, Unset) else principal_id
        parsed_obj_.principal_type = None if isinstance(principal_type, Unset) else principal_type
        parsed_obj_.resource_id = None if isinstance(resource_id, Unset) else resource_id
        parsed_obj_.resource_type = None if isinstance(resource_type, Unset) else resource_type
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
