from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, as_float, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
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
from ..models.run_object_status import RunObjectStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
    from ..models.create_run_request_truncation_strategy import CreateRunRequestTruncationStrategy
    from ..models.metadata_2 import Metadata2
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.run_completion_usage_2 import RunCompletionUsage2
    from ..models.run_object_incomplete_details import RunObjectIncompleteDetails
    from ..models.run_object_last_error import RunObjectLastError
    from ..models.run_object_required_action import RunObjectRequiredAction

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        AssistantToolsCode, \
        AssistantToolsFileSearch, \
        AssistantToolsFunction, \
        AssistantsNamedToolChoice, \
        CreateRunRequestTruncationStrategy, \
        Metadata2, \
        ResponseFormatJsonObject, \
        ResponseFormatJsonSchema, \
        ResponseFormatText, \
        RunCompletionUsage2, \
        RunObjectIncompleteDetails, \
        RunObjectLastError, \
        RunObjectRequiredAction
    from ..models.assistant_tools_code import AssistantToolsCode  # noqa: PLC0415
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch  # noqa: PLC0415
    from ..models.assistant_tools_function import AssistantToolsFunction  # noqa: PLC0415
    from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice  # noqa: PLC0415
    from ..models.create_run_request_truncation_strategy import CreateRunRequestTruncationStrategy  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415
    from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: PLC0415
    from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: PLC0415
    from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415
    from ..models.run_completion_usage_2 import RunCompletionUsage2  # noqa: PLC0415
    from ..models.run_object_incomplete_details import RunObjectIncompleteDetails  # noqa: PLC0415
    from ..models.run_object_last_error import RunObjectLastError  # noqa: PLC0415
    from ..models.run_object_required_action import RunObjectRequiredAction  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_required_action(data: object) -> None | RunObjectRequiredAction:
    if data is None:
        return data
    if isinstance(data, dict):
        return RunObjectRequiredAction._from_dict_(data)
    return cast("None | RunObjectRequiredAction", data)


def _parse_last_error(data: object) -> None | RunObjectLastError:
    if data is None:
        return data
    if isinstance(data, dict):
        return RunObjectLastError._from_dict_(data)
    return cast("None | RunObjectLastError", data)


def _parse_incomplete_details(data: object) -> None | RunObjectIncompleteDetails:
    if data is None:
        return data
    if isinstance(data, dict):
        return RunObjectIncompleteDetails._from_dict_(data)
    return cast("None | RunObjectIncompleteDetails", data)


def _parse_tools_item(
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
    return cast("AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction", data)


def _parse_metadata(data: object) -> Metadata2 | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None", data)


def _parse_usage(data: object) -> None | RunCompletionUsage2:
    if data is None:
        return data
    if isinstance(data, dict):
        return RunCompletionUsage2._from_dict_(data)
    return cast("None | RunCompletionUsage2", data)


def _parse_truncation_strategy(data: object) -> CreateRunRequestTruncationStrategy | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return CreateRunRequestTruncationStrategy._from_dict_(data)
    return cast("CreateRunRequestTruncationStrategy | None", data)


def _parse_tool_choice(
    data: object,
) -> AssistantsApiToolChoiceOptionEnum | AssistantsNamedToolChoice | None:
    if data is None:
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
    return cast("AssistantsApiToolChoiceOptionEnum | AssistantsNamedToolChoice | None", data)


def _parse_response_format(
    data: object,
) -> (
    AssistantsApiResponseFormatOptionEnum
    | None
    | ResponseFormatJsonObject
    | ResponseFormatJsonSchema
    | ResponseFormatText
):
    if data is None:
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
                "AssistantsApiResponseFormatOptionEnum | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText",
                UnknownVariant(data),
            )
        return cast(
            "AssistantsApiResponseFormatOptionEnum | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText",
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
        "AssistantsApiResponseFormatOptionEnum | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText",
        data,
    )


