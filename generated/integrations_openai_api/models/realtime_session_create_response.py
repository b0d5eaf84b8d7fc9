from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.chat_completion_modalities_item import (
    ChatCompletionModalitiesItem,
    check_chat_completion_modalities_item,
)
from ..models.realtime_beta_response_max_output_tokens_enum import (
    RealtimeBetaResponseMaxOutputTokensEnum,
    check_realtime_beta_response_max_output_tokens_enum,
)
from ..models.realtime_session_tracing_enum import (
    RealtimeSessionTracingEnum,
    check_realtime_session_tracing_enum,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_session_create_request_turn_detection import (
        RealtimeSessionCreateRequestTurnDetection,
    )
    from ..models.realtime_session_create_response_audio import RealtimeSessionCreateResponseAudio
    from ..models.realtime_session_tracing_tracing_configuration import (
        RealtimeSessionTracingTracingConfiguration,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RealtimeFunctionTool, \
        RealtimeSessionCreateRequestTurnDetection, \
        RealtimeSessionCreateResponseAudio, \
        RealtimeSessionTracingTracingConfiguration
    from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: PLC0415
    from ..models.realtime_session_create_request_turn_detection import (
        RealtimeSessionCreateRequestTurnDetection,  # noqa: PLC0415
    )
    from ..models.realtime_session_create_response_audio import RealtimeSessionCreateResponseAudio  # noqa: PLC0415
    from ..models.realtime_session_tracing_tracing_configuration import (
        RealtimeSessionTracingTracingConfiguration,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeSessionCreateResponse")


def _parse_instructions(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_tracing(
    data: object,
) -> None | RealtimeSessionTracingEnum | RealtimeSessionTracingTracingConfiguration | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeSessionTracingTracingConfiguration.from_dict(data)
    try:
        if not isinstance(data, str):
            raise TypeError()
        tracing_type_0 = check_realtime_session_tracing_enum(data)

        return tracing_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "None | RealtimeSessionTracingEnum | RealtimeSessionTracingTracingConfiguration | Unset",
        data,
    )


def _parse_turn_detection(data: object) -> None | RealtimeSessionCreateRequestTurnDetection | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeSessionCreateRequestTurnDetection.from_dict(data)
    return cast("None | RealtimeSessionCreateRequestTurnDetection | Unset", data)


def _parse_tools(data: object) -> list[RealtimeFunctionTool] | None | Unset:
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
                tools_type_0_item = RealtimeFunctionTool.from_dict(tools_type_0_item_data)

            except LENIENT_ERRORS:
                tools_type_0_item = tools_type_0_item_data
            tools_type_0.append(tools_type_0_item)

        return tools_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[RealtimeFunctionTool] | None | Unset", data)


def _parse_tool_choice(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_max_output_tokens(data: object) -> int | RealtimeBetaResponseMaxOutputTokensEnum | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        max_output_tokens_type_1 = check_realtime_beta_response_max_output_tokens_enum(data)

        return max_output_tokens_type_1
    except LENIENT_ERRORS:
        pass
    return cast("int | RealtimeBetaResponseMaxOutputTokensEnum | Unset", data)


@_attrs_define
class RealtimeSessionCreateResponse:
    """A Realtime session configuration object."""

    id: str | Unset = UNSET
    """ Unique identifier for the session that looks like `sess_1234567890abcdef`.
     """
    object_: str | Unset = UNSET
    """ The object type. Always `realtime.session`. """
    expires_at: int | Unset = UNSET
    """ Expiration timestamp for the session, in seconds since epoch. """
    include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
    """ Additional fields to include in server outputs.
    - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
     """
    model: str | Unset = UNSET
    """ The Realtime model used for this session. """
    output_modalities: list[ChatCompletionModalitiesItem] | Unset = UNSET
    """ The set of modalities the model can respond with. To disable audio,
    set this to ["text"].
     """
    instructions: None | str | Unset = UNSET
    """ The default system instructions (i.e. system message) prepended to model
    calls. This field allows the client to guide the model on desired
    responses. The model can be instructed on response content and format,
    (e.g. "be extremely succinct", "act friendly", "here are examples of good
    responses") and on audio behavior (e.g. "talk quickly", "inject emotion
    into your voice", "laugh frequently"). The instructions are not guaranteed
    to be followed by the model, but they provide guidance to the model on the
    desired behavior.

    Note that the server sets default instructions which will be used if this
    field is not set and are visible in the `session.created` event at the
    start of the session.
     """
    audio: RealtimeSessionCreateResponseAudio | Unset = UNSET
    """ Configuration for input and output audio for the session.
     """
    tracing: (
        None | RealtimeSessionTracingEnum | RealtimeSessionTracingTracingConfiguration | Unset
    ) = UNSET
    """ Configuration options for tracing. Set to null to disable tracing. Once
    tracing is enabled for a session, the configuration cannot be modified.

    `auto` will create a trace for the session with default values for the
    workflow name, group id, and metadata.
     """
    turn_detection: None | RealtimeSessionCreateRequestTurnDetection | Unset = UNSET
    tools: list[RealtimeFunctionTool] | None | Unset = UNSET
    """ Tools (functions) available to the model. """
    tool_choice: None | str | Unset = UNSET
    """ How the model chooses tools. Options are `auto`, `none`, `required`, or
    specify a function.
     """
    max_output_tokens: int | RealtimeBetaResponseMaxOutputTokensEnum | Unset = UNSET
    """ Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "object",
            "expires_at",
            "include",
            "model",
            "output_modalities",
            "instructions",
            "audio",
            "tracing",
            "turn_detection",
            "tools",
            "tool_choice",
            "max_output_tokens",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.object_ is not UNSET:
            field_dict["object"] = self.object_
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at
        if self.include is not UNSET:
            field_dict["include"] = to_json(self.include)
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.output_modalities is not UNSET:
            field_dict["output_modalities"] = to_json(self.output_modalities)
        if self.instructions is not UNSET:
            field_dict["instructions"] = to_json(self.instructions)
        if self.audio is not UNSET:
            field_dict["audio"] = to_json(self.audio)
        if self.tracing is not UNSET:
            field_dict["tracing"] = to_json(self.tracing)
        if self.turn_detection is not UNSET:
            field_dict["turn_detection"] = to_json(self.turn_detection)
        if self.tools is not UNSET:
            field_dict["tools"] = to_json(self.tools)
        if self.tool_choice is not UNSET:
            field_dict["tool_choice"] = to_json(self.tool_choice)
        if self.max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = to_json(self.max_output_tokens)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeSessionCreateResponse: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        object_ = d.pop("object", UNSET)

        expires_at = d.pop("expires_at", UNSET)

        _raw_include = d.pop("include", UNSET)
        try:
            _include = _raw_include
            include: list[Literal["item.input_audio_transcription.logprobs"]] | Unset = UNSET
            if _include is not UNSET:
                if not isinstance(_include, list):
                    raise TypeError()
                include = []
                for include_item_data in _include:
                    try:
                        include_item = cast(
                            "Literal['item.input_audio_transcription.logprobs']", include_item_data
                        )
                        if include_item != "item.input_audio_transcription.logprobs":
                            raise ValueError(
                                f"include_item must match const 'item.input_audio_transcription.logprobs', got '{include_item}'"
                            )
                    except LENIENT_ERRORS:
                        include_item = include_item_data
                    include.append(include_item)

        except LENIENT_ERRORS:
            include = _raw_include

        model = d.pop("model", UNSET)

        _raw_output_modalities = d.pop("output_modalities", UNSET)
        try:
            _output_modalities = _raw_output_modalities
            output_modalities: list[ChatCompletionModalitiesItem] | Unset = UNSET
            if _output_modalities is not UNSET:
                if not isinstance(_output_modalities, list):
                    raise TypeError()
                output_modalities = []
                for output_modalities_item_data in _output_modalities:
                    try:
                        output_modalities_item = check_chat_completion_modalities_item(
                            output_modalities_item_data
                        )

                    except LENIENT_ERRORS:
                        output_modalities_item = output_modalities_item_data
                    output_modalities.append(output_modalities_item)

        except LENIENT_ERRORS:
            output_modalities = _raw_output_modalities

        _raw_instructions = d.pop("instructions", UNSET)
        try:
            instructions = _parse_instructions(_raw_instructions)

        except LENIENT_ERRORS:
            instructions = _raw_instructions

        _raw_audio = d.pop("audio", UNSET)
        try:
            _audio = _raw_audio
            audio: RealtimeSessionCreateResponseAudio | Unset
            if isinstance(_audio, Unset):
                audio = UNSET
            else:
                audio = RealtimeSessionCreateResponseAudio.from_dict(_audio)

        except LENIENT_ERRORS:
            audio = _raw_audio

        _raw_tracing = d.pop("tracing", UNSET)
        try:
            tracing = _parse_tracing(_raw_tracing)

        except LENIENT_ERRORS:
            tracing = _raw_tracing

        _raw_turn_detection = d.pop("turn_detection", UNSET)
        try:
            turn_detection = _parse_turn_detection(_raw_turn_detection)

        except LENIENT_ERRORS:
            turn_detection = _raw_turn_detection

        _raw_tools = d.pop("tools", UNSET)
        try:
            tools = _parse_tools(_raw_tools)

        except LENIENT_ERRORS:
            tools = _raw_tools

        _raw_tool_choice = d.pop("tool_choice", UNSET)
        try:
            tool_choice = _parse_tool_choice(_raw_tool_choice)

        except LENIENT_ERRORS:
            tool_choice = _raw_tool_choice

        _raw_max_output_tokens = d.pop("max_output_tokens", UNSET)
        try:
            max_output_tokens = _parse_max_output_tokens(_raw_max_output_tokens)

        except LENIENT_ERRORS:
            max_output_tokens = _raw_max_output_tokens

        parsed_obj_ = cls(
            id=id,
            object_=object_,
            expires_at=expires_at,
            include=include,
            model=model,
            output_modalities=output_modalities,
            instructions=instructions,
            audio=audio,
            tracing=tracing,
            turn_detection=turn_detection,
            tools=tools,
            tool_choice=tool_choice,
            max_output_tokens=max_output_tokens,
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
