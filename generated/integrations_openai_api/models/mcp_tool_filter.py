from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


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


@_attrs_define(repr=False)
class MCPToolFilter(ApiModel):
    """A filter object to specify which tools are allowed."""

    tool_names: list[str] | None = ABSENT
    """ List of allowed tool names. """

    read_only: bool | None = ABSENT
    """ Indicates whether or not a tool modifies data or is read-only. If an
    MCP server is [annotated with
    `readOnlyHint`](https://modelcontextprotocol.io/specification/2025-06-18/schema#toolannotations-readonlyhint),
    it will match this filter.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("tool_names", "tool_names"),
        ("read_only", "read_only"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "tool_names": "list[str] | None | Unset",
        "read_only": "bool | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "tool_names",
            "read_only",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.tool_names = None if isinstance(tool_names, Unset) else tool_names
        parsed_obj_.read_only = None if isinstance(read_only, Unset) else read_only
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
