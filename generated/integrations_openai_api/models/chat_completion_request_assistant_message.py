from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,
    )
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_request_assistant_message_audio import (
        ChatCompletionRequestAssistantMessageAudio,
    )
    from ..models.chat_completion_request_assistant_message_function_call import (
        ChatCompletionRequestAssistantMessageFunctionCall,
    )
    from ..models.chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ChatCompletionMessageCustomToolCall, \
        ChatCompletionMessageToolCall, \
        ChatCompletionRequestAssistantMessageAudio, \
        ChatCompletionRequestAssistantMessageFunctionCall, \
        ChatCompletionRequestMessageContentPartRefusal, \
        ChatCompletionRequestMessageContentPartText
    from ..models.chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,  # noqa: PLC0415
    )
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall  # noqa: PLC0415
    from ..models.chat_completion_request_assistant_message_audio import (
        ChatCompletionRequestAssistantMessageAudio,  # noqa: PLC0415
    )
    from ..models.chat_completion_request_assistant_message_function_call import (
        ChatCompletionRequestAssistantMessageFunctionCall,  # noqa: PLC0415
    )
    from ..models.chat_completion_request_message_content_part_refusal import (
        ChatCompletionRequestMessageContentPartRefusal,  # noqa: PLC0415
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_content(
    data: object,
) -> (
    list[
        ChatCompletionRequestMessageContentPartRefusal | ChatCompletionRequestMessageContentPartText
    ]
    | None
    | str
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()

        def _parse_content_type_1_item(
            data: object,
        ) -> (
            ChatCompletionRequestMessageContentPartRefusal
            | ChatCompletionRequestMessageContentPartText
        ):
            if isinstance(data, dict):
                variant = pick_variant(
                    data,
                    (
                        ChatCompletionRequestMessageContentPartText,
                        ChatCompletionRequestMessageContentPartRefusal,
                    ),
                )
                if variant is None:
                    return cast(
                        "ChatCompletionRequestMessageContentPartRefusal | ChatCompletionRequestMessageContentPartText",
                        UnknownVariant(data),
                    )
                return cast(
                    "ChatCompletionRequestMessageContentPartRefusal | ChatCompletionRequestMessageContentPartText",
                    variant.from_dict(data),
                )
            return cast(
                "ChatCompletionRequestMessageContentPartRefusal | ChatCompletionRequestMessageContentPartText",
                data,
            )

        content_type_1 = []
        _content_type_1 = data
        if not isinstance(_content_type_1, list):
            raise TypeError()
        for content_type_1_item_data in _content_type_1:
            try:
                content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

            except LENIENT_ERRORS:
                content_type_1_item = content_type_1_item_data
            content_type_1.append(content_type_1_item)

        return content_type_1
    except LENIENT_ERRORS:
        pass
    return cast(
        "list[ChatCompletionRequestMessageContentPartRefusal | ChatCompletionRequestMessageContentPartText] | None | str | Unset",
        data,
    )


def _parse_audio(data: object) -> ChatCompletionRequestAssistantMessageAudio | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ChatCompletionRequestAssistantMessageAudio._from_dict_(data)
    return cast("ChatCompletionRequestAssistantMessageAudio | None | Unset", data)


def _parse_componentsschemas_chat_completion_message_tool_calls_item(
    data: object,
) -> ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                ChatCompletionMessageToolCall,
                ChatCompletionMessageCustomToolCall,
            ),
        )
        if variant is None:
            return cast(
                "ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall",
                UnknownVariant(data),
            )
        return cast(
            "ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall",
            variant.from_dict(data),
        )
    return cast("ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall", data)


def _parse_function_call(
    data: object,
) -> ChatCompletionRequestAssistantMessageFunctionCall | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ChatCompletionRequestAssistantMessageFunctionCall._from_dict_(data)
    return cast("ChatCompletionRequestAssistantMessageFunctionCall | None | Unset", data)


