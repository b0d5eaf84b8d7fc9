from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import MCPToolFilter

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MCPToolFilter
    from ..models.mcp_tool_filter import MCPToolFilter  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="MCPToolRequireApprovalMCPToolApprovalFilter")


def _parse_always(data: object) -> MCPToolFilter | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return MCPToolFilter.from_dict(data)
    return cast("MCPToolFilter | None | Unset", data)


def _parse_never(data: object) -> MCPToolFilter | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return MCPToolFilter.from_dict(data)
    return cast("MCPToolFilter | None | Unset", data)


@_attrs_define
class MCPToolRequireApprovalMCPToolApprovalFilter:
    """Specify which of the MCP server's tools require approval. Can be
    `always`, `never`, or a filter object associated with tools
    that require approval.

    """

    always: MCPToolFilter | None | Unset = UNSET
    never: MCPToolFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "always",
            "never",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.always is not UNSET:
            field_dict["always"] = to_json(self.always)
        if self.never is not UNSET:
            field_dict["never"] = to_json(self.never)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"MCPToolRequireApprovalMCPToolApprovalFilter: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_always = d.pop("always", UNSET)
        try:
            always = _parse_always(_raw_always)

        except LENIENT_ERRORS:
            always = _raw_always

        _raw_never = d.pop("never", UNSET)
        try:
            never = _parse_never(_raw_never)

        except LENIENT_ERRORS:
            never = _raw_never

        parsed_obj_ = cls(
            always=always,
            never=never,
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
