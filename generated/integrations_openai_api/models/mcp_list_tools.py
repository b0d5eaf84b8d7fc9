from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_tool import MCPListToolsTool

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MCPListToolsTool
    from ..models.mcp_list_tools_tool import MCPListToolsTool  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="MCPListTools")


def _parse_error(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class MCPListTools:
    """A list of tools available on an MCP server."""

    id: str
    """ The unique ID of the list.
     """
    server_label: str
    """ The label of the MCP server.
     """
    tools: list[MCPListToolsTool]
    """ The tools available on the server.
     """
    type_: Literal["mcp_list_tools"] = "mcp_list_tools"
    """ The type of the item. Always `mcp_list_tools`.
     """
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("mcp_list_tools",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "server_label",
        "tools",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "server_label",
            "tools",
            "error",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.server_label, Unset):
            field_dict["server_label"] = self.server_label
        if not isinstance(self.tools, Unset):
            field_dict["tools"] = to_json(self.tools)
        if self.error is not UNSET:
            field_dict["error"] = to_json(self.error)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"MCPListTools: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['mcp_list_tools']", _raw_type_)
            if type_ != "mcp_list_tools":
                raise ValueError(f"type must match const 'mcp_list_tools', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", UNSET)

        server_label = d.pop("server_label", UNSET)

        _raw_tools = d.pop("tools", UNSET)
        try:
            tools = []
            _tools = _raw_tools
            if not isinstance(_tools, list):
                raise TypeError()
            for tools_item_data in _tools:
                try:
                    tools_item = MCPListToolsTool.from_dict(tools_item_data)

                except LENIENT_ERRORS:
                    tools_item = tools_item_data
                tools.append(tools_item)

        except LENIENT_ERRORS:
            tools = _raw_tools

        _raw_error = d.pop("error", UNSET)
        try:
            error = _parse_error(_raw_error)

        except LENIENT_ERRORS:
            error = _raw_error

        parsed_obj_ = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            tools=tools,
            error=error,
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
