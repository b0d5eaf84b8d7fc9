from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import MCPToolFilter

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MCPToolFilter
    from ..models.mcp_tool_filter import MCPToolFilter  # noqa: PLC0415

    _lazy_loaded = True


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


@_attrs_define(repr=False)
class MCPToolRequireApprovalMCPToolApprovalFilter(ApiModel):
    """Specify which of the MCP server's tools require approval. Can be
    `always`, `never`, or a filter object associated with tools
    that require approval.

    """

    always: MCPToolFilter | None = ABSENT

    never: MCPToolFilter | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("always", "always"),
        ("never", "never"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "always": "MCPToolFilter | None | Unset",
        "never": "MCPToolFilter | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "always",
            "never",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.always = None if isinstance(always, Unset) else always
        parsed_obj_.never = None if isinstance(never, Unset) else never
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
