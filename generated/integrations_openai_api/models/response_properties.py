from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.create_response_truncation import (
    CreateResponseTruncation,
    check_create_response_truncation,
)
from ..models.model_ids_responses_responses_only_model import (
    ModelIdsResponsesResponsesOnlyModel,
    check_model_ids_responses_responses_only_model,
)
from ..models.model_ids_shared_enum import ModelIdsSharedEnum, check_model_ids_shared_enum
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.computer_tool import ComputerTool
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.custom_tool_param import CustomToolParam
    from ..models.file_search_tool import FileSearchTool
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool import FunctionTool
    from ..models.image_gen_tool import ImageGenTool
    from ..models.local_shell_tool_param import LocalShellToolParam
    from ..models.mcp_tool import MCPTool
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.prompt_2 import Prompt2
    from ..models.reasoning import Reasoning
    from ..models.response_text_param import ResponseTextParam
    from ..models.specific_apply_patch_param import SpecificApplyPatchParam
    from ..models.specific_function_shell_param import SpecificFunctionShellParam
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.tool_choice_custom import ToolChoiceCustom
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.tool_choice_types import ToolChoiceTypes
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
        CustomToolParam, \
        FileSearchTool, \
        FunctionShellToolParam, \
        FunctionTool, \
        ImageGenTool, \
        LocalShellToolParam, \
        MCPTool, \
        NamespaceToolParam, \
        Prompt2, \
        Reasoning, \
        ResponseTextParam, \
        SpecificApplyPatchParam, \
        SpecificFunctionShellParam, \
        ToolChoiceAllowed, \
        ToolChoiceCustom, \
        ToolChoiceFunction, \
        ToolChoiceMCP, \
        ToolChoiceTypes, \
        ToolSearchToolParam, \
        WebSearchPreviewTool, \
        WebSearchTool
    from ..models.apply_patch_tool_param import ApplyPatchToolParam  # noqa: PLC0415
    from ..models.code_interpreter_tool import CodeInterpreterTool  # noqa: PLC0415
    from ..models.computer_tool import ComputerTool  # noqa: PLC0415
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool  # noqa: PLC0415
    from ..models.custom_tool_param import CustomToolParam  # noqa: PLC0415
    from ..models.file_search_tool import FileSearchTool  # noqa: PLC0415
    from ..models.function_shell_tool_param import FunctionShellToolParam  # noqa: PLC0415
    from ..models.function_tool import FunctionTool  # noqa: PLC0415
    from ..models.image_gen_tool import ImageGenTool  # noqa: PLC0415
    from ..models.local_shell_tool_param import LocalShellToolParam  # noqa: PLC0415
    from ..models.mcp_tool import MCPTool  # noqa: PLC0415
    from ..models.namespace_tool_param import NamespaceToolParam  # noqa: PLC0415
    from ..models.prompt_2 import Prompt2  # noqa: PLC0415
    from ..models.reasoning import Reasoning  # noqa: PLC0415
    from ..models.response_text_param import ResponseTextParam  # noqa: PLC0415
    from ..models.specific_apply_patch_param import SpecificApplyPatchParam  # noqa: PLC0415
    from ..models.specific_function_shell_param import SpecificFunctionShellParam  # noqa: PLC0415
    from ..models.tool_choice_allowed import ToolChoiceAllowed  # noqa: PLC0415
    from ..models.tool_choice_custom import ToolChoiceCustom  # noqa: PLC0415
    from ..models.tool_choice_function import ToolChoiceFunction  # noqa: PLC0415
    from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: PLC0415
    from ..models.tool_choice_types import ToolChoiceTypes  # noqa: PLC0415
    from ..models.tool_search_tool_param import ToolSearchToolParam  # noqa: PLC0415
    from ..models.web_search_preview_tool import WebSearchPreviewTool  # noqa: PLC0415
    from ..models.web_search_tool import WebSearchTool  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_model(
    data: object,
) -> ModelIdsResponsesResponsesOnlyModel | ModelIdsSharedEnum | str | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_model_ids_shared_type_1 = check_model_ids_shared_enum(data)

        return componentsschemas_model_ids_shared_type_1
    except LENIENT_ERRORS:
        pass
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_model_ids_responses_type_1 = (
            check_model_ids_responses_responses_only_model(data)
        )

        return componentsschemas_model_ids_responses_type_1
    except LENIENT_ERRORS:
        pass
    return cast("ModelIdsResponsesResponsesOnlyModel | ModelIdsSharedEnum | str | Unset", data)


def _parse_reasoning(data: object) -> None | Reasoning | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Reasoning._from_dict_(data)
    return cast("None | Reasoning | Unset", data)


