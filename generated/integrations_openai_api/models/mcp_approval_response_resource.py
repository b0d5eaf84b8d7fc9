from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

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

if TYPE_CHECKING:
    from ..models.sdk_mcp_approval_response_agent import SdkMcpApprovalResponseAgent

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, SdkMcpApprovalResponseAgent
    from ..models.sdk_mcp_approval_response_agent import SdkMcpApprovalResponseAgent  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_agent(data: object) -> None | SdkMcpApprovalResponseAgent | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return SdkMcpApprovalResponseAgent._from_dict_(data)
    return cast("None | SdkMcpApprovalResponseAgent | Unset", data)


@_attrs_define(repr=False)
class MCPApprovalResponseResource(ApiModel):
    """A response to an MCP approval request."""

    id: str
    """ The unique ID of the approval response
     """

    approval_request_id: str
    """ The ID of the approval request being answered.
     """

    approve: bool
    """ Whether the request was approved.
     """

    type: Literal["mcp_approval_response"] = "mcp_approval_response"
    """ The type of the item. Always `mcp_approval_response`.
     """

    reason: str | None = ABSENT

    agent: SdkMcpApprovalResponseAgent | None = ABSENT
    """ Not in the pinned spec; the official SDK's `McpApprovalResponse` has it (the live API sends it). Reads None
    when absent. """

    _sdk_name_: ClassVar[str] = "McpApprovalResponse"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("approval_request_id", "approval_request_id"),
        ("approve", "approve"),
        ("type", "type"),
        ("agent", "agent"),
        ("reason", "reason"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['mcp_approval_response']",
        "id": "str",
        "approval_request_id": "str",
        "approve": "bool",
        "reason": "None | str | Unset",
        "agent": "None | SdkMcpApprovalResponseAgent | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("mcp_approval_response",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "approval_request_id",
        "approve",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "approval_request_id",
            "approve",
            "reason",
            "agent",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.approval_request_id
        if value_2 is None:
            if "approval_request_id" in present:
                out["approval_request_id"] = None
        else:
            out["approval_request_id"] = value_2
        value_3 = self.approve
        if value_3 is None:
            if "approve" in present:
                out["approve"] = None
        else:
            out["approve"] = value_3
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        value_5 = self.agent
        if value_5 is None:
            if "agent" in present:
                out["agent"] = None
        else:
            out["agent"] = to_json(value_5)
        value_6 = self.reason
        if value_6 is None:
            if "reason" in present:
                out["reason"] = None
        else:
            out["reason"] = to_json(value_6)
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
        parsed_obj_.type = get_("type")
        parsed_obj_.id = get_("id")
        parsed_obj_.approval_request_id = get_("approval_request_id")
        parsed_obj_.approve = get_("approve")
        parsed_obj_.reason = get_("reason")
        _raw_agent = get_("agent", UNSET)
        if _raw_agent is not None and _raw_agent is not UNSET:
            try:
                agent = _parse_agent(_raw_agent)

            except LENIENT_ERRORS:
                agent = _raw_agent
        else:
            agent = _raw_agent
        parsed_obj_.agent = None if isinstance(agent, Unset) else agent
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
