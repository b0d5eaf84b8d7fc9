from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

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
from ..models.chat_completion_modalities_item import (
    ChatCompletionModalitiesItem,
    check_chat_completion_modalities_item,
)
from ..models.chat_completion_tool_choice_option_tool_choice_mode import (
    ChatCompletionToolChoiceOptionToolChoiceMode,
    check_chat_completion_tool_choice_option_tool_choice_mode,
)
from ..models.create_chat_completion_request_function_call_enum import (
    CreateChatCompletionRequestFunctionCallEnum,
    check_create_chat_completion_request_function_call_enum,
)
from ..models.create_chat_completion_request_prompt_cache_retention import (
    CreateChatCompletionRequestPromptCacheRetention,
    check_create_chat_completion_request_prompt_cache_retention,
)
from ..models.model_ids_shared_enum import ModelIdsSharedEnum, check_model_ids_shared_enum
from ..models.reasoning_effort_2 import ReasoningEffort2, check_reasoning_effort_2
from ..models.service_tier_2 import ServiceTier2, check_service_tier_2
from ..models.verbosity_2 import Verbosity2, check_verbosity_2
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice
    from ..models.chat_completion_function_call_option import ChatCompletionFunctionCallOption
    from ..models.chat_completion_functions import ChatCompletionFunctions
    from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice
    from ..models.chat_completion_named_tool_choice_custom import (
        ChatCompletionNamedToolChoiceCustom,
    )
    from ..models.chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,
    )
    from ..models.chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage,
    )
    from ..models.chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage,
    )
    from ..models.chat_completion_request_system_message import ChatCompletionRequestSystemMessage
    from ..models.chat_completion_request_tool_message import ChatCompletionRequestToolMessage
    from ..models.chat_completion_request_user_message import ChatCompletionRequestUserMessage
    from ..models.chat_completion_stream_options_2 import ChatCompletionStreamOptions2
    from ..models.chat_completion_tool import ChatCompletionTool
    from ..models.create_chat_completion_request_audio import CreateChatCompletionRequestAudio
    from ..models.create_chat_completion_request_logit_bias import (
        CreateChatCompletionRequestLogitBias,
    )
    from ..models.create_chat_completion_request_web_search_options import (
        CreateChatCompletionRequestWebSearchOptions,
    )
    from ..models.custom_tool_chat_completions import CustomToolChatCompletions
    from ..models.metadata_2 import Metadata2
    from ..models.prediction_content import PredictionContent
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ChatCompletionAllowedToolsChoice, \
        ChatCompletionFunctionCallOption, \
        ChatCompletionFunctions, \
        ChatCompletionNamedToolChoice, \
        ChatCompletionNamedToolChoiceCustom, \
        ChatCompletionRequestAssistantMessage, \
        ChatCompletionRequestDeveloperMessage, \
        ChatCompletionRequestFunctionMessage, \
        ChatCompletionRequestSystemMessage, \
        ChatCompletionRequestToolMessage, \
        ChatCompletionRequestUserMessage, \
        ChatCompletionStreamOptions2, \
        ChatCompletionTool, \
        CreateChatCompletionRequestAudio, \
        CreateChatCompletionRequestLogitBias, \
        CreateChatCompletionRequestWebSearchOptions, \
        CustomToolChatCompletions, \
        Metadata2, \
        PredictionContent, \
        ResponseFormatJsonObject, \
        ResponseFormatJsonSchema, \
        ResponseFormatText
    from ..models.chat_completion_allowed_tools_choice import ChatCompletionAllowedToolsChoice  # noqa: PLC0415
    from ..models.chat_completion_function_call_option import ChatCompletionFunctionCallOption  # noqa: PLC0415
    from ..models.chat_completion_functions import ChatCompletionFunctions  # noqa: PLC0415
    from ..models.chat_completion_named_tool_choice import ChatCompletionNamedToolChoice  # noqa: PLC0415
    from ..models.chat_completion_named_tool_choice_custom import (
        ChatCompletionNamedToolChoiceCustom,  # noqa: PLC0415
    )
    from ..models.chat_completion_request_assistant_message import (
        ChatCompletionRequestAssistantMessage,  # noqa: PLC0415
    )
    from ..models.chat_completion_request_developer_message import (
        ChatCompletionRequestDeveloperMessage,  # noqa: PLC0415
    )
    from ..models.chat_completion_request_function_message import (
        ChatCompletionRequestFunctionMessage,  # noqa: PLC0415
    )
    from ..models.chat_completion_request_system_message import ChatCompletionRequestSystemMessage  # noqa: PLC0415
    from ..models.chat_completion_request_tool_message import ChatCompletionRequestToolMessage  # noqa: PLC0415
    from ..models.chat_completion_request_user_message import ChatCompletionRequestUserMessage  # noqa: PLC0415
    from ..models.chat_completion_stream_options_2 import ChatCompletionStreamOptions2  # noqa: PLC0415
    from ..models.chat_completion_tool import ChatCompletionTool  # noqa: PLC0415
    from ..models.create_chat_completion_request_audio import CreateChatCompletionRequestAudio  # noqa: PLC0415
    from ..models.create_chat_completion_request_logit_bias import (
        CreateChatCompletionRequestLogitBias,  # noqa: PLC0415
    )
    from ..models.create_chat_completion_request_web_search_options import (
        CreateChatCompletionRequestWebSearchOptions,  # noqa: PLC0415
    )
    from ..models.custom_tool_chat_completions import CustomToolChatCompletions  # noqa: PLC0415
    from ..models.metadata_2 import Metadata2  # noqa: PLC0415
    from ..models.prediction_content import PredictionContent  # noqa: PLC0415
    from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: PLC0415
    from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: PLC0415
    from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_messages_item(
    data: object,
) -> (
    ChatCompletionRequestAssistantMessage
    | ChatCompletionRequestDeveloperMessage
    | ChatCompletionRequestFunctionMessage
    | ChatCompletionRequestSystemMessage
    | ChatCompletionRequestToolMessage
    | ChatCompletionRequestUserMessage
):
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ChatCompletionRequestDeveloperMessage,
                ChatCompletionRequestSystemMessage,
                ChatCompletionRequestUserMessage,
                ChatCompletionRequestAssistantMessage,
                ChatCompletionRequestToolMessage,
                ChatCompletionRequestFunctionMessage,
            ),
        )
        if variant is None:
            return cast(
                "ChatCompletionRequestAssistantMessage | ChatCompletionRequestDeveloperMessage | ChatCompletionRequestFunctionMessage | ChatCompletionRequestSystemMessage | ChatCompletionRequestToolMessage | ChatCompletionRequestUserMessage",
                UnknownVariant(data),
            )
        return cast(
            "ChatCompletionRequestAssistantMessage | ChatCompletionRequestDeveloperMessage | ChatCompletionRequestFunctionMessage | ChatCompletionRequestSystemMessage | ChatCompletionRequestToolMessage | ChatCompletionRequestUserMessage",
            variant.from_dict(data),
        )
    return cast(
        "ChatCompletionRequestAssistantMessage | ChatCompletionRequestDeveloperMessage | ChatCompletionRequestFunctionMessage | ChatCompletionRequestSystemMessage | ChatCompletionRequestToolMessage | ChatCompletionRequestUserMessage",
        data,
    )