def _parse_componentsschemas_tools_array_item(
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


def _parse_tool_choice(
    data: object,
) -> (
    SpecificApplyPatchParam
    | SpecificFunctionShellParam
    | ToolChoiceAllowed
    | ToolChoiceCustom
    | ToolChoiceFunction
    | ToolChoiceMCP
    | ToolChoiceOptions
    | ToolChoiceTypes
    | Unset
):
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ToolChoiceAllowed,
                ToolChoiceTypes,
                ToolChoiceFunction,
                ToolChoiceMCP,
                ToolChoiceCustom,
                SpecificApplyPatchParam,
                SpecificFunctionShellParam,
            ),
        )
        if variant is None:
            return cast(
                "SpecificApplyPatchParam | SpecificFunctionShellParam | ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | ToolChoiceTypes | Unset",
                UnknownVariant(data),
            )
        return cast(
            "SpecificApplyPatchParam | SpecificFunctionShellParam | ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | ToolChoiceTypes | Unset",
            variant.from_dict(data),
        )
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_tool_choice_param_type_0 = check_tool_choice_options(data)

        return componentsschemas_tool_choice_param_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "SpecificApplyPatchParam | SpecificFunctionShellParam | ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | ToolChoiceTypes | Unset",
        data,
    )


def _parse_prompt(data: object) -> None | Prompt2 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Prompt2._from_dict_(data)
    return cast("None | Prompt2 | Unset", data)


def _parse_truncation(data: object) -> CreateResponseTruncation | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        truncation_type_0 = check_create_response_truncation(data)

        return truncation_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateResponseTruncation | None | Unset", data)


