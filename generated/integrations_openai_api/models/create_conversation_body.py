from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam
    from ..models.function_tool_call import FunctionToolCall
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.input_message import InputMessage
    from ..models.item_reference_param import ItemReferenceParam
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response import MCPApprovalResponse
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.metadata_2 import Metadata2
    from ..models.output_message import OutputMessage
    from ..models.reasoning_item import ReasoningItem
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.web_search_tool_call import WebSearchToolCall

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ApplyPatchToolCallItemParam, \
        ApplyPatchToolCallOutputItemParam, \
        CodeInterpreterToolCall, \
        CompactionSummaryItemParam, \
        CompactionTriggerItemParam, \
        ComputerCallOutputItemParam, \
        ComputerToolCall, \
        CustomToolCall, \
        CustomToolCallOutput, \
        EasyInputMessage, \
        FileSearchToolCall, \
        FunctionCallOutputItemParam, \
        FunctionShellCallItemParam, \
        FunctionShellCallOutputItemParam, \
        FunctionToolCall, \
        ImageGenToolCall, \
        InputMessage, \
        ItemReferenceParam, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        MCPApprovalRequest, \
        MCPApprovalResponse, \
        MCPListTools, \
        MCPToolCall, \
        Metadata2, \
        OutputMessage, \
        ReasoningItem, \
        ToolSearchCallItemParam, \
        ToolSearchOutputItemParam, \
        WebSearchToolCall
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam  # noqa: PLC0415
    from ..models.apply_patch_tool_call_output_item_param import ApplyPatchToolCallOutputItemParam  # noqa: PLC0415
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall  # noqa: PLC0415
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam  # noqa: PLC0415
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam  # noqa: PLC0415
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam  # noqa: PLC0415
    from ..models.computer_tool_call import ComputerToolCall  # noqa: PLC0415
    from ..models.custom_tool_call import CustomToolCall  # noqa: PLC0415
    from ..models.custom_tool_call_output import CustomToolCallOutput  # noqa: PLC0415
    from ..models.easy_input_message import EasyInputMessage  # noqa: PLC0415
    from ..models.file_search_tool_call import FileSearchToolCall  # noqa: PLC0415
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam  # noqa: PLC0415
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam  # noqa: PLC0415
    from ..models.function_shell_call_output_item_param import FunctionShellCallOutputItemParam  # noqa: PLC0415
    from ..models.function_tool_call import FunctionToolCall  # noqa: PLC0415
    from ..models.image_gen_tool_call import ImageGenToolCall  # noqa: PLC0415
    from ..models.input_message import InputMessage  # noqa: PLC0415
    from ..models.item_reference_param import ItemReferenceParam  # noqa: PLC0415
    from ..models.local_shell_tool_call import LocalShellToolCall  # noqa: PLC0415
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput  # noqa: PLC0415
    from ..models.mcp_approval_request import MCPApprovalRequest  # noqa: PLC0415
    from ..models.mcp_approval_response import MCPApprovalResponse  # noqa: PLC0415
    from ..models.mcp_list_tools import MCPListTools  # noqa: PLC0415
    from ..models.mcp_tool_call import MCPToolCall  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415
    from ..models.output_message import OutputMessage  # noqa: PLC0415
    from ..models.reasoning_item import ReasoningItem  # noqa: PLC0415
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam  # noqa: PLC0415
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam  # noqa: PLC0415
    from ..models.web_search_tool_call import WebSearchToolCall  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateConversationBody")


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None | Unset", data)


