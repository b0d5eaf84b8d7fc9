from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_role(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_role_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_technical_level(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_developer_persona(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class UserRoleUpdateRequest(ApiModel):
    role: str | None = ABSENT
    """ `owner` or `reader` """

    role_id: str | None = ABSENT
    """ Role ID to assign to the user. """

    technical_level: str | None = ABSENT
    """ Technical level metadata. """

    developer_persona: str | None = ABSENT
    """ Developer persona metadata. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("role_id", "role_id"),
        ("technical_level", "technical_level"),
        ("developer_persona", "developer_persona"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "role": "None | str | Unset",
        "role_id": "None | str | Unset",
        "technical_level": "None | str | Unset",
        "developer_persona": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role",
            "role_id",
            "technical_level",
            "developer_persona",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_role = d.pop("role", UNSET)
        try:
            role = _parse_role(_raw_role)

        except LENIENT_ERRORS:
            role = _raw_role

        _raw_role_id = d.pop("role_id", UNSET)
        try:
            role_id = _parse_role_id(_raw_role_id)

        except LENIENT_ERRORS:
            role_id = _raw_role_id

        _raw_technical_level = d.pop("technical_level", UNSET)
        try:
            technical_level = _parse_technical_level(_raw_technical_level)

        except LENIENT_ERRORS:
            technical_level = _raw_technical_level

        _raw_developer_persona = d.pop("developer_persona", UNSET)
        try:
            developer_persona = _parse_developer_persona(_raw_developer_persona)

        except LENIENT_ERRORS:
            developer_persona = _raw_developer_persona

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.role = None if isinstance(role, Unset) else role
        parsed_obj_.role_id = None if isinstance(role_id, Unset) else role_id
        parsed_obj_.technical_level = (
            None if isinstance(technical_level, Unset) else technical_level
        )
        parsed_obj_.developer_persona = (
            None if isinstance(developer_persona, Unset) else developer_persona
        )
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
