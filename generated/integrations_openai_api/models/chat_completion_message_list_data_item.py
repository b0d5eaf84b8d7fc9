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
    from ..models.chat_completion_message_list_data_item_annotations_item import (
        ChatCompletionMessageListDataItemAnnotationsItem,
    )
    from ..models.chat_completion_message_list_data_item_audio import (
        ChatCompletionMessageListDataItemAudio,
    )
    from ..models.chat_completion_message_list_data_item_function_call import (
        ChatCompletionMessageListDataItemFunctionCall,
    )
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ChatCompletionMessageCustomToolCall, \
        ChatCompletionMessageListDataItemAnnotationsItem, \
        ChatCompletionMessageListDataItemAudio, \
        ChatCompletionMessageListDataItemFunctionCall, \
        ChatCompletionMessageToolCall, \
        ChatCompletionRequestMessageContentPartImage, \
        ChatCompletionRequestMessageContentPartText
    from ..models.chat_completion_message_custom_tool_call import (
        ChatCompletionMessageCustomToolCall,  # noqa: PLC0415
    )
    from ..models.chat_completion_message_list_data_item_annotations_item import (
        ChatCompletionMessageListDataItemAnnotationsItem,  # noqa: PLC0415
    )
    from ..models.chat_completion_message_list_data_item_audio import (
        ChatCompletionMessageListDataItemAudio,  # noqa: PLC0415
    )
    from ..models.chat_completion_message_list_data_item_function_call import (
        ChatCompletionMessageListDataItemFunctionCall,  # noqa: PLC0415
    )
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall  # noqa: PLC0415
    from ..models.chat_completion_request_message_content_part_image import (
        ChatCompletionRequestMessageContentPartImage,  # noqa: PLC0415
    )
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,  # noqa: PLC0415
    )

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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


def _parse_audio(data: object) -> ChatCompletionMessageListDataItemAudio | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ChatCompletionMessageListDataItemAudio._from_dict_(data)
    return cast("ChatCompletionMessageListDataItemAudio | None | Unset", data)


def _parse_content_parts(
    data: object,
) -> (
    list[ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartText]
    | None
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()

        def _parse_content_parts_type_0_item(
            data: object,
        ) -> (
            ChatCompletionRequestMessageContentPartImage
            | ChatCompletionRequestMessageContentPartText
        ):
            if isinstance(data, dict):
                variant = pick_variant(
                    data,
                    (
                        ChatCompletionRequestMessageContentPartText,
                        ChatCompletionRequestMessageContentPartImage,
                    ),
                )
                if variant is None:
                    return cast(
                        "ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartText",
                        UnknownVariant(data),
                    )
                return cast(
                    "ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartText",
                    variant.from_dict(data),
                )
            return cast(
                "ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartText",
                data,
            )

        content_parts_type_0 = []
        _content_parts_type_0 = data
        if not isinstance(_content_parts_type_0, list):
            raise TypeError()
        for content_parts_type_0_item_data in _content_parts_type_0:
            try:
                content_parts_type_0_item = _parse_content_parts_type_0_item(
                    content_parts_type_0_item_data
                )

            except LENIENT_ERRORS:
                content_parts_type_0_item = content_parts_type_0_item_data
            content_parts_type_0.append(content_parts_type_0_item)

        return content_parts_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "list[ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartText] | None | Unset",
        data,
    )


