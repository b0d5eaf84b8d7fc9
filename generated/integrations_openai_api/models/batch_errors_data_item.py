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


def _parse_param(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_line(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define(repr=False)
class BatchErrorsDataItem(ApiModel):
    code: str | None = ABSENT
    """ An error code identifying the error type. """

    message: str | None = ABSENT
    """ A human-readable message providing more details about the error. """

    param: str | None = ABSENT

    line: int | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("message", "message"),
        ("param", "param"),
        ("line", "line"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "code": "None | str | Unset",
        "message": "None | str | Unset",
        "param": "None | str | Unset",
        "line": "int | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "code",
            "message",
            "param",
            "line",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
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

        _raw_param = d.pop("param", UNSET)
        try:
            param = _parse_param(_raw_param)

        except LENIENT_ERRORS:
            param = _raw_param

        _raw_line = d.pop("line", UNSET)
        try:
            line = _parse_line(_raw_line)

        except LENIENT_ERRORS:
            line = _raw_line

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.code = None if isinstance(code, Unset) else code
        parsed_obj_.message = None if isinstance(message, Unset) else message
        parsed_obj_.param = None if isinstance(param, Unset) else param
        parsed_obj_.line = None if isinstance(line, Unset) else line
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
