from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
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

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        ChatCompletionMessageCustomToolCall, \
        ChatCompletionMessageListDataItemAnnotationsItem, \
        ChatCompletionMessageListDataItemAudio, \
        ChatCompletionMessageListDataItemFunctionCall, \
        ChatCompletionMessageToolCall
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

    _lazy_loaded = True


T = TypeVar("T", bound="ChatCompletionResponseMessage")


def _parse_content(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_refusal(data: object) -> None | str:
    if data is None:
        return data
    return cast("None | str", data)


def _parse_tool_calls(
    data: object,
) -> list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()

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

        tool_calls_type_0 = []
        _tool_calls_type_0 = data
        if not isinstance(_tool_calls_type_0, list):
            raise TypeError()
        for componentsschemas_chat_completion_message_tool_calls_item_data in _tool_calls_type_0:
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
            tool_calls_type_0.append(componentsschemas_chat_completion_message_tool_calls_item)

        return tool_calls_type_0
    except LENIENT_ERRORS:
        pass
    return cast(
        "list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | None | Unset",
        data,
    )


def _parse_annotations(
    data: object,
) -> list[ChatCompletionMessageListDataItemAnnotationsItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        annotations_type_0 = []
        _annotations_type_0 = data
        if not isinstance(_annotations_type_0, list):
            raise TypeError()
        for annotations_type_0_item_data in _annotations_type_0:
            try:
                annotations_type_0_item = (
                    ChatCompletionMessageListDataItemAnnotationsItem.from_dict(
                        annotations_type_0_item_data
                    )
                )

            except LENIENT_ERRORS:
                annotations_type_0_item = annotations_type_0_item_data
            annotations_type_0.append(annotations_type_0_item)

        return annotations_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[ChatCompletionMessageListDataItemAnnotationsItem] | None | Unset", data)


def _parse_function_call(
    data: object,
) -> ChatCompletionMessageListDataItemFunctionCall | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ChatCompletionMessageListDataItemFunctionCall.from_dict(data)
    return cast("ChatCompletionMessageListDataItemFunctionCall | None | Unset", data)


def _parse_audio(data: object) -> ChatCompletionMessageListDataItemAudio | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return ChatCompletionMessageListDataItemAudio.from_dict(data)
    return cast("ChatCompletionMessageListDataItemAudio | None | Unset", data)


@_attrs_define
class ChatCompletionResponseMessage:
    """A chat completion message generated by the model."""

    content: None | str
    refusal: None | str
    role: Literal["assistant"] = "assistant"
    """ The role of the author of this message. """
    tool_calls: (
        list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | None | Unset
    ) = UNSET
    annotations: list[ChatCompletionMessageListDataItemAnnotationsItem] | None | Unset = UNSET
    """ Annotations for the message, when applicable, as when using the
    [web search tool](/docs/guides/tools-web-search?api-mode=chat).
     """
    function_call: ChatCompletionMessageListDataItemFunctionCall | None | Unset = UNSET
    audio: ChatCompletionMessageListDataItemAudio | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": ("assistant",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "content",
        "refusal",
        "role",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "content",
            "refusal",
            "role",
            "tool_calls",
            "annotations",
            "function_call",
            "audio",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.content, Unset):
            field_dict["content"] = to_json(self.content)
        if not isinstance(self.refusal, Unset):
            field_dict["refusal"] = to_json(self.refusal)
        if not isinstance(self.role, Unset):
            field_dict["role"] = self.role
        if self.tool_calls is not UNSET:
            field_dict["tool_calls"] = to_json(self.tool_calls)
        if self.annotations is not UNSET:
            field_dict["annotations"] = to_json(self.annotations)
        if self.function_call is not UNSET:
            field_dict["function_call"] = to_json(self.function_call)
        if self.audio is not UNSET:
            field_dict["audio"] = to_json(self.audio)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ChatCompletionResponseMessage: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_content = d.pop("content", UNSET)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content

        _raw_refusal = d.pop("refusal", UNSET)
        try:
            refusal = _parse_refusal(_raw_refusal)

        except LENIENT_ERRORS:
            refusal = _raw_refusal

        _raw_role = d.pop("role", UNSET)
        try:
            role = cast("Literal['assistant']", _raw_role)
            if role != "assistant":
                raise ValueError(f"role must match const 'assistant', got '{role}'")
        except LENIENT_ERRORS:
            role = _raw_role

        _raw_tool_calls = d.pop("tool_calls", UNSET)
        try:
            tool_calls = _parse_tool_calls(_raw_tool_calls)

        except LENIENT_ERRORS:
            tool_calls = _raw_tool_calls

        _raw_annotations = d.pop("annotations", UNSET)
        try:
            annotations = _parse_annotations(_raw_annotations)

        except LENIENT_ERRORS:
            annotations = _raw_annotations

        _raw_function_call = d.pop("function_call", UNSET)
        try:
            function_call = _parse_function_call(_raw_function_call)

        except LENIENT_ERRORS:
            function_call = _raw_function_call

        _raw_audio = d.pop("audio", UNSET)
        try:
            audio = _parse_audio(_raw_audio)

        except LENIENT_ERRORS:
            audio = _raw_audio

        parsed_obj_ = cls(
            content=content,
            refusal=refusal,
            role=role,
            tool_calls=tool_calls,
            annotations=annotations,
            function_call=function_call,
            audio=audio,
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
