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
    from ..models.chat_completion_tool import ChatCompletionTool
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ChatCompletionTool, \
        ResponseFormatJsonObject, \
        ResponseFormatJsonSchema, \
        ResponseFormatText
    from ..models.chat_completion_tool import ChatCompletionTool  # noqa: PLC0415
    from ..models.response_format_json_object import ResponseFormatJsonObject  # noqa: PLC0415
    from ..models.response_format_json_schema import ResponseFormatJsonSchema  # noqa: PLC0415
    from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415

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


@_attrs_define(repr=False)
class CreateEvalCompletionsRunDataSourceSamplingParams(ApiModel):
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

    tools: list[ChatCompletionTool] | None = ABSENT
    """ A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a
    list of functions the model may generate JSON inputs for. A max of 128 functions are supported.
     """

    _sdk_name_: ClassVar[str] = "SamplingParams"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("max_completion_tokens", "max_completion_tokens"),
        ("reasoning_effort", "reasoning_effort"),
        ("response_format", "response_format"),
        ("seed", "seed"),
        ("temperature", "temperature"),
        ("tools", "tools"),
        ("top_p", "top_p"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "reasoning_effort": "None | ReasoningEffort2 | Unset",
        "temperature": "float | Unset",
        "max_completion_tokens": "int | Unset",
        "top_p": "float | Unset",
        "seed": "int | Unset",
        "response_format": "ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
        "tools": "list[ChatCompletionTool] | Unset",
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
            "response_format",
            "tools",
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
        value_3 = self.response_format
        if value_3 is None:
            if "response_format" in present:
                out["response_format"] = None
        else:
            out["response_format"] = to_json(value_3)
        value_4 = self.seed
        if value_4 is None:
            if "seed" in present:
                out["seed"] = None
        else:
            out["seed"] = value_4
        value_5 = self.temperature
        if value_5 is None:
            if "temperature" in present:
                out["temperature"] = None
        else:
            out["temperature"] = value_5
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
        _raw_tools = get_("tools", UNSET)
        try:
            _tools = _raw_tools
            tools: list[ChatCompletionTool] | Unset = UNSET
            if _tools is not UNSET:
                if not isinstance(_tools, list):
                    raise TypeError()
                tools = []
                for tools_item_data in _tools:
                    try:
                        tools_item = (
                            ChatCompletionTool._from_dict_(tools_item_data)
                            if tools_item_data.__class__ is dict
                            else ChatCompletionTool.from_dict(tools_item_data)
                        )
                    except LENIENT_ERRORS:
                        tools_item = tools_item_data
                    tools.append(tools_item)

        except LENIENT_ERRORS:
            tools = _raw_tools
        parsed_obj_.tools = None if isinstance(tools, Unset) else tools
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
