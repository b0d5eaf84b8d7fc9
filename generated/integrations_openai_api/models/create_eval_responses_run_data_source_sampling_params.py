from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


def _parse_tools_item(
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
      model's capabilities, like [web search](https://platform.openai.com/docs/guides/tools-web-search)
      or [file search](https://platform.openai.com/docs/guides/tools-file-search). Learn more about
      [built-in tools](https://platform.openai.com/docs/guides/tools).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code. Learn more about
      [function calling](https://platform.openai.com/docs/guides/function-calling).
     """

    text: CreateEvalResponsesRunDataSourceSamplingParamsText | None = ABSENT
    """ Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
    - [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs)
     """

    _sdk_name_: ClassVar[str] = "DataSourceResponsesSamplingParams"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("max_completion_tokens", "max_completion_tokens"),
        ("reasoning_effort", "reasoning_effort"),
        ("seed", "seed"),
        ("temperature", "temperature"),
        ("text", "text"),
        ("tools", "tools"),
        ("top_p", "top_p"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "reasoning_effort": "None | ReasoningEffort2 | Unset",
        "temperature": "float | Unset",
        "max_completion_tokens": "int | Unset",
        "top_p": "float | Unset",
        "seed": "int | Unset",
        "tools": "list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool] | Unset",
        "text": "CreateEvalResponsesRunDataSourceSamplingParamsText | Unset",
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.max_completion_tokens
        if value_1 is None:
            if "max_completion_tokens" in present:
                out["max_completion_tokens"] = None
        else:
            out["max_completion_tokens"] = value_1
        value_2 = self.reasoning_effort
        if value_2 is None:
            if "reasoning_effort" in present:
                out["reasoning_effort"] = None
        else:
            out["reasoning_effort"] = to_json(value_2)
        value_3 = self.seed
        if value_3 is None:
            if "seed" in present:
                out["seed"] = None
        else:
            out["seed"] = value_3
        value_4 = self.temperature
        if value_4 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = value_4
        value_5 = self.text
        if value_5 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = to_json(value_5)
        value_6 = self.tools
        if value_6 is None:
            if "tools" in present:
                out["tools"] = None
        else:
            out["tools"] = to_json(value_6)
        value_7 = self.top_p
        if value_7 is None:
            if "top_p" in present:
                out["top_p"] = None
        else:
            out["top_p"] = value_7
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
        _raw_reasoning_effort = get_("reasoning_effort", UNSET)
        if _raw_reasoning_effort is not None and _raw_reasoning_effort is not UNSET:
            try:
                reasoning_effort = _parse_reasoning_effort(_raw_reasoning_effort)

            except LENIENT_ERRORS:
                reasoning_effort = _raw_reasoning_effort
        else:
            reasoning_effort = _raw_reasoning_effort
        parsed_obj_.reasoning_effort = (
            None if isinstance(reasoning_effort, Unset) else reasoning_effort
        )
        parsed_obj_.temperature = as_float(get_("temperature"))
        parsed_obj_.max_completion_tokens = get_("max_completion_tokens")
        parsed_obj_.top_p = as_float(get_("top_p"))
        parsed_obj_.seed = get_("seed")
        _raw_tools = get_("tools", UNSET)
        try:
            _tools = _raw_tools
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
                | Unset
            ) = UNSET
            if _tools is not UNSET:
                if not isinstance(_tools, list):
                    raise TypeError()
                tools = []
                for tools_item_data in _tools:
                    try:
                        tools_item = _parse_tools_item(tools_item_data)

                    except LENIENT_ERRORS:
                        tools_item = tools_item_data
                    tools.append(tools_item)

        except LENIENT_ERRORS:
            tools = _raw_tools
        parsed_obj_.tools = None if isinstance(tools, Unset) else tools
        text = get_("text")
        if text is not None:
            try:
                text = (
                    CreateEvalResponsesRunDataSourceSamplingParamsText._from_dict_(text)
                    if text.__class__ is dict
                    else CreateEvalResponsesRunDataSourceSamplingParamsText.from_dict(text)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.text = text
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
