from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_reason(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define(repr=False)
class MCPApprovalResponse(ApiModel):
    """A response to an MCP approval request."""

    approval_request_id: str
    """ The ID of the approval request being answered.
     """

    approve: bool
    """ Whether the request was approved.
     """

    type: Literal["mcp_approval_response"] = "mcp_approval_response"
    """ The type of the item. Always `mcp_approval_response`.
     """

    id: str | None = ABSENT

    reason: str | None = ABSENT

    _sdk_name_: ClassVar[str] = "McpApprovalResponse"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("approval_request_id", "approval_request_id"),
        ("approve", "approve"),
        ("type", "type"),
        ("id", "id"),
        ("reason", "reason"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['mcp_approval_response']",
        "approval_request_id": "str",
        "approve": "bool",
        "id": "None | str | Unset",
        "reason": "None | str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("mcp_approval_response",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "approval_request_id",
        "approve",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "approval_request_id",
            "approve",
            "id",
            "reason",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.approval_request_id
        if value_1 is None:
            if "approval_request_id" in present:
                out["approval_request_id"] = None
        else:
            out["approval_request_id"] = value_1
        value_2 = self.approve
        if value_2 is None:
            if "approve" in present:
                out["approve"] = None
        else:
            out["approve"] = value_2
        value_3 = self.type
        if value_3 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_3
        value_4 = self.id
        if value_4 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = to_json(value_4)
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
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["mcp_approval_response"]', _raw_type_)
            if type_ != "mcp_approval_response":
                raise ValueError(f"type must match const 'mcp_approval_response', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        approval_request_id = d.pop("approval_request_id", None)

        approve = d.pop("approve", None)

        _raw_id = d.pop("id", UNSET)
        try:
            id = _parse_id(_raw_id)

        except LENIENT_ERRORS:
            id = _raw_id

        _raw_reason = d.pop("reason", UNSET)
        try:
            reason = _parse_reason(_raw_reason)

        except LENIENT_ERRORS:
            reason = _raw_reason

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.approval_request_id = approval_request_id
        parsed_obj_.approve = approve
        parsed_obj_.id = None if isinstance(id, Unset) else id
        parsed_obj_.reason = None if isinstance(reason, Unset) else reason
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
