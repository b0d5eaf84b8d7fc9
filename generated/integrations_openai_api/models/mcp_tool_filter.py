from __future__ import annotations

from typing import Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        ("read_only", "read_only"),
        ("tool_names", "tool_names"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "tool_names": "list[str] | Unset",
        "read_only": "bool | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "tool_names",
            "read_only",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.read_only
        if value_1 is None:
            if "read_only" in present:
                out["read_only"] = None
        else:
            out["read_only"] = value_1
        value_2 = self.tool_names
        if value_2 is None:
            if "tool_names" in present:
                out["tool_names"] = None
        else:
            out["tool_names"] = to_json(value_2)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_tool_names = get_("tool_names", UNSET)
        try:
            tool_names = cast("list[str]", _raw_tool_names)

        except LENIENT_ERRORS:
            tool_names = _raw_tool_names
        parsed_obj_.tool_names = None if isinstance(tool_names, Unset) else tool_names
        parsed_obj_.read_only = get_("read_only")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