@_attrs_define(repr=False)
class ResponseProperties(ApiModel):
    previous_response_id: str | None = ABSENT

    model: ModelIdsResponsesResponsesOnlyModel | ModelIdsSharedEnum | str | None = ABSENT

    reasoning: Reasoning | None = ABSENT

    background: bool | None = ABSENT

    max_tool_calls: int | None = ABSENT

    text: ResponseTextParam | None = ABSENT
    """ Configuration options for a text response from the model. Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](https://platform.openai.com/docs/guides/text)
    - [Structured Outputs](https://platform.openai.com/docs/guides/structured-outputs)
     """

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

    We support the following categories of tools:
    - **Built-in tools**: Tools that are provided by OpenAI that extend the
      model's capabilities, like [web search](https://platform.openai.com/docs/guides/tools-web-search)
      or [file search](https://platform.openai.com/docs/guides/tools-file-search). Learn more about
      [built-in tools](https://platform.openai.com/docs/guides/tools).
    - **MCP Tools**: Integrations with third-party systems via custom MCP servers
      or predefined connectors such as Google Drive and SharePoint. Learn more about
      [MCP Tools](https://platform.openai.com/docs/guides/tools-connectors-mcp).
    - **Function calls (custom tools)**: Functions that are defined by you,
      enabling the model to call your own code with strongly typed arguments
      and outputs. Learn more about
      [function calling](https://platform.openai.com/docs/guides/function-calling). You can also use
      custom tools to call your own code.
     """

    tool_choice: (
        SpecificApplyPatchParam
        | SpecificFunctionShellParam
        | str
        | ToolChoiceAllowed
        | ToolChoiceCustom
        | ToolChoiceFunction
        | ToolChoiceMCP
        | ToolChoiceOptions
        | ToolChoiceTypes
        | UnknownVariant
        | None
    ) = ABSENT
    """ How the model should select which tool (or tools) to use when generating
    a response. See the `tools` parameter to see how to specify which tools
    the model can call.
     """

    prompt: Prompt2 | None = ABSENT

    truncation: CreateResponseTruncation | str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("previous_response_id", "previous_response_id"),
        ("model", "model"),
        ("reasoning", "reasoning"),
        ("background", "background"),
        ("max_tool_calls", "max_tool_calls"),
        ("text", "text"),
        ("tools", "tools"),
        ("tool_choice", "tool_choice"),
        ("prompt", "prompt"),
        ("truncation", "truncation"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "previous_response_id": "None | str | Unset",
        "model": "ModelIdsResponsesResponsesOnlyModel | ModelIdsSharedEnum | str | Unset",
        "reasoning": "None | Reasoning | Unset",
        "background": "bool | None | Unset",
        "max_tool_calls": "int | None | Unset",
        "text": "ResponseTextParam | Unset",
        "tools": "list[ApplyPatchToolParam | CodeInterpreterTool | ComputerTool | ComputerUsePreviewTool | CustomToolParam | FileSearchTool | FunctionShellToolParam | FunctionTool | ImageGenTool | LocalShellToolParam | MCPTool | NamespaceToolParam | ToolSearchToolParam | WebSearchPreviewTool | WebSearchTool] | Unset",
        "tool_choice": "SpecificApplyPatchParam | SpecificFunctionShellParam | ToolChoiceAllowed | ToolChoiceCustom | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | ToolChoiceTypes | Unset",
        "prompt": "None | Prompt2 | Unset",
        "truncation": "CreateResponseTruncation | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "previous_response_id",
            "model",
            "reasoning",
            "background",
            "max_tool_calls",
            "text",
            "tools",
            "tool_choice",
            "prompt",
            "truncation",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.previous_response_id
        if value_1 is None:
            if "previous_response_id" in present:
                out["previous_response_id"] = None
        else:
            out["previous_response_id"] = to_json(value_1)
        value_2 = self.model
        if value_2 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_2)
        value_3 = self.reasoning
        if value_3 is None:
            if "reasoning" in present:
                out["reasoning"] = None
        else:
            out["reasoning"] = to_json(value_3)
        value_4 = self.background
        if value_4 is None:
            if "background" in present:
                out["background"] = None
        else:
            out["background"] = to_json(value_4)
        value_5 = self.max_tool_calls
        if value_5 is None:
            if "max_tool_calls" in present:
                out["max_tool_calls"] = None
        else:
            out["max_tool_calls"] = to_json(value_5)
        value_6 = self.text
        if value_6 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = to_json(value_6)
        value_7 = self.tools
        if value_7 is None:
            if "tools" in present:
                out["tools"] = None
        else:
            out["tools"] = to_json(value_7)
        value_8 = self.tool_choice
        if value_8 is None:
            if "tool_choice" in present:
                out["tool_choice"] = None
        else:
            out["tool_choice"] = to_json(value_8)
        value_9 = self.prompt
        if value_9 is None:
            if "prompt" in present:
                out["prompt"] = None
        else:
            out["prompt"] = to_json(value_9)
        value_10 = self.truncation
        if value_10 is None:
            if "truncation" in present:
                out["truncation"] = None
        else:
            out["truncation"] = to_json(value_10)
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
        parsed_obj_.previous_response_id = get_("previous_response_id")
        _raw_model = get_("model", UNSET)
        if _raw_model is not UNSET:
            try:
                model = _parse_model(_raw_model)

            except LENIENT_ERRORS:
                model = _raw_model
        else:
            model = _raw_model
        parsed_obj_.model = None if isinstance(model, Unset) else model
        _raw_reasoning = get_("reasoning", UNSET)
        if _raw_reasoning is not None and _raw_reasoning is not UNSET:
            try:
                reasoning = _parse_reasoning(_raw_reasoning)

            except LENIENT_ERRORS:
                reasoning = _raw_reasoning
        else:
            reasoning = _raw_reasoning
        parsed_obj_.reasoning = None if isinstance(reasoning, Unset) else reasoning
        parsed_obj_.background = get_("background")
        parsed_obj_.max_tool_calls = get_("max_tool_calls")
        text = get_("text")
        if text is not None:
            try:
                text = (
                    ResponseTextParam._from_dict_(text)
                    if text.__class__ is dict
                    else ResponseTextParam.from_dict(text)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.text = text
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
                for componentsschemas_tools_array_item_data in _tools:
                    try:
                        componentsschemas_tools_array_item = (
                            _parse_componentsschemas_tools_array_item(
                                componentsschemas_tools_array_item_data
                            )
                        )

                    except LENIENT_ERRORS:
                        componentsschemas_tools_array_item = componentsschemas_tools_array_item_data
                    tools.append(componentsschemas_tools_array_item)

        except LENIENT_ERRORS:
            tools = _raw_tools
        parsed_obj_.tools = None if isinstance(tools, Unset) else tools
        _raw_tool_choice = get_("tool_choice", UNSET)
        if _raw_tool_choice is not UNSET:
            try:
                tool_choice = _parse_tool_choice(_raw_tool_choice)

            except LENIENT_ERRORS:
                tool_choice = _raw_tool_choice
        else:
            tool_choice = _raw_tool_choice
        parsed_obj_.tool_choice = None if isinstance(tool_choice, Unset) else tool_choice
        _raw_prompt = get_("prompt", UNSET)
        if _raw_prompt is not None and _raw_prompt is not UNSET:
            try:
                prompt = _parse_prompt(_raw_prompt)

            except LENIENT_ERRORS:
                prompt = _raw_prompt
        else:
            prompt = _raw_prompt
        parsed_obj_.prompt = None if isinstance(prompt, Unset) else prompt
        _raw_truncation = get_("truncation", UNSET)
        if _raw_truncation is not None and _raw_truncation is not UNSET:
            try:
                truncation = _parse_truncation(_raw_truncation)

            except LENIENT_ERRORS:
                truncation = _raw_truncation
        else:
            truncation = _raw_truncation
        parsed_obj_.truncation = None if isinstance(truncation, Unset) else truncation
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
