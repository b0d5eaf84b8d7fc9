from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeBetaServerEventErrorError")


def _parse_code(data: object) -> None | str | Unset:
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


def _parse_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class RealtimeBetaServerEventErrorError:
    """Details of the error."""

    type_: str
    """ The type of error (e.g., "invalid_request_error", "server_error").
     """
    message: str
    """ A human-readable error message. """
    code: None | str | Unset = UNSET
    param: None | str | Unset = UNSET
    event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "message",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "message",
            "code",
            "param",
            "event_id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.message, Unset):
            field_dict["message"] = self.message
        if self.code is not UNSET:
            field_dict["code"] = to_json(self.code)
        if self.param is not UNSET:
            field_dict["param"] = to_json(self.param)
        if self.event_id is not UNSET:
            field_dict["event_id"] = to_json(self.event_id)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeBetaServerEventErrorError: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        message = d.pop("message", UNSET)

        _raw_code = d.pop("code", UNSET)
        try:
            code = _parse_code(_raw_code)

        except LENIENT_ERRORS:
            code = _raw_code

        _raw_param = d.pop("param", UNSET)
        try:
            param = _parse_param(_raw_param)

        except LENIENT_ERRORS:
            param = _raw_param

        _raw_event_id = d.pop("event_id", UNSET)
        try:
            event_id = _parse_event_id(_raw_event_id)

        except LENIENT_ERRORS:
            event_id = _raw_event_id

        parsed_obj_ = cls(
            type_=type_,
            message=message,
            code=code,
            param=param,
            event_id=event_id,
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
