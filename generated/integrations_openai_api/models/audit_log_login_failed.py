from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLogLoginFailed")


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


@_attrs_define
class AuditLogLoginFailed:
    """The details for events with this `type`."""

    error_code: None | str | Unset = UNSET
    """ The error code of the failure. """
    error_message: None | str | Unset = UNSET
    """ The error message of the failure. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "error_code",
            "error_message",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.error_code is not UNSET:
            field_dict["error_code"] = to_json(self.error_code)
        if self.error_message is not UNSET:
            field_dict["error_message"] = to_json(self.error_message)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"AuditLogLoginFailed: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
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

        parsed_obj_ = cls(
            error_code=error_code,
            error_message=error_message,
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