@_attrs_define(repr=False)
class RunObject(ApiModel):
    """Represents an execution run on a [thread](https://platform.openai.com/docs/api-reference/threads)."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """

    created_at: int
    """ The Unix timestamp (in seconds) for when the run was created. """

    thread_id: str
    """ The ID of the [thread](https://platform.openai.com/docs/api-reference/threads) that was executed on as a
    part of this run. """

    assistant_id: str
    """ The ID of the [assistant](https://platform.openai.com/docs/api-reference/assistants) used for execution of
    this run. """

    status: RunObjectStatus | str
    """ The status of the run, which can be either `queued`, `in_progress`, `requires_action`, `cancelling`,
    `cancelled`, `failed`, `completed`, `incomplete`, or `expired`. """

    model: str
    """ The model that the [assistant](https://platform.openai.com/docs/api-reference/assistants) used for this run.
    """

    tools: list[
        AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction | UnknownVariant
    ]
    """ The list of tools that the [assistant](https://platform.openai.com/docs/api-reference/assistants) used for
    this run.

    Server default: `[]`. """

    parallel_tool_calls: bool
    """ Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-
    calling#configuring-parallel-function-calling) during tool use.

    Server default: `true`. """

    object: Literal["thread.run"] = "thread.run"
    """ The object type, which is always `thread.run`. """

    required_action: RunObjectRequiredAction | None = ABSENT
    """ Details on the action required to continue the run. Will be `null` if no action is required. """

    last_error: RunObjectLastError | None = ABSENT
    """ The last error associated with this run. Will be `null` if there are no errors. """

    expires_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) for when the run will expire. """

    started_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) for when the run was started. """

    cancelled_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) for when the run was cancelled. """

    failed_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) for when the run failed. """

    completed_at: int | None = ABSENT
    """ The Unix timestamp (in seconds) for when the run was completed. """

    incomplete_details: RunObjectIncompleteDetails | None = ABSENT
    """ Details on why the run is incomplete. Will be `null` if the run is not incomplete. """

    instructions: str | None = ABSENT
    """ The instructions that the [assistant](https://platform.openai.com/docs/api-reference/assistants) used for
    this run. """

    metadata: Metadata2 | None = ABSENT

    usage: RunCompletionUsage2 | None = ABSENT

    max_prompt_tokens: int | None = ABSENT
    """ The maximum number of prompt tokens specified to have been used over the course of the run.
     """

    max_completion_tokens: int | None = ABSENT
    """ The maximum number of completion tokens specified to have been used over the course of the run.
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

    response_format: (
        AssistantsApiResponseFormatOptionEnum
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | str
        | UnknownVariant
        | None
    ) = ABSENT

    temperature: float | None = ABSENT
    """ The sampling temperature used for this run. If not set, defaults to 1. """

    top_p: float | None = ABSENT
    """ The nucleus sampling value used for this run. If not set, defaults to 1. """

    _sdk_name_: ClassVar[str] = "Run"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("assistant_id", "assistant_id"),
        ("cancelled_at", "cancelled_at"),
        ("completed_at", "completed_at"),
        ("created_at", "created_at"),
        ("expires_at", "expires_at"),
        ("failed_at", "failed_at"),
        ("incomplete_details", "incomplete_details"),
        ("instructions", "instructions"),
        ("last_error", "last_error"),
        ("max_completion_tokens", "max_completion_tokens"),
        ("max_prompt_tokens", "max_prompt_tokens"),
        ("metadata", "metadata"),
        ("model", "model"),
        ("object", "object"),
        ("parallel_tool_calls", "parallel_tool_calls"),
        ("required_action", "required_action"),
        ("response_format", "response_format"),
        ("started_at", "started_at"),
        ("status", "status"),
        ("thread_id", "thread_id"),
        ("tool_choice", "tool_choice"),
        ("tools", "tools"),
        ("truncation_strategy", "truncation_strategy"),
        ("usage", "usage"),
        ("temperature", "temperature"),
        ("top_p", "top_p"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "object": "Literal['thread.run']",
        "created_at": "int",
        "thread_id": "str",
        "assistant_id": "str",
        "status": "RunObjectStatus",
        "required_action": "None | RunObjectRequiredAction",
        "last_error": "None | RunObjectLastError",
        "expires_at": "int | None",
        "started_at": "int | None",
        "cancelled_at": "int | None",
        "failed_at": "int | None",
        "completed_at": "int | None",
        "incomplete_details": "None | RunObjectIncompleteDetails",
        "model": "str",
        "instructions": "None | str",
        "tools": "list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]",
        "metadata": "Metadata2 | None",
        "usage": "None | RunCompletionUsage2",
        "max_prompt_tokens": "int | None",
        "max_completion_tokens": "int | None",
        "truncation_strategy": "CreateRunRequestTruncationStrategy | None",
        "tool_choice": "AssistantsApiToolChoiceOptionEnum | AssistantsNamedToolChoice | None",
        "parallel_tool_calls": "bool",
        "response_format": "AssistantsApiResponseFormatOptionEnum | None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText",
        "temperature": "float | None | Unset",
        "top_p": "float | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "object": ("thread.run",),
        "status": (
            "cancelled",
            "cancelling",
            "completed",
            "expired",
            "failed",
            "in_progress",
            "incomplete",
            "queued",
            "requires_action",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "object",
        "created_at",
        "thread_id",
        "assistant_id",
        "status",
        "required_action",
        "last_error",
        "expires_at",
        "started_at",
        "cancelled_at",
        "failed_at",
        "completed_at",
        "incomplete_details",
        "model",
        "instructions",
        "tools",
        "metadata",
        "usage",
        "max_prompt_tokens",
        "max_completion_tokens",
        "truncation_strategy",
        "tool_choice",
        "parallel_tool_calls",
        "response_format",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "created_at",
            "thread_id",
            "assistant_id",
            "status",
            "required_action",
            "last_error",
            "expires_at",
            "started_at",
            "cancelled_at",
            "failed_at",
            "completed_at",
            "incomplete_details",
            "model",
            "instructions",
            "tools",
            "metadata",
            "usage",
            "max_prompt_tokens",
            "max_completion_tokens",
            "truncation_strategy",
            "tool_choice",
            "parallel_tool_calls",
            "response_format",
            "temperature",
            "top_p",
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
        value_2 = self.assistant_id
        if value_2 is None:
            if "assistant_id" in present:
                out["assistant_id"] = None
        else:
            out["assistant_id"] = value_2
        value_3 = self.cancelled_at
        if value_3 is None:
            if "cancelled_at" in present:
                out["cancelled_at"] = None
        else:
            out["cancelled_at"] = to_json(value_3)
        value_4 = self.completed_at
        if value_4 is None:
            if "completed_at" in present:
                out["completed_at"] = None
        else:
            out["completed_at"] = to_json(value_4)
        value_5 = self.created_at
        if value_5 is None:
            if "created_at" in present:
                out["created_at"] = None
        else:
            out["created_at"] = value_5
        value_6 = self.expires_at
        if value_6 is None:
            if "expires_at" in present:
                out["expires_at"] = None
        else:
            out["expires_at"] = to_json(value_6)
        value_7 = self.failed_at
        if value_7 is None:
            if "failed_at" in present:
                out["failed_at"] = None
        else:
            out["failed_at"] = to_json(value_7)
        value_8 = self.incomplete_details
        if value_8 is None:
            if "incomplete_details" in present:
                out["incomplete_details"] = None
        else:
            out["incomplete_details"] = to_json(value_8)
        value_9 = self.instructions
        if value_9 is None:
            if "instructions" in present:
                out["instructions"] = None
        else:
            out["instructions"] = to_json(value_9)
        value_10 = self.last_error
        if value_10 is None:
            if "last_error" in present:
                out["last_error"] = None
        else:
            out["last_error"] = to_json(value_10)
        value_11 = self.max_completion_tokens
        if value_11 is None:
            if "max_completion_tokens" in present:
                out["max_completion_tokens"] = None
        else:
            out["max_completion_tokens"] = to_json(value_11)
        value_12 = self.max_prompt_tokens
        if value_12 is None:
            if "max_prompt_tokens" in present:
                out["max_prompt_tokens"] = None
        else:
            out["max_prompt_tokens"] = to_json(value_12)
        value_13 = self.metadata
        if value_13 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_13)
        value_14 = self.model
        if value_14 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_14
        value_15 = self.object
        if value_15 is None:
            if "object" in present:
                out["object"] = None
        else:
            out["object"] = value_15
        value_16 = self.parallel_tool_calls
        if value_16 is None:
            if "parallel_tool_calls" in present:
                out["parallel_tool_calls"] = None
        else:
            out["parallel_tool_calls"] = value_16
        value_17 = self.required_action
        if value_17 is None:
            if "required_action" in present:
                out["required_action"] = None
        else:
            out["required_action"] = to_json(value_17)
        value_18 = self.response_format
        if value_18 is None:
            if "response_format" in present:
                out["response_format"] = None
        else:
            out["response_format"] = to_json(value_18)
        value_19 = self.started_at
        if value_19 is None:
            if "started_at" in present:
                out["started_at"] = None
        else:
            out["started_at"] = to_json(value_19)
        value_20 = self.status
        if value_20 is None:
            if "status" in present:
                out["status"] = None
        else:
            out["status"] = value_20
        value_21 = self.thread_id
        if value_21 is None:
            if "thread_id" in present:
                out["thread_id"] = None
        else:
            out["thread_id"] = value_21
        value_22 = self.tool_choice
        if value_22 is None:
            if "tool_choice" in present:
                out["tool_choice"] = None
        else:
            out["tool_choice"] = to_json(value_22)
        value_23 = self.tools
        if value_23 is None:
            if "tools" in present:
                out["tools"] = None
        elif value_23 or not isinstance(value_23, AbsentList) or "tools" in present:
            out["tools"] = to_json(value_23)
        value_24 = self.truncation_strategy
        if value_24 is None:
            if "truncation_strategy" in present:
                out["truncation_strategy"] = None
        else:
            out["truncation_strategy"] = to_json(value_24)
        value_25 = self.usage
        if value_25 is None:
            if "usage" in present:
                out["usage"] = None
        else:
            out["usage"] = to_json(value_25)
        value_26 = self.temperature
        if value_26 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = to_json(value_26)
        value_27 = self.top_p
        if value_27 is None:
            if "top_p" in present:
                out["top_p"] = None
        else:
            out["top_p"] = to_json(value_27)
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
        parsed_obj_.id = get_("id")
        parsed_obj_.object = get_("object")
        parsed_obj_.created_at = get_("created_at")
        parsed_obj_.thread_id = get_("thread_id")
        parsed_obj_.assistant_id = get_("assistant_id")
        parsed_obj_.status = get_("status")
        _raw_required_action = get_("required_action", None)
        if _raw_required_action is not None:
            try:
                required_action = _parse_required_action(_raw_required_action)

            except LENIENT_ERRORS:
                required_action = _raw_required_action
        else:
            required_action = _raw_required_action
        parsed_obj_.required_action = required_action
        _raw_last_error = get_("last_error", None)
        if _raw_last_error is not None:
            try:
                last_error = _parse_last_error(_raw_last_error)

            except LENIENT_ERRORS:
                last_error = _raw_last_error
        else:
            last_error = _raw_last_error
        parsed_obj_.last_error = last_error
        parsed_obj_.expires_at = get_("expires_at")
        parsed_obj_.started_at = get_("started_at")
        parsed_obj_.cancelled_at = get_("cancelled_at")
        parsed_obj_.failed_at = get_("failed_at")
        parsed_obj_.completed_at = get_("completed_at")
        _raw_incomplete_details = get_("incomplete_details", None)
        if _raw_incomplete_details is not None:
            try:
                incomplete_details = _parse_incomplete_details(_raw_incomplete_details)

            except LENIENT_ERRORS:
                incomplete_details = _raw_incomplete_details
        else:
            incomplete_details = _raw_incomplete_details
        parsed_obj_.incomplete_details = incomplete_details
        parsed_obj_.model = get_("model")
        parsed_obj_.instructions = get_("instructions")
        _raw_tools = get_("tools", UNSET)
        try:
            tools = []
            _tools = _raw_tools
            if not isinstance(_tools, list):
                raise TypeError()
            for tools_item_data in _tools:
                try:
                    tools_item = _parse_tools_item(tools_item_data)

                except LENIENT_ERRORS:
                    tools_item = tools_item_data
                tools.append(tools_item)

        except LENIENT_ERRORS:
            tools = _raw_tools
        parsed_obj_.tools = AbsentList() if isinstance(tools, Unset) else tools
        _raw_metadata = get_("metadata", None)
        if _raw_metadata is not None:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = metadata
        _raw_usage = get_("usage", None)
        if _raw_usage is not None:
            try:
                usage = _parse_usage(_raw_usage)

            except LENIENT_ERRORS:
                usage = _raw_usage
        else:
            usage = _raw_usage
        parsed_obj_.usage = usage
        parsed_obj_.max_prompt_tokens = get_("max_prompt_tokens")
        parsed_obj_.max_completion_tokens = get_("max_completion_tokens")
        _raw_truncation_strategy = get_("truncation_strategy", None)
        if _raw_truncation_strategy is not None:
            try:
                truncation_strategy = _parse_truncation_strategy(_raw_truncation_strategy)

            except LENIENT_ERRORS:
                truncation_strategy = _raw_truncation_strategy
        else:
            truncation_strategy = _raw_truncation_strategy
        parsed_obj_.truncation_strategy = truncation_strategy
        _raw_tool_choice = get_("tool_choice", None)
        if _raw_tool_choice is not None:
            try:
                tool_choice = _parse_tool_choice(_raw_tool_choice)

            except LENIENT_ERRORS:
                tool_choice = _raw_tool_choice
        else:
            tool_choice = _raw_tool_choice
        parsed_obj_.tool_choice = tool_choice
        parsed_obj_.parallel_tool_calls = get_("parallel_tool_calls")
        _raw_response_format = get_("response_format", None)
        if _raw_response_format is not None:
            try:
                response_format = _parse_response_format(_raw_response_format)

            except LENIENT_ERRORS:
                response_format = _raw_response_format
        else:
            response_format = _raw_response_format
        parsed_obj_.response_format = response_format
        parsed_obj_.temperature = as_float(get_("temperature"))
        parsed_obj_.top_p = as_float(get_("top_p"))
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
