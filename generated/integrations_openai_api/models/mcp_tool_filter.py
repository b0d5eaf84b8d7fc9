from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPToolFilter")


def _parse_tool_names(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        tool_names_type_0 = cast("list[str]", data)

        return tool_names_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | Unset", data)


def _parse_read_only(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("bool | None | Unset", data)


@_attrs_define
class MCPToolFilter:
    """A filter object to specify which tools are allowed."""

    tool_names: list[str] | None | Unset = UNSET
    """ List of allowed tool names. """
    read_only: bool | None | Unset = UNSET
    """ Indicates whether or not a tool modifies data or is read-only. If an
    MCP server is [annotated with
    `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "tool_names",
            "read_only",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.tool_names is not UNSET:
            field_dict["tool_names"] = to_json(self.tool_names)
        if self.read_only is not UNSET:
            field_dict["read_only"] = to_json(self.read_only)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"MCPToolFilter: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_tool_names = d.pop("tool_names", UNSET)
        try:
            tool_names = _parse_tool_names(_raw_tool_names)

        except LENIENT_ERRORS:
            tool_names = _raw_tool_names

        _raw_read_only = d.pop("read_only", UNSET)
        try:
            read_only = _parse_read_only(_raw_read_only)

        except LENIENT_ERRORS:
            read_only = _raw_read_only

        parsed_obj_ = cls(
            tool_names=tool_names,
            read_only=read_only,
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
