from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.create_completion_request_model_enum import (
    CreateCompletionRequestModelEnum,
    check_create_completion_request_model_enum,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_stream_options_2 import ChatCompletionStreamOptions2
    from ..models.create_chat_completion_request_logit_bias import (
        CreateChatCompletionRequestLogitBias,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionStreamOptions2, CreateChatCompletionRequestLogitBias
    from ..models.chat_completion_stream_options_2 import ChatCompletionStreamOptions2  # noqa: PLC0415
    from ..models.create_chat_completion_request_logit_bias import (
        CreateChatCompletionRequestLogitBias,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_model(data: object) -> CreateCompletionRequestModelEnum | str:
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = check_create_completion_request_model_enum(data)

        return model_type_1
    except LENIENT_ERRORS:
        pass
    return cast("CreateCompletionRequestModelEnum | str", data)


def _parse_prompt(data: object) -> list[int] | list[list[int]] | list[str] | None | str:
    if data is None:
        return data
    try:
        if not (isinstance(data, list) and all(isinstance(item, str) for item in data)):
            raise TypeError()
        prompt_type_1 = cast("list[str]", data)

        return prompt_type_1
    except LENIENT_ERRORS:
        pass
    try:
        if not (isinstance(data, list) and all(isinstance(item, int) for item in data)):
            raise TypeError()
        prompt_type_2 = cast("list[int]", data)

        return prompt_type_2
    except LENIENT_ERRORS:
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        prompt_type_3 = []
        _prompt_type_3 = data
        if not isinstance(_prompt_type_3, list):
            raise TypeError()
        for prompt_type_3_item_data in _prompt_type_3:
            try:
                prompt_type_3_item = cast("list[int]", prompt_type_3_item_data)

            except LENIENT_ERRORS:
                prompt_type_3_item = prompt_type_3_item_data
            prompt_type_3.append(prompt_type_3_item)

        return prompt_type_3
    except LENIENT_ERRORS:
        pass
    return cast("list[int] | list[list[int]] | list[str] | None | str", data)


def _parse_logit_bias(data: object) -> CreateChatCompletionRequestLogitBias | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return CreateChatCompletionRequestLogitBias._from_dict_(data)
    return cast("CreateChatCompletionRequestLogitBias | None | Unset", data)


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


def _parse_stream_options(data: object) -> ChatCompletionStreamOptions2 | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ChatCompletionStreamOptions2._from_dict_(data)
    return cast("ChatCompletionStreamOptions2 | None | Unset", data)


@_attrs_define(repr=False)
class CreateCompletionRequest(ApiModel):
    model: CreateCompletionRequestModelEnum | str
    """ ID of the model to use. You can use the [List models](https://platform.openai.com/docs/api-
    reference/models/list) API to see all of your available models, or see our [Model
    overview](https://platform.openai.com/docs/models) for descriptions of them.
     """

    prompt: list[int] | list[list[int]] | list[str] | str | None = ABSENT
    """ The prompt(s) to generate completions for, encoded as a string, array of strings, array of tokens, or array
    of token arrays.

    Note that <|endoftext|> is the document separator that the model sees during training, so if a prompt is not
    specified the model will generate as if from the beginning of a new document.

    Server default: `"<|endoftext|>"`. """

    best_of: int | None = ABSENT
    """ Generates `best_of` completions server-side and returns the "best" (the one with the highest log probability
    per token). Results cannot be streamed.

    When used with `n`, `best_of` controls the number of candidate completions and `n` specifies how many to return
    – `best_of` must be greater than `n`.

    **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use
    carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.

    Server default: `1`. """

    echo: bool | None = ABSENT
    """ Echo back the prompt in addition to the completion

    Server default: `false`. """

    frequency_penalty: float | None = ABSENT
    """ Number between -2.0 and 2.0. Positive values penalize new tokens based on their existing frequency in the
    text so far, decreasing the model's likelihood to repeat the same line verbatim.

    [See more information about frequency and presence penalties.](https://platform.openai.com/docs/guides/text-
    generation)

    Server default: `0`. """

    logit_bias: CreateChatCompletionRequestLogitBias | None = ABSENT
    """ Modify the likelihood of specified tokens appearing in the completion.

    Accepts a JSON object that maps tokens (specified by their token ID in the GPT tokenizer) to an associated bias
    value from -100 to 100. You can use this [tokenizer tool](https://platform.openai.com/tokenizer?view=bpe) to
    convert text to token IDs. Mathematically, the bias is added to the logits generated by the model prior to
    sampling. The exact effect will vary per model, but values between -1 and 1 should decrease or increase
    likelihood of selection; values like -100 or 100 should result in a ban or exclusive selection of the relevant
    token.

    As an example, you can pass `{"50256": -100}` to prevent the <|endoftext|> token from being generated.

    Server default: `null`. """

    logprobs: int | None = ABSENT
    """ Include the log probabilities on the `logprobs` most likely output tokens, as well the chosen tokens. For
    example, if `logprobs` is 5, the API will return a list of the 5 most likely tokens. The API will always return
    the `logprob` of the sampled token, so there may be up to `logprobs+1` elements in the response.

    The maximum value for `logprobs` is 5.

    Server default: `null`. """

    max_tokens: int | None = ABSENT
    """ The maximum number of [tokens](https://platform.openai.com/tokenizer) that can be generated in the
    completion.

    The token count of your prompt plus `max_tokens` cannot exceed the model's context length. [Example Python
    code](https://cookbook.openai.com/examples/how_to_count_tokens_with_tiktoken) for counting tokens.

    Server default: `16`. """

    n: int | None = ABSENT
    """ How many completions to generate for each prompt.

    **Note:** Because this parameter generates many completions, it can quickly consume your token quota. Use
    carefully and ensure that you have reasonable settings for `max_tokens` and `stop`.

    Server default: `1`. """

    presence_penalty: float | None = ABSENT
    """ Number between -2.0 and 2.0. Positive values penalize new tokens based on whether they appear in the text so
    far, increasing the model's likelihood to talk about new topics.

    [See more information about frequency and presence penalties.](https://platform.openai.com/docs/guides/text-
    generation)

    Server default: `0`. """

    seed: int | None = ABSENT
    """ If specified, our system will make a best effort to sample deterministically, such that repeated requests
    with the same `seed` and parameters should return the same result.

    Determinism is not guaranteed, and you should refer to the `system_fingerprint` response parameter to monitor
    changes in the backend.
     """

    stop: list[str] | str | None = ABSENT
    """ Not supported with latest reasoning models `o3` and `o4-mini`.

    Up to 4 sequences where the API will stop generating further tokens. The
    returned text will not contain the stop sequence.
     """

    stream: bool | None = ABSENT
    """ Whether to stream back partial progress. If set, tokens will be sent as data-only [server-sent
    events](https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events/Using_server-
    sent_events#Event_stream_format) as they become available, with the stream terminated by a `data: [DONE]`
    message. [Example Python code](https://cookbook.openai.com/examples/how_to_stream_completions).

    Server default: `false`. """

    stream_options: ChatCompletionStreamOptions2 | None = ABSENT

    suffix: str | None = ABSENT
    """ The suffix that comes after a completion of inserted text.

    This parameter is only supported for `gpt-3.5-turbo-instruct`.

    Server default: `null`. """

    temperature: float | None = ABSENT
    """ What sampling temperature to use, between 0 and 2. Higher values like 0.8 will make the output more random,
    while lower values like 0.2 will make it more focused and deterministic.

    We generally recommend altering this or `top_p` but not both.

    Server default: `1`. """

    top_p: float | None = ABSENT
    """ An alternative to sampling with temperature, called nucleus sampling, where the model considers the results
    of the tokens with top_p probability mass. So 0.1 means only the tokens comprising the top 10% probability mass
    are considered.

    We generally recommend altering this or `temperature` but not both.

    Server default: `1`. """

    user: str | None = ABSENT
    """ A unique identifier representing your end-user, which can help OpenAI to monitor and detect abuse. [Learn
    more](https://platform.openai.com/docs/guides/safety-best-practices#end-user-ids).
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("prompt", "prompt"),
        ("best_of", "best_of"),
        ("echo", "echo"),
        ("frequency_penalty", "frequency_penalty"),
        ("logit_bias", "logit_bias"),
        ("logprobs", "logprobs"),
        ("max_tokens", "max_tokens"),
        ("n", "n"),
        ("presence_penalty", "presence_penalty"),
        ("seed", "seed"),
        ("stop", "stop"),
        ("stream", "stream"),
        ("stream_options", "stream_options"),
        ("suffix", "suffix"),
        ("temperature", "temperature"),
        ("top_p", "top_p"),
        ("user", "user"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "model": "CreateCompletionRequestModelEnum | str",
        "prompt": "list[int] | list[list[int]] | list[str] | None | str",
        "best_of": "int | None | Unset",
        "echo": "bool | None | Unset",
        "frequency_penalty": "float | None | Unset",
        "logit_bias": "CreateChatCompletionRequestLogitBias | None | Unset",
        "logprobs": "int | None | Unset",
        "max_tokens": "int | None | Unset",
        "n": "int | None | Unset",
        "presence_penalty": "float | None | Unset",
        "seed": "int | None | Unset",
        "stop": "list[str] | None | str | Unset",
        "stream": "bool | None | Unset",
        "stream_options": "ChatCompletionStreamOptions2 | None | Unset",
        "suffix": "None | str | Unset",
        "temperature": "float | None | Unset",
        "top_p": "float | None | Unset",
        "user": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "model",
        "prompt",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "prompt",
            "best_of",
            "echo",
            "frequency_penalty",
            "logit_bias",
            "logprobs",
            "max_tokens",
            "n",
            "presence_penalty",
            "seed",
            "stop",
            "stream",
            "stream_options",
            "suffix",
            "temperature",
            "top_p",
            "user",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.model
        if value_1 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = to_json(value_1)
        value_2 = self.prompt
        if value_2 is None:
            if "prompt" in present:
                out["prompt"] = None
        else:
            out["prompt"] = to_json(value_2)
        value_3 = self.best_of
        if value_3 is None:
            if "best_of" in present:
                out["best_of"] = None
        else:
            out["best_of"] = to_json(value_3)
        value_4 = self.echo
        if value_4 is None:
            if "echo" in present:
                out["echo"] = None
        else:
            out["echo"] = to_json(value_4)
        value_5 = self.frequency_penalty
        if value_5 is None:
            if "frequency_penalty" in present:
                out["frequency_penalty"] = None
        else:
            out["frequency_penalty"] = to_json(value_5)
        value_6 = self.logit_bias
        if value_6 is None:
            if "logit_bias" in present:
                out["logit_bias"] = None
        else:
            out["logit_bias"] = to_json(value_6)
        value_7 = self.logprobs
        if value_7 is None:
            if "logprobs" in present:
                out["logprobs"] = None
        else:
            out["logprobs"] = to_json(value_7)
        value_8 = self.max_tokens
        if value_8 is None:
            if "max_tokens" in present:
                out["max_tokens"] = None
        else:
            out["max_tokens"] = to_json(value_8)
        value_9 = self.n
        if value_9 is None:
            if "n" in present:
                out["n"] = None
        else:
            out["n"] = to_json(value_9)
        value_10 = self.presence_penalty
        if value_10 is None:
            if "presence_penalty" in present:
                out["presence_penalty"] = None
        else:
            out["presence_penalty"] = to_json(value_10)
        value_11 = self.seed
        if value_11 is None:
            if "seed" in present:
                out["seed"] = None
        else:
            out["seed"] = to_json(value_11)
        value_12 = self.stop
        if value_12 is None:
            if "stop" in present:
                out["stop"] = None
        else:
            out["stop"] = to_json(value_12)
        value_13 = self.stream
        if value_13 is None:
            if "stream" in present:
                out["stream"] = None
        else:
            out["stream"] = to_json(value_13)
        value_14 = self.stream_options
        if value_14 is None:
            if "stream_options" in present:
                out["stream_options"] = None
        else:
            out["stream_options"] = to_json(value_14)
        value_15 = self.suffix
        if value_15 is None:
            if "suffix" in present:
                out["suffix"] = None
        else:
            out["suffix"] = to_json(value_15)
        value_16 = self.temperature
        if value_16 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = to_json(value_16)
        value_17 = self.top_p
        if value_17 is None:
            if "top_p" in present:
                out["top_p"] = None
        else:
            out["top_p"] = to_json(value_17)
        value_18 = self.user
        if value_18 is None:
            if "user" in present:
                out["user"] = None
        else:
            out["user"] = value_18
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
        _raw_model = get_("model", None)
        try:
            model = _parse_model(_raw_model)

        except LENIENT_ERRORS:
            model = _raw_model
        parsed_obj_.model = model
        _raw_prompt = get_("prompt", None)
        if _raw_prompt is not None:
            try:
                prompt = _parse_prompt(_raw_prompt)

            except LENIENT_ERRORS:
                prompt = _raw_prompt
        else:
            prompt = _raw_prompt
        parsed_obj_.prompt = prompt
        parsed_obj_.best_of = get_("best_of")
        parsed_obj_.echo = get_("echo")
        parsed_obj_.frequency_penalty = as_float(get_("frequency_penalty"))
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
        parsed_obj_.presence_penalty = as_float(get_("presence_penalty"))
        parsed_obj_.seed = get_("seed")
        _raw_stop = get_("stop", UNSET)
        if _raw_stop is not None and _raw_stop is not UNSET:
            try:
                stop = _parse_stop(_raw_stop)

            except LENIENT_ERRORS:
                stop = _raw_stop
        else:
            stop = _raw_stop
        parsed_obj_.stop = None if isinstance(stop, Unset) else stop
        parsed_obj_.stream = get_("stream")
        _raw_stream_options = get_("stream_options", UNSET)
        if _raw_stream_options is not None and _raw_stream_options is not UNSET:
            try:
                stream_options = _parse_stream_options(_raw_stream_options)

            except LENIENT_ERRORS:
                stream_options = _raw_stream_options
        else:
            stream_options = _raw_stream_options
        parsed_obj_.stream_options = None if isinstance(stream_options, Unset) else stream_options
        parsed_obj_.suffix = get_("suffix")
        parsed_obj_.temperature = as_float(get_("temperature"))
        parsed_obj_.top_p = as_float(get_("top_p"))
        parsed_obj_.user = get_("user")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
