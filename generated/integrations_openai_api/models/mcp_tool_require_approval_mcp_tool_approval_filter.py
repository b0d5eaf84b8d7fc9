from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import MCPToolFilter

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MCPToolFilter
    from ..models.mcp_tool_filter import MCPToolFilter  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class MCPToolRequireApprovalMCPToolApprovalFilter(ApiModel):
    """Specify which of the MCP server's tools require approval. Can be
    `always`, `never`, or a filter object associated with tools
    that require approval.

    """

    always: MCPToolFilter | None = ABSENT
    """ A filter object to specify which tools are allowed.
     """

    never: MCPToolFilter | None = ABSENT
    """ A filter object to specify which tools are allowed.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("always", "always"),
        ("never", "never"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "always": "MCPToolFilter | Unset",
        "never": "MCPToolFilter | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "always",
            "never",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.always
        if value_1 is None:
            if "always" in present:
                out["always"] = None
        else:
            out["always"] = to_json(value_1)
        value_2 = self.never
        if value_2 is None:
            if "never" in present:
                out["never"] = None
        else:
            out["never"] = to_json(value_2)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_always = d.pop("always", UNSET)
        try:
            _always = _raw_always
            always: MCPToolFilter | Unset
            if isinstance(_always, Unset):
                always = UNSET
            else:
                always = MCPToolFilter.from_dict(_always)

        except LENIENT_ERRORS:
            always = _raw_always

        _raw_never = d.pop("never", UNSET)
        try:
            _never = _raw_never
            never: MCPToolFilter | Unset
            if isinstance(_never, Unset):
                never = UNSET
            else:
                never = MCPToolFilter.from_dict(_never)

        except LENIENT_ERRORS:
            never = _raw_never

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.always = None if isinstance(always, Unset) else always
        parsed_obj_.never = None if isinstance(never, Unset) else never
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
