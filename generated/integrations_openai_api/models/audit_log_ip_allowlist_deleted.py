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


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_allowed_ips(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        allowed_ips_type_0 = cast("list[str]", data)

        return allowed_ips_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


@_attrs_define(repr=False)
class AuditLogIpAllowlistDeleted(ApiModel):
    """The details for events with this `type`."""

    id: str | None = ABSENT
    """ The ID of the IP allowlist configuration. """

    name: str | None = ABSENT
    """ The name of the IP allowlist configuration. """

    allowed_ips: list[str] | None = ABSENT
    """ The IP addresses or CIDR ranges that were in the configuration. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("name", "name"),
        ("allowed_ips", "allowed_ips"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "None | str | Unset",
        "name": "None | str | Unset",
        "allowed_ips": "list[str] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "name",
            "allowed_ips",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_id = d.pop("id", UNSET)
        try:
            id = _parse_id(_raw_id)

        except LENIENT_ERRORS:
            id = _raw_id

        _raw_name = d.pop("name", UNSET)
        try:
            name = _parse_name(_raw_name)

        except LENIENT_ERRORS:
            name = _raw_name

        _raw_allowed_ips = d.pop("allowed_ips", UNSET)
        try:
            allowed_ips = _parse_allowed_ips(_raw_allowed_ips)

        except LENIENT_ERRORS:
            allowed_ips = _raw_allowed_ips

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = None if isinstance(id, Unset) else id
        parsed_obj_.name = None if isinstance(name, Unset) else name
        parsed_obj_.allowed_ips = None if isinstance(allowed_ips, Unset) else allowed_ips
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