def _parse_model(data: object) -> ModelIdsSharedEnum | str:
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_model_ids_shared_type_1 = check_model_ids_shared_enum(data)

        return componentsschemas_model_ids_shared_type_1
    except LENIENT_ERRORS:
        pass
    return cast("ModelIdsSharedEnum | str", data)


def _parse_metadata(data: object) -> Metadata2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return Metadata2._from_dict_(data)
    return cast("Metadata2 | None | Unset", data)


def _parse_service_tier(data: object) -> None | ServiceTier2 | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_service_tier_type_0 = check_service_tier_2(data)

        return componentsschemas_service_tier_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | ServiceTier2 | Unset", data)


def _parse_prompt_cache_retention(
    data: object,
) -> CreateChatCompletionRequestPromptCacheRetention | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        prompt_cache_retention_type_0 = check_create_chat_completion_request_prompt_cache_retention(
            data
        )

        return prompt_cache_retention_type_0
    except LENIENT_ERRORS:
        pass
    return cast("CreateChatCompletionRequestPromptCacheRetention | None | Unset", data)


def _parse_modalities(data: object) -> list[ChatCompletionModalitiesItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        componentsschemas_response_modalities_type_0 = []
        _componentsschemas_response_modalities_type_0 = data
        if not isinstance(_componentsschemas_response_modalities_type_0, list):
            raise TypeError()
        for (
            componentsschemas_response_modalities_type_0_item_data
        ) in _componentsschemas_response_modalities_type_0:
            try:
                componentsschemas_response_modalities_type_0_item = (
                    check_chat_completion_modalities_item(
                        componentsschemas_response_modalities_type_0_item_data
                    )
                )

            except LENIENT_ERRORS:
                componentsschemas_response_modalities_type_0_item = (
                    componentsschemas_response_modalities_type_0_item_data
                )
            componentsschemas_response_modalities_type_0.append(
                componentsschemas_response_modalities_type_0_item
            )

        return componentsschemas_response_modalities_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[ChatCompletionModalitiesItem] | None | Unset", data)


def _parse_verbosity(data: object) -> None | Unset | Verbosity2:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_verbosity_type_0 = check_verbosity_2(data)

        return componentsschemas_verbosity_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | Unset | Verbosity2", data)


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


def _parse_response_format(
    data: object,
) -> ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ResponseFormatText,
                ResponseFormatJsonSchema,
                ResponseFormatJsonObject,
            ),
        )
        if variant is None:
            return cast(
                "ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
                UnknownVariant(data),
            )
        return cast(
            "ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
            variant.from_dict(data),
        )
    return cast(
        "ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset", data
    )


def _parse_audio(data: object) -> CreateChatCompletionRequestAudio | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return CreateChatCompletionRequestAudio._from_dict_(data)
    return cast("CreateChatCompletionRequestAudio | None | Unset", data)


def _parse_stop(data: object) -> list[str] | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        componentsschemas_stop_configuration_type_1 = cast("list[str]", data)

        return componentsschemas_stop_configuration_type_1
    except LENIENT_ERRORS:
        pass
    return cast("list[str] | None | str | Unset", data)


