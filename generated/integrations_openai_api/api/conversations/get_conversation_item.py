from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ..._runtime.dispatch import pick_variant
from ..._runtime.lenient import UnknownVariant
from ..._runtime.wire import query_param
from ...client import AuthenticatedClient, Client
from ...models.apply_patch_tool_call import ApplyPatchToolCall
from ...models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
from ...models.code_interpreter_tool_call import CodeInterpreterToolCall
from ...models.compaction_body import CompactionBody
from ...models.computer_tool_call import ComputerToolCall
from ...models.computer_tool_call_output_resource import ComputerToolCallOutputResource
from ...models.custom_tool_call import CustomToolCall
from ...models.custom_tool_call_output import CustomToolCallOutput
from ...models.file_search_tool_call import FileSearchToolCall
from ...models.function_shell_call import FunctionShellCall
from ...models.function_shell_call_output import FunctionShellCallOutput
from ...models.function_tool_call_output_resource import FunctionToolCallOutputResource
from ...models.function_tool_call_resource import FunctionToolCallResource
from ...models.image_gen_tool_call import ImageGenToolCall
from ...models.include_enum import IncludeEnum
from ...models.local_shell_tool_call import LocalShellToolCall
from ...models.local_shell_tool_call_output import LocalShellToolCallOutput
from ...models.mcp_approval_request import MCPApprovalRequest
from ...models.mcp_approval_response_resource import MCPApprovalResponseResource
from ...models.mcp_list_tools import MCPListTools
from ...models.mcp_tool_call import MCPToolCall
from ...models.message import Message
from ...models.reasoning_item import ReasoningItem
from ...models.tool_search_call import ToolSearchCall
from ...models.tool_search_output import ToolSearchOutput
from ...models.web_search_tool_call import WebSearchToolCall
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conversation_id: str,
    item_id: str,
    *,
    include: list[IncludeEnum] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    query_param(params, "include", include)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversations/{conversation_id}/items/{item_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
            item_id=quote(str(item_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | CodeInterpreterToolCall
    | CompactionBody
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | CustomToolCall
    | CustomToolCallOutput
    | FileSearchToolCall
    | FunctionShellCall
    | FunctionShellCallOutput
    | FunctionToolCallOutputResource
    | FunctionToolCallResource
    | ImageGenToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPListTools
    | MCPToolCall
    | Message
    | ReasoningItem
    | ToolSearchCall
    | ToolSearchOutput
    | WebSearchToolCall
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            ApplyPatchToolCall
            | ApplyPatchToolCallOutput
            | CodeInterpreterToolCall
            | CompactionBody
            | ComputerToolCall
            | ComputerToolCallOutputResource
            | CustomToolCall
            | CustomToolCallOutput
            | FileSearchToolCall
            | FunctionShellCall
            | FunctionShellCallOutput
            | FunctionToolCallOutputResource
            | FunctionToolCallResource
            | ImageGenToolCall
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | MCPApprovalRequest
            | MCPApprovalResponseResource
            | MCPListTools
            | MCPToolCall
            | Message
            | ReasoningItem
            | ToolSearchCall
            | ToolSearchOutput
            | WebSearchToolCall
        ):
            if isinstance(data, dict):
                variant = pick_variant(
                    data,
                    (
                        Message,
                        FunctionToolCallResource,
                        FunctionToolCallOutputResource,
                        FileSearchToolCall,
                        WebSearchToolCall,
                        ImageGenToolCall,
                        ComputerToolCall,
                        ComputerToolCallOutputResource,
                        ToolSearchCall,
                        ToolSearchOutput,
                        ReasoningItem,
                        CompactionBody,
                        CodeInterpreterToolCall,
                        LocalShellToolCall,
                        LocalShellToolCallOutput,
                        FunctionShellCall,
                        FunctionShellCallOutput,
                        ApplyPatchToolCall,
                        ApplyPatchToolCallOutput,
                        MCPListTools,
                        MCPApprovalRequest,
                        MCPApprovalResponseResource,
                        MCPToolCall,
                        CustomToolCall,
                        CustomToolCallOutput,
                    ),
                )
                if variant is None:
                    return cast(
                        "ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall",
                        UnknownVariant(data),
                    )
                return cast(
                    "ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall",
                    variant.from_dict(data),
                )
            return cast(
                "ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall",
                data,
            )

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | CodeInterpreterToolCall
    | CompactionBody
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | CustomToolCall
    | CustomToolCallOutput
    | FileSearchToolCall
    | FunctionShellCall
    | FunctionShellCallOutput
    | FunctionToolCallOutputResource
    | FunctionToolCallResource
    | ImageGenToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPListTools
    | MCPToolCall
    | Message
    | ReasoningItem
    | ToolSearchCall
    | ToolSearchOutput
    | WebSearchToolCall
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
) -> Response[
    ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | CodeInterpreterToolCall
    | CompactionBody
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | CustomToolCall
    | CustomToolCallOutput
    | FileSearchToolCall
    | FunctionShellCall
    | FunctionShellCallOutput
    | FunctionToolCallOutputResource
    | FunctionToolCallResource
    | ImageGenToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPListTools
    | MCPToolCall
    | Message
    | ReasoningItem
    | ToolSearchCall
    | ToolSearchOutput
    | WebSearchToolCall
]:
    """Get a single item from a conversation with the given IDs.

    Args:
        conversation_id (str):
        item_id (str):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        item_id=item_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
) -> (
    ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | CodeInterpreterToolCall
    | CompactionBody
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | CustomToolCall
    | CustomToolCallOutput
    | FileSearchToolCall
    | FunctionShellCall
    | FunctionShellCallOutput
    | FunctionToolCallOutputResource
    | FunctionToolCallResource
    | ImageGenToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPListTools
    | MCPToolCall
    | Message
    | ReasoningItem
    | ToolSearchCall
    | ToolSearchOutput
    | WebSearchToolCall
    | None
):
    """Get a single item from a conversation with the given IDs.

    Args:
        conversation_id (str):
        item_id (str):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall
    """

    return sync_detailed(
        conversation_id=conversation_id,
        item_id=item_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
) -> Response[
    ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | CodeInterpreterToolCall
    | CompactionBody
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | CustomToolCall
    | CustomToolCallOutput
    | FileSearchToolCall
    | FunctionShellCall
    | FunctionShellCallOutput
    | FunctionToolCallOutputResource
    | FunctionToolCallResource
    | ImageGenToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPListTools
    | MCPToolCall
    | Message
    | ReasoningItem
    | ToolSearchCall
    | ToolSearchOutput
    | WebSearchToolCall
]:
    """Get a single item from a conversation with the given IDs.

    Args:
        conversation_id (str):
        item_id (str):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        item_id=item_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    item_id: str,
    *,
    client: AuthenticatedClient | Client,
    include: list[IncludeEnum] | Unset = UNSET,
) -> (
    ApplyPatchToolCall
    | ApplyPatchToolCallOutput
    | CodeInterpreterToolCall
    | CompactionBody
    | ComputerToolCall
    | ComputerToolCallOutputResource
    | CustomToolCall
    | CustomToolCallOutput
    | FileSearchToolCall
    | FunctionShellCall
    | FunctionShellCallOutput
    | FunctionToolCallOutputResource
    | FunctionToolCallResource
    | ImageGenToolCall
    | LocalShellToolCall
    | LocalShellToolCallOutput
    | MCPApprovalRequest
    | MCPApprovalResponseResource
    | MCPListTools
    | MCPToolCall
    | Message
    | ReasoningItem
    | ToolSearchCall
    | ToolSearchOutput
    | WebSearchToolCall
    | None
):
    """Get a single item from a conversation with the given IDs.

    Args:
        conversation_id (str):
        item_id (str):
        include (list[IncludeEnum] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplyPatchToolCall | ApplyPatchToolCallOutput | CodeInterpreterToolCall | CompactionBody | ComputerToolCall | ComputerToolCallOutputResource | CustomToolCall | CustomToolCallOutput | FileSearchToolCall | FunctionShellCall | FunctionShellCallOutput | FunctionToolCallOutputResource | FunctionToolCallResource | ImageGenToolCall | LocalShellToolCall | LocalShellToolCallOutput | MCPApprovalRequest | MCPApprovalResponseResource | MCPListTools | MCPToolCall | Message | ReasoningItem | ToolSearchCall | ToolSearchOutput | WebSearchToolCall
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            item_id=item_id,
            client=client,
            include=include,
        )
    ).parsed
