from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_code(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_message(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class ComputerCallSafetyCheckParam(ApiModel):
    """A pending safety check for the computer call."""

    id: str
    """ The ID of the pending safety check. """

    code: str | None = ABSENT

    message: str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("code", "code"),
        ("message", "message"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "code": "None | str | Unset",
        "message": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("id",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "code",
            "message",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        id = d.pop("id", None)

        _raw_code = d.pop("code", UNSET)
        try:
            code = _parse_code(_raw_code)

        except LENIENT_ERRORS:
            code = _raw_code

        _raw_message = d.pop("message", UNSET)
        try:
            message = _parse_message(_raw_message)

        except LENIENT_ERRORS:
            message = _raw_message

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.code = None if isinstance(code, Unset) else code
        parsed_obj_.message = None if isinstance(message, Unset) else message
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