@_attrs_define(repr=False)
class ChatCompletionMessageListDataItem(ApiModel):
    """A chat completion message generated by the model."""

    id: str
    """ The identifier of the chat message. """

    content: str | None = ABSENT

    refusal: str | None = ABSENT

    role: Literal["assistant"] = "assistant"
    """ The role of the author of this message. """

    tool_calls: (
        list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall | UnknownVariant]
        | None
    ) = ABSENT
    """ The tool calls generated by the model, such as function calls. """

    annotations: list[ChatCompletionMessageListDataItemAnnotationsItem] | None = ABSENT
    """ Annotations for the message, when applicable, as when using the
    [web search tool](https://platform.openai.com/docs/guides/tools-web-search?api-mode=chat).
     """

    function_call: ChatCompletionMessageListDataItemFunctionCall | None = ABSENT
    """ Deprecated and replaced by `tool_calls`. The name and arguments of a function that should be called, as
    generated by the model. """

    audio: ChatCompletionMessageListDataItemAudio | None = ABSENT

    content_parts: (
        list[
            ChatCompletionRequestMessageContentPartImage
            | ChatCompletionRequestMessageContentPartText
            | UnknownVariant
        ]
        | None
    ) = ABSENT

    _sdk_name_: ClassVar[str] = "ChatCompletionStoreMessage"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("refusal", "refusal"),
        ("role", "role"),
        ("annotations", "annotations"),
        ("audio", "audio"),
        ("function_call", "function_call"),
        ("tool_calls", "tool_calls"),
        ("id", "id"),
        ("content_parts", "content_parts"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "content": "None | str",
        "refusal": "None | str",
        "role": "Literal['assistant']",
        "id": "str",
        "tool_calls": "list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | Unset",
        "annotations": "list[ChatCompletionMessageListDataItemAnnotationsItem] | Unset",
        "function_call": "ChatCompletionMessageListDataItemFunctionCall | Unset",
        "audio": "ChatCompletionMessageListDataItemAudio | None | Unset",
        "content_parts": "list[ChatCompletionRequestMessageContentPartImage | ChatCompletionRequestMessageContentPartText] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": ("assistant",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "content",
        "refusal",
        "role",
        "id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "content",
            "refusal",
            "role",
            "id",
            "tool_calls",
            "annotations",
            "function_call",
            "audio",
            "content_parts",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.content
        if value_1 is None:
            if "content" in present:
                out["content"] = None
        else:
            out["content"] = to_json(value_1)
        value_2 = self.refusal
        if value_2 is None:
            if "refusal" in present:
                out["refusal"] = None
        else:
            out["refusal"] = to_json(value_2)
        value_3 = self.role
        if value_3 is None:
            if "role" in present:
                out["role"] = None
        else:
            out["role"] = value_3
        value_4 = self.annotations
        if value_4 is None:
            if "annotations" in present:
                out["annotations"] = None
        else:
            out["annotations"] = to_json(value_4)
        value_5 = self.audio
        if value_5 is None:
            if "audio" in present:
                out["audio"] = None
        else:
            out["audio"] = to_json(value_5)
        value_6 = self.function_call
        if value_6 is None:
            if "function_call" in present:
                out["function_call"] = None
        else:
            out["function_call"] = to_json(value_6)
        value_7 = self.tool_calls
        if value_7 is None:
            if "tool_calls" in present:
                out["tool_calls"] = None
        else:
            out["tool_calls"] = to_json(value_7)
        value_8 = self.id
        if value_8 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_8
        value_9 = self.content_parts
        if value_9 is None:
            if "content_parts" in present:
                out["content_parts"] = None
        else:
            out["content_parts"] = to_json(value_9)
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
        parsed_obj_.content = get_("content")
        parsed_obj_.refusal = get_("refusal")
        parsed_obj_.role = get_("role")
        parsed_obj_.id = get_("id")
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
        _raw_annotations = get_("annotations", UNSET)
        try:
            _annotations = _raw_annotations
            annotations: list[ChatCompletionMessageListDataItemAnnotationsItem] | Unset = UNSET
            if _annotations is not UNSET:
                if not isinstance(_annotations, list):
                    raise TypeError()
                annotations = []
                for annotations_item_data in _annotations:
                    try:
                        annotations_item = (
                            ChatCompletionMessageListDataItemAnnotationsItem._from_dict_(
                                annotations_item_data
                            )
                            if annotations_item_data.__class__ is dict
                            else ChatCompletionMessageListDataItemAnnotationsItem.from_dict(
                                annotations_item_data
                            )
                        )
                    except LENIENT_ERRORS:
                        annotations_item = annotations_item_data
                    annotations.append(annotations_item)

        except LENIENT_ERRORS:
            annotations = _raw_annotations
        parsed_obj_.annotations = None if isinstance(annotations, Unset) else annotations
        function_call = get_("function_call")
        if function_call is not None:
            try:
                function_call = (
                    ChatCompletionMessageListDataItemFunctionCall._from_dict_(function_call)
                    if function_call.__class__ is dict
                    else ChatCompletionMessageListDataItemFunctionCall.from_dict(function_call)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.function_call = function_call
        _raw_audio = get_("audio", UNSET)
        if _raw_audio is not None and _raw_audio is not UNSET:
            try:
                audio = _parse_audio(_raw_audio)

            except LENIENT_ERRORS:
                audio = _raw_audio
        else:
            audio = _raw_audio
        parsed_obj_.audio = None if isinstance(audio, Unset) else audio
        _raw_content_parts = get_("content_parts", UNSET)
        if _raw_content_parts is not None and _raw_content_parts is not UNSET:
            try:
                content_parts = _parse_content_parts(_raw_content_parts)

            except LENIENT_ERRORS:
                content_parts = _raw_content_parts
        else:
            content_parts = _raw_content_parts
        parsed_obj_.content_parts = None if isinstance(content_parts, Unset) else content_parts
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