def _parse_logit_bias(data: object) -> CreateChatCompletionRequestLogitBias | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return CreateChatCompletionRequestLogitBias._from_dict_(data)
    return cast("CreateChatCompletionRequestLogitBias | None | Unset", data)


def _parse_prediction(data: object) -> None | PredictionContent | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return PredictionContent._from_dict_(data)
    return cast("None | PredictionContent | Unset", data)


def _parse_stream_options(data: object) -> ChatCompletionStreamOptions2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ChatCompletionStreamOptions2._from_dict_(data)
    return cast("ChatCompletionStreamOptions2 | None | Unset", data)


def _parse_tools_item(data: object) -> ChatCompletionTool | CustomToolChatCompletions:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ChatCompletionTool,
                CustomToolChatCompletions,
            ),
        )
        if variant is None:
            return cast("ChatCompletionTool | CustomToolChatCompletions", UnknownVariant(data))
        return cast("ChatCompletionTool | CustomToolChatCompletions", variant.from_dict(data))
    return cast("ChatCompletionTool | CustomToolChatCompletions", data)


def _parse_tool_choice(
    data: object,
) -> (
    ChatCompletionAllowedToolsChoice
    | ChatCompletionNamedToolChoice
    | ChatCompletionNamedToolChoiceCustom
    | ChatCompletionToolChoiceOptionToolChoiceMode
    | Unset
):
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ChatCompletionAllowedToolsChoice,
                ChatCompletionNamedToolChoice,
                ChatCompletionNamedToolChoiceCustom,
            ),
        )
        if variant is None:
            return cast(
                "ChatCompletionAllowedToolsChoice | ChatCompletionNamedToolChoice | ChatCompletionNamedToolChoiceCustom | ChatCompletionToolChoiceOptionToolChoiceMode | Unset",
                UnknownVariant(data),
            )
        return cast(
            "ChatCompletionAllowedToolsChoice | ChatCompletionNamedToolChoice | ChatCompletionNamedToolChoiceCustom | ChatCompletionToolChoiceOptionToolChoiceMode | Unset",
            variant.from_dict(data),
        )
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_chat_completion_tool_choice_option_type_0 = (
            check_chat_completion_tool_choice_option_tool_choice_mode(data)
        )

        return componentsschemas_chat_completion_tool_choice_option_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "ChatCompletionAllowedToolsChoice | ChatCompletionNamedToolChoice | ChatCompletionNamedToolChoiceCustom | ChatCompletionToolChoiceOptionToolChoiceMode | Unset",
        data,
    )


def _parse_function_call(
    data: object,
) -> ChatCompletionFunctionCallOption | CreateChatCompletionRequestFunctionCallEnum | Unset:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ChatCompletionFunctionCallOption._from_dict_(data)
    try:
        if not isinstance(data, str):
            raise TypeError()
        function_call_type_0 = check_create_chat_completion_request_function_call_enum(data)

        return function_call_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "ChatCompletionFunctionCallOption | CreateChatCompletionRequestFunctionCallEnum | Unset",
        data,
    )


