from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant
from .._runtime.model import ABSENT, ApiModel
from ..models.reasoning_effort_2 import ReasoningEffort2, check_reasoning_effort_2
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.computer_tool import ComputerTool
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.create_eval_responses_run_data_source_sampling_params_text import (
        CreateEvalResponsesRunDataSourceSamplingParamsText,
    )
    from ..models.custom_tool_param import CustomToolParam
    from ..models.file_search_tool import FileSearchTool
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool import FunctionTool
    from ..models.image_gen_tool import ImageGenTool
    from ..models.local_shell_tool_param import LocalShellToolParam
    from ..models.mcp_tool import MCPTool
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ApplyPatchToolParam, \
        CodeInterpreterTool, \
        ComputerTool, \
        ComputerUsePreviewTool, \
        CreateEvalResponsesRunDataSourceSamplingParamsText, \
        CustomToolParam, \
        FileSearchTool, \
        FunctionShellToolParam, \
        FunctionTool, \
        ImageGenTool, \
        LocalShellToolParam, \
        MCPTool, \
        NamespaceToolParam, \
        ToolSearchToolParam, \
        WebSearchPreviewTool, \
        WebSearchTool
    from ..models.apply_patch_tool_param import ApplyPatchToolParam  # noqa: PLC0415
    from ..models.code_interpreter_tool import CodeInterpreterTool  # noqa: PLC0415
    from ..models.computer_tool import ComputerTool  # noqa: PLC0415
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool  # noqa: PLC0415
    from ..models.create_eval_responses_run_data_source_sampling_params_text import (
        CreateEvalResponsesRunDataSourceSamplingParamsText,  # noqa: PLC0415
    )
    from ..models.custom_tool_param import CustomToolParam  # noqa: PLC0415
    from ..models.file_search_tool import FileSearchTool  # noqa: PLC0415
    from ..models.function_shell_tool_param import FunctionShellToolParam  # noqa: PLC0415
    from ..models.function_tool import FunctionTool  # noqa: PLC0415
    from ..models.image_gen_tool import ImageGenTool  # noqa: PLC0415
    from ..models.local_shell_tool_param import LocalShellToolParam  # noqa: PLC0415
    from ..models.mcp_tool import MCPTool  # noqa: PLC0415
    from ..models.namespace_tool_param import NamespaceToolParam  # noqa: PLC0415
    from ..models.tool_search_tool_param import ToolSearchToolParam  # noqa: PLC0415
    from ..models.web_search_preview_tool import WebSearchPreviewTool  # noqa: PLC0415
    from ..models.web_search_tool import WebSearchTool  # noqa: PLC0415

    _lazy_loaded = True


def _parse_reasoning_effort(data: object) -> None | ReasoningEffort2 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_reasoning_effort_type_0 = check_reasoning_effort_2(data)

        return componentsschemas_reasoning_effort_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ReasoningEffort2 | Unset", data)


