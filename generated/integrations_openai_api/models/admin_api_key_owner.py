from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_type_(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_object_(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


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


def _parse_created_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_role(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class AdminApiKeyOwner(ApiModel):
    type: str | None = ABSENT
    """ Always `user` """

    object: str | None = ABSENT
    """ The object type, which is always organization.user """

    id: str | None = ABSENT
    """ The identifier, which can be referenced in API endpoints """

    name: str | None = ABSENT
    """ The name of the user """

    created_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) of when the user was created """

    role: str | None = ABSENT
    """ Always `owner` """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("object", "object"),
        ("id", "id"),
        ("name", "name"),
        ("created_at", "created_at"),
        ("role", "role"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "None | str | Unset",
        "object": "None | str | Unset",
        "id": "None | str | Unset",
        "name": "None | str | Unset",
        "created_at": "int | None | Unset",
        "role": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "object",
            "id",
            "name",
            "created_at",
            "role",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = _parse_type_(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = _parse_object_(_raw_object_)

        except LENIENT_ERRORS:
            object_ = _raw_object_

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

        _raw_created_at = d.pop("created_at", UNSET)
        try:
            created_at = _parse_created_at(_raw_created_at)

        except LENIENT_ERRORS:
            created_at = _raw_created_at

        _raw_role = d.pop("role", UNSET)
        try:
            role = _parse_role(_raw_role)

        except LENIENT_ERRORS:
            role = _raw_role

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = None if isinstance(type_, Unset) else type_
        parsed_obj_.object = None if isinstance(object_, Unset) else object_
        parsed_obj_.id = None if isinstance(id, Unset) else id
        parsed_obj_.name = None if isinstance(name, Unset) else name
        parsed_obj_.created_at = None if isinstance(created_at, Unset) else created_at
        parsed_obj_.role = None if isinstance(role, Unset) else role
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
