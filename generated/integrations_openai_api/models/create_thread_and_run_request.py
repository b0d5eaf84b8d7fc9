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
from ..models.assistants_api_response_format_option_enum import (
    AssistantsApiResponseFormatOptionEnum,
    check_assistants_api_response_format_option_enum,
)
from ..models.assistants_api_tool_choice_option_enum import (
    AssistantsApiToolChoiceOptionEnum,
    check_assistants_api_tool_choice_option_enum,
)
from ..models.create_thread_and_run_request_model_enum import (
    CreateThreadAndRunRequestModelEnum,
    check_create_thread_and_run_request_model_enum,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
    from ..models.create_run_request_truncation_strategy import CreateRunRequestTruncationStrategy
    from ..models.create_thread_and_run_request_tool_resources import (
        CreateThreadAndRunRequestToolResources,
    )
    from ..models.create_thread_request import CreateThreadRequest
    from ..models.metadata_2 import Metadata2
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        AssistantToolsCode, \
        AssistantToolsFileSearch, \
        AssistantToolsFunction, \
        AssistantsNamedToolChoice, \
        CreateRunRequestTruncationStrategy, \
        CreateThreadAndRunRequestToolResources, \
        CreateThreadRequest, \
        Metadata2, \
        ResponseFormatJsonObject, \
        ResponseFormatJsonSchema, \
        ResponseFormatText
    from ..models.assistant_tools_code import AssistantToolsCode  # noqa: PLC0415
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch  # noqa: PLC0415
    from ..models.assistant_tools_function import AssistantToolsFunction  # noqa: PLC0415
    from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice  # noqa: PLC0415
    from ..models.create_run_request_truncation_strategy import CreateRunRequestTruncationStrategy  # noqa: PLC0415
    from ..models.create_thread_and_run_request_tool_resources import (
        CreateThreadAndRunRequestToolResources,  # noqa: PLC0415
    )
    from ..models.create_thread_request import CreateThreadRequest  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415
    from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: PLC0415
    from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: PLC0415
    from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_model(data: object) -> CreateThreadAndRunRequestModelEnum | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_create_thread_and_run_request_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("CreateThreadAndRunRequestModelEnum | None | str | Unset", data)


def _parse_tools(
    data: object,
) -> list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()

        def _parse_tools_type_0_item(
            data: object,
        ) -> AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction:
            if isinstance(data, dict):
                variant = pick_variant(
                    data,
                    (
                        AssistantToolsCode,
                        AssistantToolsFileSearch,
                        AssistantToolsFunction,
                    ),
                )
                if variant is None:
                    return cast(
                        "AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction",
                        UnknownVariant(data),
                    )
                return cast(
                    "AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction",
                    variant.from_dict(data),
                )
            return cast(
                "AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction", data
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
        "list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | None | Unset",
        data,
    )


def _parse_tool_resources(data: object) -> CreateThreadAndRunRequestToolResources | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return CreateThreadAndRunRequestToolResources._from_dict_(data)
    return cast("CreateThreadAndRunRequestToolResources | None | Unset", data)


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None | Unset", data)


def _parse_truncation_strategy(data: object) -> CreateRunRequestTruncationStrategy | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return CreateRunRequestTruncationStrategy._from_dict_(data)
    return cast("CreateRunRequestTruncationStrategy | None | Unset", data)


def _parse_tool_choice(
    data: object,
) -> AssistantsApiToolChoiceOptionEnum | AssistantsNamedToolChoice | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return AssistantsNamedToolChoice._from_dict_(data)
    try:
        if not isinstance(data, str):
            raise TypeError()
        tool_choice_type_0 = check_assistants_api_tool_choice_option_enum(data)

        return tool_choice_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "AssistantsApiToolChoiceOptionEnum | AssistantsNamedToolChoice | None | Unset", data
    )