def _parse_items(
    data: object,
) -> (
    list[
        ApplyPatchToolCallItemParam
        | ApplyPatchToolCallOutputItemParam
        | CodeInterpreterToolCall
        | CompactionSummaryItemParam
        | CompactionTriggerItemParam
        | ComputerCallOutputItemParam
        | ComputerToolCall
        | CustomToolCall
        | CustomToolCallOutput
        | EasyInputMessage
        | FileSearchToolCall
        | FunctionCallOutputItemParam
        | FunctionShellCallItemParam
        | FunctionShellCallOutputItemParam
        | FunctionToolCall
        | ImageGenToolCall
        | InputMessage
        | ItemReferenceParam
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | MCPApprovalRequest
        | MCPApprovalResponse
        | MCPListTools
        | MCPToolCall
        | OutputMessage
        | ReasoningItem
        | ToolSearchCallItemParam
        | ToolSearchOutputItemParam
        | WebSearchToolCall
    ]
    | None
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()

        def _parse_items_type_0_item(
            data: object,
        ) -> (
            ApplyPatchToolCallItemParam
            | ApplyPatchToolCallOutputItemParam
            | CodeInterpreterToolCall
            | CompactionSummaryItemParam
            | CompactionTriggerItemParam
            | ComputerCallOutputItemParam
            | ComputerToolCall
            | CustomToolCall
            | CustomToolCallOutput
            | EasyInputMessage
            | FileSearchToolCall
            | FunctionCallOutputItemParam
            | FunctionShellCallItemParam
            | FunctionShellCallOutputItemParam
            | FunctionToolCall
            | ImageGenToolCall
            | InputMessage
            | ItemReferenceParam
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | MCPApprovalRequest
            | MCPApprovalResponse
            | MCPListTools
            | MCPToolCall
            | OutputMessage
            | ReasoningItem
            | ToolSearchCallItemParam
            | ToolSearchOutputItemParam
            | WebSearchToolCall
        ):
            if isinstance(data, dict):
                variant = pick_variant(
                    data,
                    (
                        EasyInputMessage,
                        InputMessage,
                        OutputMessage,
                        FileSearchToolCall,
                        ComputerToolCall,
                        ComputerCallOutputItemParam,
                        WebSearchToolCall,
                        FunctionToolCall,
                        FunctionCallOutputItemParam,
                        ToolSearchCallItemParam,
                        ToolSearchOutputItemParam,
                        ReasoningItem,
                        CompactionSummaryItemParam,
                        ImageGenToolCall,
                        CodeInterpreterToolCall,
                        LocalShellToolCall,
                        LocalShellToolCallOutput,
                        FunctionShellCallItemParam,
                        FunctionShellCallOutputItemParam,
                        ApplyPatchToolCallItemParam,
                        ApplyPatchToolCallOutputItemParam,
                        MCPListTools,
                        MCPApprovalRequest,
                        MCPApprovalResponse,
                        MCPToolCall,
                        CustomToolCallOutput,
                        CustomToolCall,
                        CompactionTriggerItemParam,
                        ItemReferenceParam,
                    ),
                )
                if variant is None:
                    return cast(
                        "ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall | FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall | ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam | WebSearchToolCall",
                        UnknownVariant(data),
                    )
                return cast(
                    "ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall | FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall | ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam | WebSearchToolCall",
                    variant.from_dict(data),
                )
            return cast(
                "ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall | FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall | ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam | WebSearchToolCall",
                data,
            )

        items_type_0 = []
        _items_type_0 = data
        if not isinstance(_items_type_0, list):
            raise TypeError()
        for items_type_0_item_data in _items_type_0:
            try:
                items_type_0_item = _parse_items_type_0_item(items_type_0_item_data)

            except LENIENT_ERRORS:
                items_type_0_item = items_type_0_item_data
            items_type_0.append(items_type_0_item)

        return items_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "list[ApplyPatchToolCallItemParam | ApplyPatchToolCallOutputItemParam | CodeInterpreterToolCall | CompactionSummaryItemParam | CompactionTriggerItemParam | ComputerCallOutputItemParam | ComputerToolCall | CustomToolCall | CustomToolCallOutput | EasyInputMessage | FileSearchToolCall | FunctionCallOutputItemParam | FunctionShellCallItemParam | FunctionShellCallOutputItemParam | FunctionToolCall | ImageGenToolCall | InputMessage | ItemReferenceParam | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponse | MCPListTools | MCPToolCall | OutputMessage | ReasoningItem | ToolSearchCallItemParam | ToolSearchOutputItemParam | WebSearchToolCall] | None | Unset",
        data,
    )


@_attrs_define
class CreateConversationBody:
    metadata: Metadata2 | None | Unset = UNSET
    items: (
        list[
            ApplyPatchToolCallItemParam
            | ApplyPatchToolCallOutputItemParam
            | CodeInterpreterToolCall
            | CompactionSummaryItemParam
            | CompactionTriggerItemParam
            | ComputerCallOutputItemParam
            | ComputerToolCall
            | CustomToolCall
            | CustomToolCallOutput
            | EasyInputMessage
            | FileSearchToolCall
            | FunctionCallOutputItemParam
            | FunctionShellCallItemParam
            | FunctionShellCallOutputItemParam
            | FunctionToolCall
            | ImageGenToolCall
            | InputMessage
            | ItemReferenceParam
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | MCPApprovalRequest
            | MCPApprovalResponse
            | MCPListTools
            | MCPToolCall
            | OutputMessage
            | ReasoningItem
            | ToolSearchCallItemParam
            | ToolSearchOutputItemParam
            | WebSearchToolCall
        ]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "metadata",
            "items",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.metadata is not UNSET:
            field_dict["metadata"] = to_json(self.metadata)
        if self.items is not UNSET:
            field_dict["items"] = to_json(self.items)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateConversationBody: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        _raw_items = d.pop("items", UNSET)
        try:
            items = _parse_items(_raw_items)

        except LENIENT_ERRORS:
            items = _raw_items

        parsed_obj_ = cls(
            metadata=metadata,
            items=items,
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
