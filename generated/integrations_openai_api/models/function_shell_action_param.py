from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionShellActionParam")


def _parse_timeout_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_max_output_length(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define
class FunctionShellActionParam:
    """Commands and limits describing how to run the shell tool call."""

    commands: list[str]
    """ Ordered shell commands for the execution environment to run. """
    timeout_ms: int | None | Unset = UNSET
    max_output_length: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("commands",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "commands",
            "timeout_ms",
            "max_output_length",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.commands, Unset):
            field_dict["commands"] = to_json(self.commands)
        if self.timeout_ms is not UNSET:
            field_dict["timeout_ms"] = to_json(self.timeout_ms)
        if self.max_output_length is not UNSET:
            field_dict["max_output_length"] = to_json(self.max_output_length)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"FunctionShellActionParam: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_commands = d.pop("commands", UNSET)
        try:
            commands = cast("list[str]", _raw_commands)

        except LENIENT_ERRORS:
            commands = _raw_commands

        _raw_timeout_ms = d.pop("timeout_ms", UNSET)
        try:
            timeout_ms = _parse_timeout_ms(_raw_timeout_ms)

        except LENIENT_ERRORS:
            timeout_ms = _raw_timeout_ms

        _raw_max_output_length = d.pop("max_output_length", UNSET)
        try:
            max_output_length = _parse_max_output_length(_raw_max_output_length)

        except LENIENT_ERRORS:
            max_output_length = _raw_max_output_length

        parsed_obj_ = cls(
            commands=commands,
            timeout_ms=timeout_ms,
            max_output_length=max_output_length,
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
