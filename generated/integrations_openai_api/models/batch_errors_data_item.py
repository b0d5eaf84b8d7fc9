from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchErrorsDataItem")


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


@_attrs_define
class BatchErrorsDataItem:
    code: None | str | Unset = UNSET
    """ An error code identifying the error type. """
    message: None | str | Unset = UNSET
    """ A human-readable message providing more details about the error. """
    param: None | str | Unset = UNSET
    line: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.code is not UNSET:
            field_dict["code"] = to_json(self.code)
        if self.message is not UNSET:
            field_dict["message"] = to_json(self.message)
        if self.param is not UNSET:
            field_dict["param"] = to_json(self.param)
        if self.line is not UNSET:
            field_dict["line"] = to_json(self.line)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"BatchErrorsDataItem: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
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

        parsed_obj_ = cls(
            code=code,
            message=message,
            param=param,
            line=line,
        )

        parsed_obj_.additional_properties = d
        return parsed_obj_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
