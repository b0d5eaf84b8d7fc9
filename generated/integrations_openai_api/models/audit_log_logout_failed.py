from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_error_code(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_error_message(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class AuditLogLogoutFailed(ApiModel):
    """The details for events with this `type`."""

    error_code: str | None = ABSENT
    """ The error code of the failure. """

    error_message: str | None = ABSENT
    """ The error message of the failure. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("error_code", "error_code"),
        ("error_message", "error_message"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "error_code": "None | str | Unset",
        "error_message": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "error_code",
            "error_message",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_error_code = d.pop("error_code", UNSET)
        try:
            error_code = _parse_error_code(_raw_error_code)

        except LENIENT_ERRORS:
            error_code = _raw_error_code

        _raw_error_message = d.pop("error_message", UNSET)
        try:
            error_message = _parse_error_message(_raw_error_message)

        except LENIENT_ERRORS:
            error_message = _raw_error_message

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.error_code = None if isinstance(error_code, Unset) else error_code
        parsed_obj_.error_message = None if isinstance(error_message, Unset) else error_message
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