def _parse_temperature(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_max_completion_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_top_p(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_seed(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_tools(
    data: object,
) -> (
    list[
        ApplyPatchToolParam
        | CodeInterpreterTool
        | ComputerTool
        | ComputerUsePreviewTool
        | CustomToolParam
        | FileSearchTool
        | FunctionShellToolParam
        | FunctionTool
        | ImageGenTool
        | LocalShellToolParam
        | MCPTool
        | NamespaceToolParam
        | ToolSearchToolParam
        | WebSearchPreviewTool
        | WebSearchTool
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

        def _parse_tools_type_0_item(
            data: object,
        ) -> (
            ApplyPatchToolParam
            | CodeInterpreterTool
            | ComputerTool
            | ComputerUsePreviewTool
            | CustomToolParam
            | FileSearchTool
            | FunctionShellToolParam
            | FunctionTool
            | ImageGenTool
            | LocalShellToolParam
            | MCPTool
            | NamespaceToolParam
            | ToolSearchToolParam
            | WebSearchPreviewTool
            | WebSearchTool
        ):
            if isinstance(data, dict):
                variant = pick_variant(
                    data,
                    (
                        FunctionTool,
                        FileSearchTool,
                        ComputerTool,
                        ComputerUsePreviewTool,
                        WebSearchTool,
                        MCPTool,
                        CodeInterpreterTool,
                        ImageGenTool,
                        LocalShellToolParam,
                        FunctionShellToolParam,
                        CustomToolParam,
                        NamespaceToolParam,
                        ToolSearchToolParam,
                        WebSearchPreviewTool,
                        ApplyPatchToolParam,
                    ),
                )
                if variant is None:
                    return cast(
                        "ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool",
                        UnknownVariant(data),
                    )
                return cast(
                    "ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool",
                    variant.from_dict(data),
                )
            return cast(
                "ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool",
                data,
            )

        tools_type_0 = []
        _tools_type_0 = data
        if not isinstance(_tools_type_0, list):
            raise TypeError()
        for tools_type_0_item_data in _tools_type_0:
            try:
                tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

            except LENIENT_ERRORS:
                tools_type_0_item = tools_type_0_item_data
            tools_type_0.append(tools_type_0_item)

        return tools_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool] | None | Unset",
        data,
    )


def _parse_text(data: object) -> CreateEvalResponsesRunDataSourceSamplingParamsText | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return CreateEvalResponsesRunDataSourceSamplingParamsText.from_dict(data)
    return cast("CreateEvalResponsesRunDataSourceSamplingParamsText | None | Unset", data)


@_attrs_define(repr=False)
class CreateEvalResponsesRunDataSourceSamplingParams(ApiModel):
    reasoning_effort: ReasoningEffort2 | str | None = ABSENT

    temperature: float | None = ABSENT
    """ A higher temperature increases randomness in the outputs.

    Server default: `1`. """

    max_completion_tokens: int | None = ABSENT
    """ The maximum number of tokens in the generated output. """

    top_p: float | None = ABSENT
    """ An alternative to temperature for nucleus sampling; 1.0 includes all tokens.

    Server default: `1`. """

    seed: int | None = ABSENT
    """ A seed value to initialize the randomness, during sampling.

    Server default: `42`. """

    tools: (
        list[
            ApplyPatchToolParam
            | CodeInterpreterTool
            | ComputerTool
            | ComputerUsePreviewTool
            | CustomToolParam
            | FileSearchTool
            | FunctionShellToolParam
            | FunctionTool
            | ImageGenTool
            | LocalShellToolParam
            | MCPTool
            | NamespaceToolParam
            | ToolSearchToolParam
            | UnknownVariant
            | WebSearchPreviewTool
            | WebSearchTool
        ]
        | None
    ) = ABSENT
    """ An array of tools the model may call while generating a response. You
    can specify which tool to use by setting the `tool_choice` parameter.

    The two categories of tools you can provide the model are:

    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web search](/docs/guides/tools-web-search)
      or [file search](/docs/guides/tools-file-search). Learn more about
      [built-in tools](/docs/guides/tools).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code. Learn more about
      [function calling](/docs/guides/function-calling).
     """

    text: CreateEvalResponsesRunDataSourceSamplingParamsText | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("reasoning_effort", "reasoning_effort"),
        ("temperature", "temperature"),
        ("max_completion_tokens", "max_completion_tokens"),
        ("top_p", "top_p"),
        ("seed", "seed"),
        ("tools", "tools"),
        ("text", "text"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "reasoning_effort": "None | ReasoningEffort2 | Unset",
        "temperature": "float | None | Unset",
        "max_completion_tokens": "int | None | Unset",
        "top_p": "float | None | Unset",
        "seed": "int | None | Unset",
        "tools": "list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool] | None | Unset",
        "text": "CreateEvalResponsesRunDataSourceSamplingParamsText | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "reasoning_effort",
            "temperature",
            "max_completion_tokens",
            "top_p",
            "seed",
            "tools",
            "text",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_reasoning_effort = d.pop("reasoning_effort", UNSET)
        try:
            reasoning_effort = _parse_reasoning_effort(_raw_reasoning_effort)

        except LENIENT_ERRORS:
            reasoning_effort = _raw_reasoning_effort

        _raw_temperature = d.pop("temperature", UNSET)
        try:
            temperature = _parse_temperature(_raw_temperature)

        except LENIENT_ERRORS:
            temperature = _raw_temperature

        _raw_max_completion_tokens = d.pop("max_completion_tokens", UNSET)
        try:
            max_completion_tokens = _parse_max_completion_tokens(_raw_max_completion_tokens)

        except LENIENT_ERRORS:
            max_completion_tokens = _raw_max_completion_tokens

        _raw_top_p = d.pop("top_p", UNSET)
        try:
            top_p = _parse_top_p(_raw_top_p)

        except LENIENT_ERRORS:
            top_p = _raw_top_p

        _raw_seed = d.pop("seed", UNSET)
        try:
            seed = _parse_seed(_raw_seed)

        except LENIENT_ERRORS:
            seed = _raw_seed

        _raw_tools = d.pop("tools", UNSET)
        try:
            tools = _parse_tools(_raw_tools)

        except LENIENT_ERRORS:
            tools = _raw_tools

        _raw_text = d.pop("text", UNSET)
        try:
            text = _parse_text(_raw_text)

        except LENIENT_ERRORS:
            text = _raw_text

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.reasoning_effort = (
            None if isinstance(reasoning_effort, Unset) else reasoning_effort
        )
        parsed_obj_.temperature = None if isinstance(temperature, Unset) else temperature
        parsed_obj_.max_completion_tokens = (
            None if isinstance(max_completion_tokens, Unset) else max_completion_tokens
        )
        parsed_obj_.top_p = None if isinstance(top_p, Unset) else top_p
        parsed_obj_.seed = None if isinstance(seed, Unset) else seed
        parsed_obj_.tools = None if isinstance(tools, Unset) else tools
        parsed_obj_.text = None if isinstance(text, Unset) else text
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