@_attrs_define(repr=False)
class ChatCompletionRequestAssistantMessage(ApiModel):
    """Messages sent by the model in response to user messages."""

    role: Literal["assistant"] = "assistant"
    """ The role of the messages author, in this case `assistant`. """

    content: (
        list[
            ChatCompletionRequestMessageContentPartRefusal
            | ChatCompletionRequestMessageContentPartText
            | UnknownVariant
        ]
        | str
        | None
    ) = ABSENT

    refusal: str | None = ABSENT

    name: str | None = ABSENT
    """ An optional name for the participant. Provides the model information to differentiate between participants
    of the same role. """

    audio: ChatCompletionRequestAssistantMessageAudio | None = ABSENT

    tool_calls: (
        list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall | UnknownVariant]
        | None
    ) = ABSENT
    """ The tool calls generated by the model, such as function calls. """

    function_call: ChatCompletionRequestAssistantMessageFunctionCall | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("content", "content"),
        ("refusal", "refusal"),
        ("name", "name"),
        ("audio", "audio"),
        ("tool_calls", "tool_calls"),
        ("function_call", "function_call"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "role": "Literal['assistant']",
        "content": "list[ChatCompletionRequestMessageContentPartRefusal | ChatCompletionRequestMessageContentPartText] | None | str | Unset",
        "refusal": "None | str | Unset",
        "name": "str | Unset",
        "audio": "ChatCompletionRequestAssistantMessageAudio | None | Unset",
        "tool_calls": "list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | Unset",
        "function_call": "ChatCompletionRequestAssistantMessageFunctionCall | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": ("assistant",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ("role",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role",
            "content",
            "refusal",
            "name",
            "audio",
            "tool_calls",
            "function_call",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.role
        if value_1 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_1
        value_2 = self.content
        if value_2 is None:
            if "content" in present:
                out["content"] = None
        else:
            out["content"] = to_json(value_2)
        value_3 = self.refusal
        if value_3 is None:
            if "refusal" in present:
                out["refusal"] = None
        else:
            out["refusal"] = to_json(value_3)
        value_4 = self.name
        if value_4 is None:
            if "name" in present:
                out["name"] = None
        else:
            out["name"] = value_4
        value_5 = self.audio
        if value_5 is None:
            if "audio" in present:
                out["audio"] = None
        else:
            out["audio"] = to_json(value_5)
        value_6 = self.tool_calls
        if value_6 is None:
            if "tool_calls" in present:
                out["tool_calls"] = None
        else:
            out["tool_calls"] = to_json(value_6)
        value_7 = self.function_call
        if value_7 is None:
            if "function_call" in present:
                out["function_call"] = None
        else:
            out["function_call"] = to_json(value_7)
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
        parsed_obj_.role = get_("role")
        _raw_content = get_("content", UNSET)
        if _raw_content is not None and _raw_content is not UNSET:
            try:
                content = _parse_content(_raw_content)

            except LENIENT_ERRORS:
                content = _raw_content
        else:
            content = _raw_content
        parsed_obj_.content = None if isinstance(content, Unset) else content
        parsed_obj_.refusal = get_("refusal")
        parsed_obj_.name = get_("name")
        _raw_audio = get_("audio", UNSET)
        if _raw_audio is not None and _raw_audio is not UNSET:
            try:
                audio = _parse_audio(_raw_audio)

            except LENIENT_ERRORS:
                audio = _raw_audio
        else:
            audio = _raw_audio
        parsed_obj_.audio = None if isinstance(audio, Unset) else audio
        _raw_tool_calls = get_("tool_calls", UNSET)
        try:
            _tool_calls = _raw_tool_calls
            tool_calls: (
                list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | Unset
            ) = UNSET
            if _tool_calls is not UNSET:
                if not isinstance(_tool_calls, list):
                    raise TypeError()
                tool_calls = []
                for componentsschemas_chat_completion_message_tool_calls_item_data in _tool_calls:
                    try:
                        componentsschemas_chat_completion_message_tool_calls_item = (
                            _parse_componentsschemas_chat_completion_message_tool_calls_item(
                                componentsschemas_chat_completion_message_tool_calls_item_data
                            )
                        )

                    except LENIENT_ERRORS:
                        componentsschemas_chat_completion_message_tool_calls_item = (
                            componentsschemas_chat_completion_message_tool_calls_item_data
                        )
                    tool_calls.append(componentsschemas_chat_completion_message_tool_calls_item)

        except LENIENT_ERRORS:
            tool_calls = _raw_tool_calls
        parsed_obj_.tool_calls = None if isinstance(tool_calls, Unset) else tool_calls
        _raw_function_call = get_("function_call", UNSET)
        if _raw_function_call is not None and _raw_function_call is not UNSET:
            try:
                function_call = _parse_function_call(_raw_function_call)

            except LENIENT_ERRORS:
                function_call = _raw_function_call
        else:
            function_call = _raw_function_call
        parsed_obj_.function_call = None if isinstance(function_call, Unset) else function_call
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
