from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
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


T = TypeVar("T", bound="CreateEvalResponsesRunDataSourceSamplingParams")


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


@_attrs_define
class CreateEvalResponsesRunDataSourceSamplingParams:
    reasoning_effort: None | ReasoningEffort2 | Unset = UNSET
    temperature: float | None | Unset = UNSET
    """ A higher temperature increases randomness in the outputs.

    Server default: `1`. """
    max_completion_tokens: int | None | Unset = UNSET
    """ The maximum number of tokens in the generated output. """
    top_p: float | None | Unset = UNSET
    """ An alternative to temperature for nucleus sampling; 1.0 includes all tokens.

    Server default: `1`. """
    seed: int | None | Unset = UNSET
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
            | WebSearchPreviewTool
            | WebSearchTool
        ]
        | None
        | Unset
    ) = UNSET
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
    text: CreateEvalResponsesRunDataSourceSamplingParamsText | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = to_json(self.reasoning_effort)
        if self.temperature is not UNSET:
            field_dict["temperature"] = to_json(self.temperature)
        if self.max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = to_json(self.max_completion_tokens)
        if self.top_p is not UNSET:
            field_dict["top_p"] = to_json(self.top_p)
        if self.seed is not UNSET:
            field_dict["seed"] = to_json(self.seed)
        if self.tools is not UNSET:
            field_dict["tools"] = to_json(self.tools)
        if self.text is not UNSET:
            field_dict["text"] = to_json(self.text)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateEvalResponsesRunDataSourceSamplingParams: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
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

        parsed_obj_ = cls(
            reasoning_effort=reasoning_effort,
            temperature=temperature,
            max_completion_tokens=max_completion_tokens,
            top_p=top_p,
            seed=seed,
            tools=tools,
            text=text,
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
