from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall,
    )
    from ..models.realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,
    )
    from ..models.realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant,
    )
    from ..models.realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem,
    )
    from ..models.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RealtimeConversationItemFunctionCall, \
        RealtimeConversationItemFunctionCallOutput, \
        RealtimeConversationItemMessageAssistant, \
        RealtimeConversationItemMessageSystem, \
        RealtimeConversationItemMessageUser, \
        RealtimeMCPApprovalRequest, \
        RealtimeMCPApprovalResponse, \
        RealtimeMCPListTools, \
        RealtimeMCPToolCall
    from ..models.realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall,  # noqa: PLC0415
    )
    from ..models.realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,  # noqa: PLC0415
    )
    from ..models.realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant,  # noqa: PLC0415
    )
    from ..models.realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem,  # noqa: PLC0415
    )
    from ..models.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser  # noqa: PLC0415
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest  # noqa: PLC0415
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse  # noqa: PLC0415
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools  # noqa: PLC0415
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeServerEventConversationItemDone")


def _parse_item(
    data: object,
) -> (
    RealtimeConversationItemFunctionCall
    | RealtimeConversationItemFunctionCallOutput
    | RealtimeConversationItemMessageAssistant
    | RealtimeConversationItemMessageSystem
    | RealtimeConversationItemMessageUser
    | RealtimeMCPApprovalRequest
    | RealtimeMCPApprovalResponse
    | RealtimeMCPListTools
    | RealtimeMCPToolCall
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RealtimeConversationItemMessageSystem,
                RealtimeConversationItemMessageUser,
                RealtimeConversationItemMessageAssistant,
                RealtimeConversationItemFunctionCall,
                RealtimeConversationItemFunctionCallOutput,
                RealtimeMCPApprovalResponse,
                RealtimeMCPListTools,
                RealtimeMCPToolCall,
                RealtimeMCPApprovalRequest,
            ),
        )
        if variant is None:
            return cast(
                "RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput | RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem | RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse | RealtimeMCPListTools | RealtimeMCPToolCall",
                UnknownVariant(data),
            )
        return cast(
            "RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput | RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem | RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse | RealtimeMCPListTools | RealtimeMCPToolCall",
            variant.from_dict(data),
        )
    return cast(
        "RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput | RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem | RealtimeConversationItemMessageUser | RealtimeMCPApprovalRequest | RealtimeMCPApprovalResponse | RealtimeMCPListTools | RealtimeMCPToolCall",
        data,
    )


def _parse_previous_item_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


@_attrs_define
class RealtimeServerEventConversationItemDone:
    """Returned when a conversation item is finalized.

    The event will include the full content of the Item except for audio data, which can be retrieved separately with a
    `conversation.item.retrieve` event if needed.

    """

    event_id: str
    """ The unique ID of the server event. """
    item: (
        RealtimeConversationItemFunctionCall
        | RealtimeConversationItemFunctionCallOutput
        | RealtimeConversationItemMessageAssistant
        | RealtimeConversationItemMessageSystem
        | RealtimeConversationItemMessageUser
        | RealtimeMCPApprovalRequest
        | RealtimeMCPApprovalResponse
        | RealtimeMCPListTools
        | RealtimeMCPToolCall
    )
    """ A single item within a Realtime conversation. """
    type_: Literal["conversation.item.done"] = "conversation.item.done"
    """ The event type, must be `conversation.item.done`. """
    previous_item_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("conversation.item.done",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "item",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "item",
            "previous_item_id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.event_id, Unset):
            field_dict["event_id"] = self.event_id
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.item, Unset):
            field_dict["item"] = to_json(self.item)
        if self.previous_item_id is not UNSET:
            field_dict["previous_item_id"] = to_json(self.previous_item_id)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventConversationItemDone: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['conversation.item.done']", _raw_type_)
            if type_ != "conversation.item.done":
                raise ValueError(f"type must match const 'conversation.item.done', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_item = d.pop("item", UNSET)
        try:
            item = _parse_item(_raw_item)

        except LENIENT_ERRORS:
            item = _raw_item

        _raw_previous_item_id = d.pop("previous_item_id", UNSET)
        try:
            previous_item_id = _parse_previous_item_id(_raw_previous_item_id)

        except LENIENT_ERRORS:
            previous_item_id = _raw_previous_item_id

        parsed_obj_ = cls(
            event_id=event_id,
            type_=type_,
            item=item,
            previous_item_id=previous_item_id,
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
