from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeMCPApprovalResponse(ApiModel):
    """A Realtime item responding to an MCP approval request."""

    id: str
    """ The unique ID of the approval response. """

    approval_request_id: str
    """ The ID of the approval request being answered. """

    approve: bool
    """ Whether the request was approved. """

    type: Literal["mcp_approval_response"] = "mcp_approval_response"
    """ The type of the item. Always `mcp_approval_response`. """

    reason: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "RealtimeMcpApprovalResponse"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("approval_request_id", "approval_request_id"),
        ("approve", "approve"),
        ("type", "type"),
        ("reason", "reason"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['mcp_approval_response']",
        "id": "str",
        "approval_request_id": "str",
        "approve": "bool",
        "reason": "None | str | Unset",
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
        value_5 = self.reason
        if value_5 is None:
            if "reason" in present:
                out["reason"] = None
        else:
            out["reason"] = to_json(value_5)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.id = get_("id")
        parsed_obj_.approval_request_id = get_("approval_request_id")
        parsed_obj_.approve = get_("approve")
        parsed_obj_.reason = get_("reason")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
