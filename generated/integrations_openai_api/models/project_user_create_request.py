from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_user_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_email(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class ProjectUserCreateRequest(ApiModel):
    role: str
    """ `owner` or `member` """

    user_id: str | None = ABSENT
    """ The ID of the user. """

    email: str | None = ABSENT
    """ Email of the user to add. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("user_id", "user_id"),
        ("email", "email"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "role": "str",
        "user_id": "None | str | Unset",
        "email": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("role",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role",
            "user_id",
            "email",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        role = d.pop("role", None)

        _raw_user_id = d.pop("user_id", UNSET)
        try:
            user_id = _parse_user_id(_raw_user_id)

        except LENIENT_ERRORS:
            user_id = _raw_user_id

        _raw_email = d.pop("email", UNSET)
        try:
            email = _parse_email(_raw_email)

        except LENIENT_ERRORS:
            email = _raw_email

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.role = role
        parsed_obj_.user_id = None if isinstance(user_id, Unset) else user_id
        parsed_obj_.email = None if isinstance(email, Unset) else email
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
