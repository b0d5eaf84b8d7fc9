from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


def _parse_code(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_param(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


@_attrs_define
class Error:
    code: None | str
    message: str
    param: None | str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "code",
        "message",
        "param",
        "type",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "code",
            "message",
            "param",
            "type",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.code, Unset):
            field_dict["code"] = to_json(self.code)
        if not isinstance(self.message, Unset):
            field_dict["message"] = self.message
        if not isinstance(self.param, Unset):
            field_dict["param"] = to_json(self.param)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"Error: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_code = d.pop("code", UNSET)
        try:
            code = _parse_code(_raw_code)

        except LENIENT_ERRORS:
            code = _raw_code

        message = d.pop("message", UNSET)

        _raw_param = d.pop("param", UNSET)
        try:
            param = _parse_param(_raw_param)

        except LENIENT_ERRORS:
            param = _raw_param

        type_ = d.pop("type", UNSET)

        parsed_obj_ = cls(
            code=code,
            message=message,
            param=param,
            type_=type_,
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
