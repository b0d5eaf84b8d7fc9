from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import MCPToolFilter

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, MCPToolFilter
    from ..models.mcp_tool_filter import MCPToolFilter  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        always = get_("always")
        if always is not None:
            try:
                always = (
                    MCPToolFilter._from_dict_(always)
                    if always.__class__ is dict
                    else MCPToolFilter.from_dict(always)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.always = always
        never = get_("never")
        if never is not None:
            try:
                never = (
                    MCPToolFilter._from_dict_(never)
                    if never.__class__ is dict
                    else MCPToolFilter.from_dict(never)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.never = never
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
