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


T = TypeVar("T", bound="CreateEvalCompletionsRunDataSourceSamplingParams")


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


def _parse_response_format(
    data: object,
) -> None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset:
    if data is None:
        return data
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
                "None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
                UnknownVariant(data),
            )
        return cast(
            "None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
            variant.from_dict(data),
        )
    return cast(
        "None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset",
        data,
    )


def _parse_tools(data: object) -> list[ChatCompletionTool] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        tools_type_0 = []
        _tools_type_0 = data
        if not isinstance(_tools_type_0, list):
            raise TypeError()
        for tools_type_0_item_data in _tools_type_0:
            try:
                tools_type_0_item = ChatCompletionTool.from_dict(tools_type_0_item_data)

            except LENIENT_ERRORS:
                tools_type_0_item = tools_type_0_item_data
            tools_type_0.append(tools_type_0_item)

        return tools_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[ChatCompletionTool] | None | Unset", data)


@_attrs_define
class CreateEvalCompletionsRunDataSourceSamplingParams:
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
    response_format: (
        None | ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | Unset
    ) = UNSET
    """ An object specifying the format that the model must output.

    Setting to `{ "type": "json_schema", "json_schema": {...} }` enables
    Structured Outputs which ensures the model will match your supplied JSON
    schema. Learn more in the [Structured Outputs
    guide](/docs/guides/structured-outputs).

    Setting to `{ "type": "json_object" }` enables the older JSON mode, which
    ensures the message the model generates is valid JSON. Using `json_schema`
    is preferred for models that support it.
     """
    tools: list[ChatCompletionTool] | None | Unset = UNSET
    """ A list of tools the model may call. Currently, only functions are supported as a tool. Use this to provide a
    list of functions the model may generate JSON inputs for. A max of 128 functions are supported.
     """
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
            "response_format",
            "tools",
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
        if self.response_format is not UNSET:
            field_dict["response_format"] = to_json(self.response_format)
        if self.tools is not UNSET:
            field_dict["tools"] = to_json(self.tools)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateEvalCompletionsRunDataSourceSamplingParams: expected a JSON object, got {type(src_dict).__name__}"
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

        _raw_response_format = d.pop("response_format", UNSET)
        try:
            response_format = _parse_response_format(_raw_response_format)

        except LENIENT_ERRORS:
            response_format = _raw_response_format

        _raw_tools = d.pop("tools", UNSET)
        try:
            tools = _parse_tools(_raw_tools)

        except LENIENT_ERRORS:
            tools = _raw_tools

        parsed_obj_ = cls(
            reasoning_effort=reasoning_effort,
            temperature=temperature,
            max_completion_tokens=max_completion_tokens,
            top_p=top_p,
            seed=seed,
            response_format=response_format,
            tools=tools,
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
