from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.assistants_api_response_format_option_enum import (
    AssistantsApiResponseFormatOptionEnum,
    check_assistants_api_response_format_option_enum,
)
from ..models.assistants_api_tool_choice_option_enum import (
    AssistantsApiToolChoiceOptionEnum,
    check_assistants_api_tool_choice_option_enum,
)
from ..models.run_object_status import RunObjectStatus, check_run_object_status
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


T = TypeVar("T", bound="RunObject")


def _parse_required_action(data: object) -> None | RunObjectRequiredAction:
    if data is None:
        return data
    if isinstance(data, dict):
        return RunObjectRequiredAction.from_dict(data)
    return cast("None | RunObjectRequiredAction", data)


def _parse_last_error(data: object) -> None | RunObjectLastError:
    if data is None:
        return data
    if isinstance(data, dict):
        return RunObjectLastError.from_dict(data)
    return cast("None | RunObjectLastError", data)


def _parse_expires_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_started_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_cancelled_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_failed_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_completed_at(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_incomplete_details(data: object) -> None | RunObjectIncompleteDetails:
    if data is None:
        return data
    if isinstance(data, dict):
        return RunObjectIncompleteDetails.from_dict(data)
    return cast("None | RunObjectIncompleteDetails", data)


def _parse_instructions(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


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
        return Metadata2.from_dict(data)
    return cast("Metadata2 | None", data)


def _parse_usage(data: object) -> None | RunCompletionUsage2:
    if data is None:
        return data
    if isinstance(data, dict):
        return RunCompletionUsage2.from_dict(data)
    return cast("None | RunCompletionUsage2", data)


def _parse_max_prompt_tokens(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_max_completion_tokens(data: object) -> int | None:
    if data is None:
        return data
    return cast("int | None", data)


def _parse_truncation_strategy(data: object) -> CreateRunRequestTruncationStrategy | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return CreateRunRequestTruncationStrategy.from_dict(data)
    return cast("CreateRunRequestTruncationStrategy | None", data)


def _parse_tool_choice(
    data: object,
) -> AssistantsApiToolChoiceOptionEnum | AssistantsNamedToolChoice | None:
    if data is None:
        return data
    if isinstance(data, dict):
        return AssistantsNamedToolChoice.from_dict(data)
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


def _parse_temperature(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_top_p(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


@_attrs_define
class RunObject:
    """Represents an execution run on a [thread](/docs/api-reference/threads)."""

    id: str
    """ The identifier, which can be referenced in API endpoints. """
    created_at: int
    """ The Unix timestamp (in seconds) for when the run was created. """
    thread_id: str
    """ The ID of the [thread](/docs/api-reference/threads) that was executed on as a part of this run. """
    assistant_id: str
    """ The ID of the [assistant](/docs/api-reference/assistants) used for execution of this run. """
    status: RunObjectStatus
    """ The status of the run, which can be either `queued`, `in_progress`, `requires_action`, `cancelling`,
    `cancelled`, `failed`, `completed`, `incomplete`, or `expired`. """
    required_action: None | RunObjectRequiredAction
    """ Details on the action required to continue the run. Will be `null` if no action is required. """
    last_error: None | RunObjectLastError
    """ The last error associated with this run. Will be `null` if there are no errors. """
    expires_at: int | None
    """ The Unix timestamp (in seconds) for when the run will expire. """
    started_at: int | None
    """ The Unix timestamp (in seconds) for when the run was started. """
    cancelled_at: int | None
    """ The Unix timestamp (in seconds) for when the run was cancelled. """
    failed_at: int | None
    """ The Unix timestamp (in seconds) for when the run failed. """
    completed_at: int | None
    """ The Unix timestamp (in seconds) for when the run was completed. """
    incomplete_details: None | RunObjectIncompleteDetails
    """ Details on why the run is incomplete. Will be `null` if the run is not incomplete. """
    model: str
    """ The model that the [assistant](/docs/api-reference/assistants) used for this run. """
    instructions: None | str
    """ The instructions that the [assistant](/docs/api-reference/assistants) used for this run. """
    tools: list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
    """ The list of tools that the [assistant](/docs/api-reference/assistants) used for this run.

    Server default: `[]`. """
    metadata: Metadata2 | None
    usage: None | RunCompletionUsage2
    max_prompt_tokens: int | None
    """ The maximum number of prompt tokens specified to have been used over the course of the run.
     """
    max_completion_tokens: int | None
    """ The maximum number of completion tokens specified to have been used over the course of the run.
     """
    truncation_strategy: CreateRunRequestTruncationStrategy | None
    """ Controls for how a thread will be truncated prior to the run. Use this to control the initial context window
    of the run. """
    tool_choice: AssistantsApiToolChoiceOptionEnum | AssistantsNamedToolChoice | None
    """ Controls which (if any) tool is called by the model.
    `none` means the model will not call any tools and instead generates a message.
    `auto` is the default value and means the model can pick between generating a message or calling one or more
    tools.
    `required` means the model must call one or more tools before responding to the user.
    Specifying a particular tool like `{"type": "file_search"}` or `{"type": "function", "function": {"name":
    "my_function"}}` forces the model to call that tool.
     """
    parallel_tool_calls: bool
    """ Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-
    calling) during tool use.

    Server default: `true`. """
    response_format: (
        AssistantsApiResponseFormatOptionEnum
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
    )
    object_: Literal["thread.run"] = "thread.run"
    """ The object type, which is always `thread.run`. """
    temperature: float | None | Unset = UNSET
    """ The sampling temperature used for this run. If not set, defaults to 1. """
    top_p: float | None | Unset = UNSET
    """ The nucleus sampling value used for this run. If not set, defaults to 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.object_, Unset):
            field_dict["object"] = self.object_
        if not isinstance(self.created_at, Unset):
            field_dict["created_at"] = self.created_at
        if not isinstance(self.thread_id, Unset):
            field_dict["thread_id"] = self.thread_id
        if not isinstance(self.assistant_id, Unset):
            field_dict["assistant_id"] = self.assistant_id
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status
        if not isinstance(self.required_action, Unset):
            field_dict["required_action"] = to_json(self.required_action)
        if not isinstance(self.last_error, Unset):
            field_dict["last_error"] = to_json(self.last_error)
        if not isinstance(self.expires_at, Unset):
            field_dict["expires_at"] = to_json(self.expires_at)
        if not isinstance(self.started_at, Unset):
            field_dict["started_at"] = to_json(self.started_at)
        if not isinstance(self.cancelled_at, Unset):
            field_dict["cancelled_at"] = to_json(self.cancelled_at)
        if not isinstance(self.failed_at, Unset):
            field_dict["failed_at"] = to_json(self.failed_at)
        if not isinstance(self.completed_at, Unset):
            field_dict["completed_at"] = to_json(self.completed_at)
        if not isinstance(self.incomplete_details, Unset):
            field_dict["incomplete_details"] = to_json(self.incomplete_details)
        if not isinstance(self.model, Unset):
            field_dict["model"] = self.model
        if not isinstance(self.instructions, Unset):
            field_dict["instructions"] = to_json(self.instructions)
        if not isinstance(self.tools, Unset):
            field_dict["tools"] = to_json(self.tools)
        if not isinstance(self.metadata, Unset):
            field_dict["metadata"] = to_json(self.metadata)
        if not isinstance(self.usage, Unset):
            field_dict["usage"] = to_json(self.usage)
        if not isinstance(self.max_prompt_tokens, Unset):
            field_dict["max_prompt_tokens"] = to_json(self.max_prompt_tokens)
        if not isinstance(self.max_completion_tokens, Unset):
            field_dict["max_completion_tokens"] = to_json(self.max_completion_tokens)
        if not isinstance(self.truncation_strategy, Unset):
            field_dict["truncation_strategy"] = to_json(self.truncation_strategy)
        if not isinstance(self.tool_choice, Unset):
            field_dict["tool_choice"] = to_json(self.tool_choice)
        if not isinstance(self.parallel_tool_calls, Unset):
            field_dict["parallel_tool_calls"] = self.parallel_tool_calls
        if not isinstance(self.response_format, Unset):
            field_dict["response_format"] = to_json(self.response_format)
        if self.temperature is not UNSET:
            field_dict["temperature"] = to_json(self.temperature)
        if self.top_p is not UNSET:
            field_dict["top_p"] = to_json(self.top_p)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(f"RunObject: expected a JSON object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_object_ = d.pop("object", UNSET)
        try:
            object_ = cast("Literal['thread.run']", _raw_object_)
            if object_ != "thread.run":
                raise ValueError(f"object must match const 'thread.run', got '{object_}'")
        except LENIENT_ERRORS:
            object_ = _raw_object_

        created_at = d.pop("created_at", UNSET)

        thread_id = d.pop("thread_id", UNSET)

        assistant_id = d.pop("assistant_id", UNSET)

        _raw_status = d.pop("status", UNSET)
        try:
            status = check_run_object_status(_raw_status)

        except LENIENT_ERRORS:
            status = _raw_status

        _raw_required_action = d.pop("required_action", UNSET)
        try:
            required_action = _parse_required_action(_raw_required_action)

        except LENIENT_ERRORS:
            required_action = _raw_required_action

        _raw_last_error = d.pop("last_error", UNSET)
        try:
            last_error = _parse_last_error(_raw_last_error)

        except LENIENT_ERRORS:
            last_error = _raw_last_error

        _raw_expires_at = d.pop("expires_at", UNSET)
        try:
            expires_at = _parse_expires_at(_raw_expires_at)

        except LENIENT_ERRORS:
            expires_at = _raw_expires_at

        _raw_started_at = d.pop("started_at", UNSET)
        try:
            started_at = _parse_started_at(_raw_started_at)

        except LENIENT_ERRORS:
            started_at = _raw_started_at

        _raw_cancelled_at = d.pop("cancelled_at", UNSET)
        try:
            cancelled_at = _parse_cancelled_at(_raw_cancelled_at)

        except LENIENT_ERRORS:
            cancelled_at = _raw_cancelled_at

        _raw_failed_at = d.pop("failed_at", UNSET)
        try:
            failed_at = _parse_failed_at(_raw_failed_at)

        except LENIENT_ERRORS:
            failed_at = _raw_failed_at

        _raw_completed_at = d.pop("completed_at", UNSET)
        try:
            completed_at = _parse_completed_at(_raw_completed_at)

        except LENIENT_ERRORS:
            completed_at = _raw_completed_at

        _raw_incomplete_details = d.pop("incomplete_details", UNSET)
        try:
            incomplete_details = _parse_incomplete_details(_raw_incomplete_details)

        except LENIENT_ERRORS:
            incomplete_details = _raw_incomplete_details

        model = d.pop("model", UNSET)

        _raw_instructions = d.pop("instructions", UNSET)
        try:
            instructions = _parse_instructions(_raw_instructions)

        except LENIENT_ERRORS:
            instructions = _raw_instructions

        _raw_tools = d.pop("tools", UNSET)
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

        _raw_metadata = d.pop("metadata", UNSET)
        try:
            metadata = _parse_metadata(_raw_metadata)

        except LENIENT_ERRORS:
            metadata = _raw_metadata

        _raw_usage = d.pop("usage", UNSET)
        try:
            usage = _parse_usage(_raw_usage)

        except LENIENT_ERRORS:
            usage = _raw_usage

        _raw_max_prompt_tokens = d.pop("max_prompt_tokens", UNSET)
        try:
            max_prompt_tokens = _parse_max_prompt_tokens(_raw_max_prompt_tokens)

        except LENIENT_ERRORS:
            max_prompt_tokens = _raw_max_prompt_tokens

        _raw_max_completion_tokens = d.pop("max_completion_tokens", UNSET)
        try:
            max_completion_tokens = _parse_max_completion_tokens(_raw_max_completion_tokens)

        except LENIENT_ERRORS:
            max_completion_tokens = _raw_max_completion_tokens

        _raw_truncation_strategy = d.pop("truncation_strategy", UNSET)
        try:
            truncation_strategy = _parse_truncation_strategy(_raw_truncation_strategy)

        except LENIENT_ERRORS:
            truncation_strategy = _raw_truncation_strategy

        _raw_tool_choice = d.pop("tool_choice", UNSET)
        try:
            tool_choice = _parse_tool_choice(_raw_tool_choice)

        except LENIENT_ERRORS:
            tool_choice = _raw_tool_choice

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

        _raw_response_format = d.pop("response_format", UNSET)
        try:
            response_format = _parse_response_format(_raw_response_format)

        except LENIENT_ERRORS:
            response_format = _raw_response_format

        _raw_temperature = d.pop("temperature", UNSET)
        try:
            temperature = _parse_temperature(_raw_temperature)

        except LENIENT_ERRORS:
            temperature = _raw_temperature

        _raw_top_p = d.pop("top_p", UNSET)
        try:
            top_p = _parse_top_p(_raw_top_p)

        except LENIENT_ERRORS:
            top_p = _raw_top_p

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            thread_id=thread_id,
            assistant_id=assistant_id,
            status=status,
            required_action=required_action,
            last_error=last_error,
            expires_at=expires_at,
            started_at=started_at,
            cancelled_at=cancelled_at,
            failed_at=failed_at,
            completed_at=completed_at,
            incomplete_details=incomplete_details,
            model=model,
            instructions=instructions,
            tools=tools,
            metadata=metadata,
            usage=usage,
            max_prompt_tokens=max_prompt_tokens,
            max_completion_tokens=max_completion_tokens,
            truncation_strategy=truncation_strategy,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            response_format=response_format,
            temperature=temperature,
            top_p=top_p,
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