def _parse_response_format(
    data: object,
) -> (
    AssistantsApiResponseFormatOptionEnum
    | None
    | ResponseFormatJsonObject
    | ResponseFormatJsonSchema
    | ResponseFormatText
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ResponseFormatText,
                ResponseFormatJsonObject,
                ResponseFormatJsonSchema,
            ),
        )
        if variant is None:
            return cast(
                "AssistantsApiResponseFormatOptionEnum | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
                UnknownVariant(data),
            )
        return cast(
            "AssistantsApiResponseFormatOptionEnum | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
            variant.from_dict(data),
        )
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_assistants_api_response_format_option_type_0 = (
            check_assistants_api_response_format_option_enum(data)
        )

        return componentsschemas_assistants_api_response_format_option_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "AssistantsApiResponseFormatOptionEnum | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
        data,
    )


@_attrs_define(repr=False)
class CreateThreadAndRunRequest(ApiModel):
    assistant_id: str
    """ The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) to use to execute this
    run. """

    thread: CreateThreadRequest | None = ABSENT
    """ Options to create a new thread. If no thread is provided when running a
    request, an empty thread will be created.
     """

    model: CreateThreadAndRunRequestModelEnum | str | None = ABSENT
    """ The ID of the [Model](https://platform.openai.com/docs/api-reference/models) to be used to execute this run.
    If a value is provided here, it will override the model associated with the assistant. If not, the model
    associated with the assistant will be used. """

    instructions: str | None = ABSENT
    """ Override the default system message of the assistant. This is useful for modifying the behavior on a per-run
    basis. """

    tools: (
        list[
            AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownVariant
        ]
        | None
    ) = ABSENT
    """ Override the tools the assistant can use for this run. This is useful for modifying the behavior on a per-
    run basis. """

    tool_resources: CreateThreadAndRunRequestToolResources | None = ABSENT
    """ A set of resources that are used by the assistant's tools. The resources are specific to the type of tool.
    For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a
    list of vector store IDs.
     """

    metadata: Metadata2 | None = ABSENT

    temperature: float | None = ABSENT
    """ What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random,
    while lower values like 0.2 will make it more focused and deterministic.

    Server default: `1`. """

    top_p: float | None = ABSENT
    """ An alternative to sampling with temperature, called nucleus sampling, where the model considers the results
    of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass
    are considered.

    We generally recommend altering this or temperature but not both.

    Server default: `1`. """

    stream: bool | None = ABSENT
    """ If `true`, returns a stream of events that happen during the Run as server-sent events, terminating when the
    Run enters a terminal state with a `data: [DONE]` message.
     """

    max_prompt_tokens: int | None = ABSENT
    """ The maximum number of prompt tokens that may be used over the course of the run. The run will make a best
    effort to use only the number of prompt tokens specified, across multiple turns of the run. If the run exceeds
    the number of prompt tokens specified, the run will end with status `incomplete`. See `incomplete_details` for
    more info.
     """

    max_completion_tokens: int | None = ABSENT
    """ The maximum number of completion tokens that may be used over the course of the run. The run will make a
    best effort to use only the number of completion tokens specified, across multiple turns of the run. If the run
    exceeds the number of completion tokens specified, the run will end with status `incomplete`. See
    `incomplete_details` for more info.
     """

    truncation_strategy: CreateRunRequestTruncationStrategy | None = ABSENT
    """ Controls for how a thread will be truncated prior to the run. Use this to control the initial context window
    of the run. """

    tool_choice: AssistantsApiToolChoiceOptionEnum | AssistantsNamedToolChoice | str | None = ABSENT
    """ Controls which (if any) tool is called by the model.
    `none` means the model will not call any tools and instead generates a message.
    `auto` is the default value and means the model can pick between generating a message or calling one or more
    tools.
    `required` means the model must call one or more tools before responding to the user.
    Specifying a particular tool like `{"type": "file_search"}` or `{"type": "function", "function": {"name":
    "my_function"}}` forces the model to call that tool.
     """

    parallel_tool_calls: bool | None = ABSENT
    """ Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-
    calling#configuring-parallel-function-calling) during tool use.

    Server default: `true`. """

    response_format: (
        AssistantsApiResponseFormatOptionEnum
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | str
        | UnknownVariant
        | None
    ) = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("assistant_id", "assistant_id"),
        ("thread", "thread"),
        ("model", "model"),
        ("instructions", "instructions"),
        ("tools", "tools"),
        ("tool_resources", "tool_resources"),
        ("metadata", "metadata"),
        ("temperature", "temperature"),
        ("top_p", "top_p"),
        ("stream", "stream"),
        ("max_prompt_tokens", "max_prompt_tokens"),
        ("max_completion_tokens", "max_completion_tokens"),
        ("truncation_strategy", "truncation_strategy"),
        ("tool_choice", "tool_choice"),
        ("parallel_tool_calls", "parallel_tool_calls"),
        ("response_format", "response_format"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "assistant_id": "str",
        "thread": "CreateThreadRequest | Unset",
        "model": "CreateThreadAndRunRequestModelEnum | None | str | Unset",
        "instructions": "None | str | Unset",
        "tools": "list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction] | None | Unset",
        "tool_resources": "CreateThreadAndRunRequestToolResources | None | Unset",
        "metadata": "Metadata2 | None | Unset",
        "temperature": "float | None | Unset",
        "top_p": "float | None | Unset",
        "stream": "bool | None | Unset",
        "max_prompt_tokens": "int | None | Unset",
        "max_completion_tokens": "int | None | Unset",
        "truncation_strategy": "CreateRunRequestTruncationStrategy | None | Unset",
        "tool_choice": "AssistantsApiToolChoiceOptionEnum | AssistantsNamedToolChoice | None | Unset",
        "parallel_tool_calls": "bool | Unset",
        "response_format": "AssistantsApiResponseFormatOptionEnum | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("assistant_id",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "assistant_id",
            "thread",
            "model",
            "instructions",
            "tools",
            "tool_resources",
            "metadata",
            "temperature",
            "top_p",
            "stream",
            "max_prompt_tokens",
            "max_completion_tokens",
            "truncation_strategy",
            "tool_choice",
            "parallel_tool_calls",
            "response_format",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.assistant_id
        if value_1 is None:
            if "assistant_id" in present:
                out["assistant_id"] = None
        else:
            out["assistant_id"] = value_1
        value_2 = self.thread
        if value_2 is None:
            if "thread" in present:
                out["thread"] = None
        else:
            out["thread"] = to_json(value_2)
        value_3 = self.model
        if value_3 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_3)
        value_4 = self.instructions
        if value_4 is None:
            if "instructions" in present:
                out["instructions"] = None
        else:
            out["instructions"] = to_json(value_4)
        value_5 = self.tools
        if value_5 is None:
            if "tools" in present:
                out["tools"] = None
        else:
            out["tools"] = to_json(value_5)
        value_6 = self.tool_resources
        if value_6 is None:
            if "tool_resources" in present:
                out["tool_resources"] = None
        else:
            out["tool_resources"] = to_json(value_6)
        value_7 = self.metadata
        if value_7 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_7)
        value_8 = self.temperature
        if value_8 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = to_json(value_8)
        value_9 = self.top_p
        if value_9 is None:
            if "top_p" in present:
                out["top_p"] = None
        else:
            out["top_p"] = to_json(value_9)
        value_10 = self.stream
        if value_10 is None:
            if "stream" in present:
                out["stream"] = None
        else:
            out["stream"] = to_json(value_10)
        value_11 = self.max_prompt_tokens
        if value_11 is None:
            if "max_prompt_tokens" in present:
                out["max_prompt_tokens"] = None
        else:
            out["max_prompt_tokens"] = to_json(value_11)
        value_12 = self.max_completion_tokens
        if value_12 is None:
            if "max_completion_tokens" in present:
                out["max_completion_tokens"] = None
        else:
            out["max_completion_tokens"] = to_json(value_12)
        value_13 = self.truncation_strategy
        if value_13 is None:
            if "truncation_strategy" in present:
                out["truncation_strategy"] = None
        else:
            out["truncation_strategy"] = to_json(value_13)
        value_14 = self.tool_choice
        if value_14 is None:
            if "tool_choice" in present:
                out["tool_choice"] = None
        else:
            out["tool_choice"] = to_json(value_14)
        value_15 = self.parallel_tool_calls
        if value_15 is None:
            if "parallel_tool_calls" in present:
                out["parallel_tool_calls"] = None
        else:
            out["parallel_tool_calls"] = value_15
        value_16 = self.response_format
        if value_16 is None:
            if "response_format" in present:
                out["response_format"] = None
        else:
            out["response_format"] = to_json(value_16)
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
        parsed_obj_.assistant_id = get_("assistant_id")
        thread = get_("thread")
        if thread is not None:
            try:
                thread = (
                    CreateThreadRequest._from_dict_(thread)
                    if thread.__class__ is dict
                    else CreateThreadRequest.from_dict(thread)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.thread = thread
        _raw_model = get_("model", UNSET)
        if _raw_model is not None and _raw_model is not UNSET:
            try:
                model = _parse_model(_raw_model)

            except LENIENT_ERRORS:
                model = _raw_model
        else:
            model = _raw_model
        parsed_obj_.model = None if isinstance(model, Unset) else model
        parsed_obj_.instructions = get_("instructions")
        _raw_tools = get_("tools", UNSET)
        if _raw_tools is not None and _raw_tools is not UNSET:
            try:
                tools = _parse_tools(_raw_tools)

            except LENIENT_ERRORS:
                tools = _raw_tools
        else:
            tools = _raw_tools
        parsed_obj_.tools = None if isinstance(tools, Unset) else tools
        _raw_tool_resources = get_("tool_resources", UNSET)
        if _raw_tool_resources is not None and _raw_tool_resources is not UNSET:
            try:
                tool_resources = _parse_tool_resources(_raw_tool_resources)

            except LENIENT_ERRORS:
                tool_resources = _raw_tool_resources
        else:
            tool_resources = _raw_tool_resources
        parsed_obj_.tool_resources = None if isinstance(tool_resources, Unset) else tool_resources
        _raw_metadata = get_("metadata", UNSET)
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        parsed_obj_.temperature = as_float(get_("temperature"))
        parsed_obj_.top_p = as_float(get_("top_p"))
        parsed_obj_.stream = get_("stream")
        parsed_obj_.max_prompt_tokens = get_("max_prompt_tokens")
        parsed_obj_.max_completion_tokens = get_("max_completion_tokens")
        _raw_truncation_strategy = get_("truncation_strategy", UNSET)
        if _raw_truncation_strategy is not None and _raw_truncation_strategy is not UNSET:
            try:
                truncation_strategy = _parse_truncation_strategy(_raw_truncation_strategy)

            except LENIENT_ERRORS:
                truncation_strategy = _raw_truncation_strategy
        else:
            truncation_strategy = _raw_truncation_strategy
        parsed_obj_.truncation_strategy = (
            None if isinstance(truncation_strategy, Unset) else truncation_strategy
        )
        _raw_tool_choice = get_("tool_choice", UNSET)
        if _raw_tool_choice is not None and _raw_tool_choice is not UNSET:
            try:
                tool_choice = _parse_tool_choice(_raw_tool_choice)

            except LENIENT_ERRORS:
                tool_choice = _raw_tool_choice
        else:
            tool_choice = _raw_tool_choice
        parsed_obj_.tool_choice = None if isinstance(tool_choice, Unset) else tool_choice
        parsed_obj_.parallel_tool_calls = get_("parallel_tool_calls")
        _raw_response_format = get_("response_format", UNSET)
        if _raw_response_format is not None and _raw_response_format is not UNSET:
            try:
                response_format = _parse_response_format(_raw_response_format)

            except LENIENT_ERRORS:
                response_format = _raw_response_format
        else:
            response_format = _raw_response_format
        parsed_obj_.response_format = (
            None if isinstance(response_format, Unset) else response_format
        )
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