@_attrs_define(repr=False)
class CreateChatCompletionRequest(ApiModel):
    messages: list[
        ChatCompletionRequestAssistantMessage
        | ChatCompletionRequestDeveloperMessage
        | ChatCompletionRequestFunctionMessage
        | ChatCompletionRequestSystemMessage
        | ChatCompletionRequestToolMessage
        | ChatCompletionRequestUserMessage
        | UnknownVariant
    ]
    """ A list of messages comprising the conversation so far. Depending on the
    [model](https://platform.openai.com/docs/models) you use, different message types (modalities) are
    supported, like [text](https://platform.openai.com/docs/guides/text-generation),
    [images](https://platform.openai.com/docs/guides/vision), and
    [audio](https://platform.openai.com/docs/guides/audio).
     """

    model: ModelIdsSharedEnum | str

    metadata: Metadata2 | None = ABSENT

    top_logprobs: int | None = ABSENT
    """ An integer between 0 and 20 specifying the maximum number of most likely
    tokens to return at each token position, each with an associated log
    probability. In some cases, the number of returned tokens may be fewer than
    requested.
    `logprobs` must be set to `true` if this parameter is used.
     """

    temperature: float | None = ABSENT

    top_p: float | None = ABSENT

    user: str | None = ABSENT
    """ This field is being replaced by `safety_identifier` and `prompt_cache_key`. Use `prompt_cache_key` instead
    to maintain caching optimizations.
    A stable identifier for your end-users.
    Used to boost cache hit rates by better bucketing similar requests and  to help OpenAI detect and prevent abuse.
    [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers).
     """

    safety_identifier: str | None = ABSENT
    """ A stable identifier used to help detect users of your application that may be violating OpenAI's usage
    policies.
    The IDs should be a string that uniquely identifies each user, with a maximum length of 64 characters. We
    recommend hashing their username or email address, in order to avoid sending us any identifying information.
    [Learn more](https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers).
     """

    prompt_cache_key: str | None = ABSENT
    """ Used by OpenAI to cache responses for similar requests to optimize your cache hit rates. Replaces the `user`
    field. [Learn more](https://platform.openai.com/docs/guides/prompt-caching).
     """

    service_tier: ServiceTier2 | str | None = ABSENT

    prompt_cache_retention: CreateChatCompletionRequestPromptCacheRetention | str | None = ABSENT

    modalities: list[ChatCompletionModalitiesItem | str] | None = ABSENT

    verbosity: str | Verbosity2 | None = ABSENT

    reasoning_effort: ReasoningEffort2 | str | None = ABSENT

    max_completion_tokens: int | None = ABSENT
    """ An upper bound for the number of tokens that can be generated for a completion, including visible output
    tokens and [reasoning tokens](https://platform.openai.com/docs/guides/reasoning).
     """

    frequency_penalty: float | None = ABSENT
    """ Number between -2.0 and 2.0. Positive values penalize new tokens based on
    their existing frequency in the text so far, decreasing the model's
    likelihood to repeat the same line verbatim.

    Server default: `0`. """

    presence_penalty: float | None = ABSENT
    """ Number between -2.0 and 2.0. Positive values penalize new tokens based on
    whether they appear in the text so far, increasing the model's likelihood
    to talk about new topics.

    Server default: `0`. """

    web_search_options: CreateChatCompletionRequestWebSearchOptions | None = ABSENT
    """ This tool searches the web for relevant results to use in a response.
    Learn more about the [web search tool](https://platform.openai.com/docs/guides/tools-web-search?api-mode=chat).
     """

    response_format: (
        ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | UnknownVariant
        | None
    ) = ABSENT
    """ An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](https://platform.openai.com/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it.
     """

    audio: CreateChatCompletionRequestAudio | None = ABSENT
    """ Parameters for audio output. Required when audio output is requested with
    `modalities: ["audio"]`. [Learn more](https://platform.openai.com/docs/guides/audio).
     """

    store: bool | None = ABSENT
    """ Whether or not to store the output of this chat completion request for
    use in our [model distillation](https://platform.openai.com/docs/guides/distillation) or
    [evals](https://platform.openai.com/docs/guides/evals) products.

    Supports text and image inputs. Note: image inputs over 8MB will be dropped.

    Server default: `false`. """

    stream: bool | None = ABSENT
    """ If set to true, the model response data will be streamed to the client
    as it is generated using [server-sent events](https://developer.mozilla.org/en-US/docs/Web/API/Server-
    sent_events/Using_server-sent_events#Event_stream_format).
    See the [Streaming section below](https://platform.openai.com/docs/api-reference/chat/streaming)
    for more information, along with the [streaming responses](https://platform.openai.com/docs/guides/streaming-
    responses)
    guide for more information on how to handle the streaming events.

    Server default: `false`. """

    stop: list[str] | str | None = ABSENT
    """ Not supported with latest reasoning models `o3` and `o4-mini`.

    Up to 4 sequences where the API will stop generating further tokens. The
    returned text will not contain the stop sequence.
     """

    logit_bias: CreateChatCompletionRequestLogitBias | None = ABSENT
    """ Modify the likelihood of specified tokens appearing in the completion.

    Accepts a JSON object that maps tokens (specified by their token ID in the
    tokenizer) to an associated bias value from -100 to 100. Mathematically,
    the bias is added to the logits generated by the model prior to sampling.
    The exact effect will vary per model, but values between -1 and 1 should
    decrease or increase likelihood of selection; values like -100 or 100
    should result in a ban or exclusive selection of the relevant token.

    Server default: `null`. """

    logprobs: bool | None = ABSENT
    """ Whether to return log probabilities of the output tokens or not. If true,
    returns the log probabilities of each output token returned in the
    `content` of `message`.

    Server default: `false`. """

    max_tokens: int | None = ABSENT
    """ The maximum number of [tokens](https://platform.openai.com/tokenizer) that can be generated in the
    chat completion. This value can be used to control
    [costs](https://openai.com/api/pricing/) for text generated via API.

    This value is now deprecated in favor of `max_completion_tokens`, and is
    not compatible with [o-series models](https://platform.openai.com/docs/guides/reasoning).
     """

    n: int | None = ABSENT
    """ How many chat completion choices to generate for each input message. Note that you will be charged based on
    the number of generated tokens across all of the choices. Keep `n` as `1` to minimize costs.

    Server default: `1`. """

    prediction: PredictionContent | None = ABSENT
    """ Configuration for a [Predicted Output](https://platform.openai.com/docs/guides/predicted-outputs),
    which can greatly improve response times when large parts of the model
    response are known ahead of time. This is most common when you are
    regenerating a file with only minor changes to most of the content.
     """

    seed: int | None = ABSENT
    """ This feature is in Beta.
    If specified, our system will make a best effort to sample deterministically, such that repeated requests with
    the same `seed` and parameters should return the same result.
    Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor
    changes in the backend.
     """

    stream_options: ChatCompletionStreamOptions2 | None = ABSENT

    tools: list[ChatCompletionTool | CustomToolChatCompletions | UnknownVariant] | None = ABSENT
    """ A list of tools the model may call. You can provide either
    [custom tools](https://platform.openai.com/docs/guides/function-calling#custom-tools) or
    [function tools](https://platform.openai.com/docs/guides/function-calling).
     """

    tool_choice: (
        ChatCompletionAllowedToolsChoice
        | ChatCompletionNamedToolChoice
        | ChatCompletionNamedToolChoiceCustom
        | ChatCompletionToolChoiceOptionToolChoiceMode
        | str
        | UnknownVariant
        | None
    ) = ABSENT
    """ Controls which (if any) tool is called by the model.
    `none` means the model will not call any tool and instead generates a message.
    `auto` means the model can pick between generating a message or calling one or more tools.
    `required` means the model must call one or more tools.
    Specifying a particular tool via `{"type": "function", "function": {"name": "my_function"}}` forces the model to
    call that tool.

    `none` is the default when no tools are present. `auto` is the default if tools are present.
     """

    parallel_tool_calls: bool | None = ABSENT
    """ Whether to enable [parallel function calling](https://platform.openai.com/docs/guides/function-
    calling#configuring-parallel-function-calling) during tool use.

    Server default: `true`. """

    function_call: (
        ChatCompletionFunctionCallOption | CreateChatCompletionRequestFunctionCallEnum | str | None
    ) = ABSENT
    """ Deprecated in favor of `tool_choice`.

    Controls which (if any) function is called by the model.

    `none` means the model will not call a function and instead generates a
    message.

    `auto` means the model can pick between generating a message or calling a
    function.

    Specifying a particular function via `{"name": "my_function"}` forces the
    model to call that function.

    `none` is the default when no functions are present. `auto` is the default
    if functions are present.
     """

    functions: list[ChatCompletionFunctions] | None = ABSENT
    """ Deprecated in favor of `tools`.

    A list of functions the model may generate JSON inputs for.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("messages", "messages"),
        ("model", "model"),
        ("metadata", "metadata"),
        ("top_logprobs", "top_logprobs"),
        ("temperature", "temperature"),
        ("top_p", "top_p"),
        ("user", "user"),
        ("safety_identifier", "safety_identifier"),
        ("prompt_cache_key", "prompt_cache_key"),
        ("service_tier", "service_tier"),
        ("prompt_cache_retention", "prompt_cache_retention"),
        ("modalities", "modalities"),
        ("verbosity", "verbosity"),
        ("reasoning_effort", "reasoning_effort"),
        ("max_completion_tokens", "max_completion_tokens"),
        ("frequency_penalty", "frequency_penalty"),
        ("presence_penalty", "presence_penalty"),
        ("web_search_options", "web_search_options"),
        ("response_format", "response_format"),
        ("audio", "audio"),
        ("store", "store"),
        ("stream", "stream"),
        ("stop", "stop"),
        ("logit_bias", "logit_bias"),
        ("logprobs", "logprobs"),
        ("max_tokens", "max_tokens"),
        ("n", "n"),
        ("prediction", "prediction"),
        ("seed", "seed"),
        ("stream_options", "stream_options"),
        ("tools", "tools"),
        ("tool_choice", "tool_choice"),
        ("parallel_tool_calls", "parallel_tool_calls"),
        ("function_call", "function_call"),
        ("functions", "functions"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "messages": "list[ChatCompletionRequestAssistantMessage | ChatCompletionRequestDeveloperMessage | ChatCompletionRequestFunctionMessage | ChatCompletionRequestSystemMessage | ChatCompletionRequestToolMessage | ChatCompletionRequestUserMessage]",
        "model": "ModelIdsSharedEnum | str",
        "metadata": "Metadata2 | None | Unset",
        "top_logprobs": "int | None | Unset",
        "temperature": "float | None | Unset",
        "top_p": "float | None | Unset",
        "user": "str | Unset",
        "safety_identifier": "str | Unset",
        "prompt_cache_key": "str | Unset",
        "service_tier": "None | ServiceTier2 | Unset",
        "prompt_cache_retention": "CreateChatCompletionRequestPromptCacheRetention | None | Unset",
        "modalities": "list[ChatCompletionModalitiesItem] | None | Unset",
        "verbosity": "None | Unset | Verbosity2",
        "reasoning_effort": "None | ReasoningEffort2 | Unset",
        "max_completion_tokens": "int | None | Unset",
        "frequency_penalty": "float | None | Unset",
        "presence_penalty": "float | None | Unset",
        "web_search_options": "CreateChatCompletionRequestWebSearchOptions | Unset",
        "response_format": "ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
        "audio": "CreateChatCompletionRequestAudio | None | Unset",
        "store": "bool | None | Unset",
        "stream": "bool | None | Unset",
        "stop": "list[str] | None | str | Unset",
        "logit_bias": "CreateChatCompletionRequestLogitBias | None | Unset",
        "logprobs": "bool | None | Unset",
        "max_tokens": "int | None | Unset",
        "n": "int | None | Unset",
        "prediction": "None | PredictionContent | Unset",
        "seed": "int | None | Unset",
        "stream_options": "ChatCompletionStreamOptions2 | None | Unset",
        "tools": "list[ChatCompletionTool | CustomToolChatCompletions] | Unset",
        "tool_choice": "ChatCompletionAllowedToolsChoice | ChatCompletionNamedToolChoice | ChatCompletionNamedToolChoiceCustom | ChatCompletionToolChoiceOptionToolChoiceMode | Unset",
        "parallel_tool_calls": "bool | Unset",
        "function_call": "ChatCompletionFunctionCallOption | CreateChatCompletionRequestFunctionCallEnum | Unset",
        "functions": "list[ChatCompletionFunctions] | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "messages",
        "model",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "messages",
            "model",
            "metadata",
            "top_logprobs",
            "temperature",
            "top_p",
            "user",
            "safety_identifier",
            "prompt_cache_key",
            "service_tier",
            "prompt_cache_retention",
            "modalities",
            "verbosity",
            "reasoning_effort",
            "max_completion_tokens",
            "frequency_penalty",
            "presence_penalty",
            "web_search_options",
            "response_format",
            "audio",
            "store",
            "stream",
            "stop",
            "logit_bias",
            "logprobs",
            "max_tokens",
            "n",
            "prediction",
            "seed",
            "stream_options",
            "tools",
            "tool_choice",
            "parallel_tool_calls",
            "function_call",
            "functions",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.messages
        if value_1 is None:
            if "messages" in present:
                out["messages"] = None
        elif value_1 or not isinstance(value_1, AbsentList) or "messages" in present:
            out["messages"] = to_json(value_1)
        value_2 = self.model
        if value_2 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_2)
        value_3 = self.metadata
        if value_3 is None:
            if "metadata" in present:
                out["metadata"] = None
        else:
            out["metadata"] = to_json(value_3)
        value_4 = self.top_logprobs
        if value_4 is None:
            if "top_logprobs" in present:
                out["top_logprobs"] = None
        else:
            out["top_logprobs"] = to_json(value_4)
        value_5 = self.temperature
        if value_5 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = to_json(value_5)
        value_6 = self.top_p
        if value_6 is None:
            if "top_p" in present:
                out["top_p"] = None
        else:
            out["top_p"] = to_json(value_6)
        value_7 = self.user
        if value_7 is None:
            if "user" in present:
                out["user"] = None
        else:
            out["user"] = value_7
        value_8 = self.safety_identifier
        if value_8 is None:
            if "safety_identifier" in present:
                out["safety_identifier"] = None
        else:
            out["safety_identifier"] = value_8
        value_9 = self.prompt_cache_key
        if value_9 is None:
            if "prompt_cache_key" in present:
                out["prompt_cache_key"] = None
        else:
            out["prompt_cache_key"] = value_9
        value_10 = self.service_tier
        if value_10 is None:
            if "service_tier" in present:
                out["service_tier"] = None
        else:
            out["service_tier"] = to_json(value_10)
        value_11 = self.prompt_cache_retention
        if value_11 is None:
            if "prompt_cache_retention" in present:
                out["prompt_cache_retention"] = None
        else:
            out["prompt_cache_retention"] = to_json(value_11)
        value_12 = self.modalities
        if value_12 is None:
            if "modalities" in present:
                out["modalities"] = None
        else:
            out["modalities"] = to_json(value_12)
        value_13 = self.verbosity
        if value_13 is None:
            if "verbosity" in present:
                out["verbosity"] = None
        else:
            out["verbosity"] = to_json(value_13)
        value_14 = self.reasoning_effort
        if value_14 is None:
            if "reasoning_effort" in present:
                out["reasoning_effort"] = None
        else:
            out["reasoning_effort"] = to_json(value_14)
        value_15 = self.max_completion_tokens
        if value_15 is None:
            if "max_completion_tokens" in present:
                out["max_completion_tokens"] = None
        else:
            out["max_completion_tokens"] = to_json(value_15)
        value_16 = self.frequency_penalty
        if value_16 is None:
            if "frequency_penalty" in present:
                out["frequency_penalty"] = None
        else:
            out["frequency_penalty"] = to_json(value_16)
        value_17 = self.presence_penalty
        if value_17 is None:
            if "presence_penalty" in present:
                out["presence_penalty"] = None
        else:
            out["presence_penalty"] = to_json(value_17)
        value_18 = self.web_search_options
        if value_18 is None:
            if "web_search_options" in present:
                out["web_search_options"] = None
        else:
            out["web_search_options"] = to_json(value_18)
        value_19 = self.response_format
        if value_19 is None:
            if "response_format" in present:
                out["response_format"] = None
        else:
            out["response_format"] = to_json(value_19)
        value_20 = self.audio
        if value_20 is None:
            if "audio" in present:
                out["audio"] = None
        else:
            out["audio"] = to_json(value_20)
        value_21 = self.store
        if value_21 is None:
            if "store" in present:
                out["store"] = None
        else:
            out["store"] = to_json(value_21)
        value_22 = self.stream
        if value_22 is None:
            if "stream" in present:
                out["stream"] = None
        else:
            out["stream"] = to_json(value_22)
        value_23 = self.stop
        if value_23 is None:
            if "stop" in present:
                out["stop"] = None
        else:
            out["stop"] = to_json(value_23)
        value_24 = self.logit_bias
        if value_24 is None:
            if "logit_bias" in present:
                out["logit_bias"] = None
        else:
            out["logit_bias"] = to_json(value_24)
        value_25 = self.logprobs
        if value_25 is None:
            if "logprobs" in present:
                out["logprobs"] = None
        else:
            out["logprobs"] = to_json(value_25)
        value_26 = self.max_tokens
        if value_26 is None:
            if "max_tokens" in present:
                out["max_tokens"] = None
        else:
            out["max_tokens"] = to_json(value_26)
        value_27 = self.n
        if value_27 is None:
            if "n" in present:
                out["n"] = None
        else:
            out["n"] = to_json(value_27)
        value_28 = self.prediction
        if value_28 is None:
            if "prediction" in present:
                out["prediction"] = None
        else:
            out["prediction"] = to_json(value_28)
        value_29 = self.seed
        if value_29 is None:
            if "seed" in present:
                out["seed"] = None
        else:
            out["seed"] = to_json(value_29)
        value_30 = self.stream_options
        if value_30 is None:
            if "stream_options" in present:
                out["stream_options"] = None
        else:
            out["stream_options"] = to_json(value_30)
        value_31 = self.tools
        if value_31 is None:
            if "tools" in present:
                out["tools"] = None
        else:
            out["tools"] = to_json(value_31)
        value_32 = self.tool_choice
        if value_32 is None:
            if "tool_choice" in present:
                out["tool_choice"] = None
        else:
            out["tool_choice"] = to_json(value_32)
        value_33 = self.parallel_tool_calls
        if value_33 is None:
            if "parallel_tool_calls" in present:
                out["parallel_tool_calls"] = None
        else:
            out["parallel_tool_calls"] = value_33
        value_34 = self.function_call
        if value_34 is None:
            if "function_call" in present:
                out["function_call"] = None
        else:
            out["function_call"] = to_json(value_34)
        value_35 = self.functions
        if value_35 is None:
            if "functions" in present:
                out["functions"] = None
        else:
            out["functions"] = to_json(value_35)
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
        _raw_messages = get_("messages", UNSET)
        try:
            messages = []
            _messages = _raw_messages
            if not isinstance(_messages, list):
                raise TypeError()
            for messages_item_data in _messages:
                try:
                    messages_item = _parse_messages_item(messages_item_data)

                except LENIENT_ERRORS:
                    messages_item = messages_item_data
                messages.append(messages_item)

        except LENIENT_ERRORS:
            messages = _raw_messages
        parsed_obj_.messages = AbsentList() if isinstance(messages, Unset) else messages
        _raw_model = get_("model", None)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model
        parsed_obj_.model = model
        _raw_metadata = get_("metadata", UNSET)
        if _raw_metadata is not None and _raw_metadata is not UNSET:
            try:
                metadata = _parse_metadata(_raw_metadata)

            except LENIENT_ERRORS:
                metadata = _raw_metadata
        else:
            metadata = _raw_metadata
        parsed_obj_.metadata = None if isinstance(metadata, Unset) else metadata
        parsed_obj_.top_logprobs = get_("top_logprobs")
        parsed_obj_.temperature = as_float(get_("temperature"))
        parsed_obj_.top_p = as_float(get_("top_p"))
        parsed_obj_.user = get_("user")
        parsed_obj_.safety_identifier = get_("safety_identifier")
        parsed_obj_.prompt_cache_key = get_("prompt_cache_key")
        _raw_service_tier = get_("service_tier", UNSET)
        if _raw_service_tier is not None and _raw_service_tier is not UNSET:
            try:
                service_tier = _parse_service_tier(_raw_service_tier)

            except LENIENT_ERRORS:
                service_tier = _raw_service_tier
        else:
            service_tier = _raw_service_tier
        parsed_obj_.service_tier = None if isinstance(service_tier, Unset) else service_tier
        _raw_prompt_cache_retention = get_("prompt_cache_retention", UNSET)
        if _raw_prompt_cache_retention is not None and _raw_prompt_cache_retention is not UNSET:
            try:
                prompt_cache_retention = _parse_prompt_cache_retention(_raw_prompt_cache_retention)

            except LENIENT_ERRORS:
                prompt_cache_retention = _raw_prompt_cache_retention
        else:
            prompt_cache_retention = _raw_prompt_cache_retention
        parsed_obj_.prompt_cache_retention = (
            None if isinstance(prompt_cache_retention, Unset) else prompt_cache_retention
        )
        _raw_modalities = get_("modalities", UNSET)
        if _raw_modalities is not None and _raw_modalities is not UNSET:
            try:
                modalities = _parse_modalities(_raw_modalities)

            except LENIENT_ERRORS:
                modalities = _raw_modalities
        else:
            modalities = _raw_modalities
        parsed_obj_.modalities = None if isinstance(modalities, Unset) else modalities
        _raw_verbosity = get_("verbosity", UNSET)
        if _raw_verbosity is not None and _raw_verbosity is not UNSET:
            try:
                verbosity = _parse_verbosity(_raw_verbosity)

            except LENIENT_ERRORS:
                verbosity = _raw_verbosity
        else:
            verbosity = _raw_verbosity
        parsed_obj_.verbosity = None if isinstance(verbosity, Unset) else verbosity
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
        parsed_obj_.max_completion_tokens = get_("max_completion_tokens")
        parsed_obj_.frequency_penalty = as_float(get_("frequency_penalty"))
        parsed_obj_.presence_penalty = as_float(get_("presence_penalty"))
        web_search_options = get_("web_search_options")
        if web_search_options is not None:
            try:
                web_search_options = (
                    CreateChatCompletionRequestWebSearchOptions._from_dict_(web_search_options)
                    if web_search_options.__class__ is dict
                    else CreateChatCompletionRequestWebSearchOptions.from_dict(web_search_options)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.web_search_options = web_search_options
        _raw_response_format = get_("response_format", UNSET)
        if _raw_response_format is not UNSET:
            try:
                response_format = _parse_response_format(_raw_response_format)

            except LENIENT_ERRORS:
                response_format = _raw_response_format
        else:
            response_format = _raw_response_format
        parsed_obj_.response_format = (
            None if isinstance(response_format, Unset) else response_format
        )
        _raw_audio = get_("audio", UNSET)
        if _raw_audio is not None and _raw_audio is not UNSET:
            try:
                audio = _parse_audio(_raw_audio)

            except LENIENT_ERRORS:
                audio = _raw_audio
        else:
            audio = _raw_audio
        parsed_obj_.audio = None if isinstance(audio, Unset) else audio
        parsed_obj_.store = get_("store")
        parsed_obj_.stream = get_("stream")
        _raw_stop = get_("stop", UNSET)
        if _raw_stop is not None and _raw_stop is not UNSET:
            try:
                stop = _parse_stop(_raw_stop)

            except LENIENT_ERRORS:
                stop = _raw_stop
        else:
            stop = _raw_stop
        parsed_obj_.stop = None if isinstance(stop, Unset) else stop
        _raw_logit_bias = get_("logit_bias", UNSET)
        if _raw_logit_bias is not None and _raw_logit_bias is not UNSET:
            try:
                logit_bias = _parse_logit_bias(_raw_logit_bias)

            except LENIENT_ERRORS:
                logit_bias = _raw_logit_bias
        else:
            logit_bias = _raw_logit_bias
        parsed_obj_.logit_bias = None if isinstance(logit_bias, Unset) else logit_bias
        parsed_obj_.logprobs = get_("logprobs")
        parsed_obj_.max_tokens = get_("max_tokens")
        parsed_obj_.n = get_("n")
        _raw_prediction = get_("prediction", UNSET)
        if _raw_prediction is not None and _raw_prediction is not UNSET:
            try:
                prediction = _parse_prediction(_raw_prediction)

            except LENIENT_ERRORS:
                prediction = _raw_prediction
        else:
            prediction = _raw_prediction
        parsed_obj_.prediction = None if isinstance(prediction, Unset) else prediction
        parsed_obj_.seed = get_("seed")
        _raw_stream_options = get_("stream_options", UNSET)
        if _raw_stream_options is not None and _raw_stream_options is not UNSET:
            try:
                stream_options = _parse_stream_options(_raw_stream_options)

            except LENIENT_ERRORS:
                stream_options = _raw_stream_options
        else:
            stream_options = _raw_stream_options
        parsed_obj_.stream_options = None if isinstance(stream_options, Unset) else stream_options
        _raw_tools = get_("tools", UNSET)
        try:
            _tools = _raw_tools
            tools: list[ChatCompletionTool | CustomToolChatCompletions] | Unset = UNSET
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
        _raw_tool_choice = get_("tool_choice", UNSET)
        if _raw_tool_choice is not UNSET:
            try:
                tool_choice = _parse_tool_choice(_raw_tool_choice)

            except LENIENT_ERRORS:
                tool_choice = _raw_tool_choice
        else:
            tool_choice = _raw_tool_choice
        parsed_obj_.tool_choice = None if isinstance(tool_choice, Unset) else tool_choice
        parsed_obj_.parallel_tool_calls = get_("parallel_tool_calls")
        _raw_function_call = get_("function_call", UNSET)
        if _raw_function_call is not UNSET:
            try:
                function_call = _parse_function_call(_raw_function_call)

            except LENIENT_ERRORS:
                function_call = _raw_function_call
        else:
            function_call = _raw_function_call
        parsed_obj_.function_call = None if isinstance(function_call, Unset) else function_call
        _raw_functions = get_("functions", UNSET)
        try:
            _functions = _raw_functions
            functions: list[ChatCompletionFunctions] | Unset = UNSET
            if _functions is not UNSET:
                if not isinstance(_functions, list):
                    raise TypeError()
                functions = []
                for functions_item_data in _functions:
                    try:
                        functions_item = (
                            ChatCompletionFunctions._from_dict_(functions_item_data)
                            if functions_item_data.__class__ is dict
                            else ChatCompletionFunctions.from_dict(functions_item_data)
                        )
                    except LENIENT_ERRORS:
                        functions_item = functions_item_data
                    functions.append(functions_item)

        except LENIENT_ERRORS:
            functions = _raw_functions
        parsed_obj_.functions = None if isinstance(functions, Unset) else functions
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
