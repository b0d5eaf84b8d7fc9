from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_tool_message_content_part import (
        ChatCompletionRequestToolMessageContentPart,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionRequestToolMessageContentPart
    from ..models.chat_completion_request_tool_message_content_part import (
        ChatCompletionRequestToolMessageContentPart,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="ChatCompletionRequestToolMessage")


def _parse_content(data: object) -> list[ChatCompletionRequestToolMessageContentPart] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_1 = []
        _content_type_1 = data
        if not isinstance(_content_type_1, list):
            raise TypeError()
        for content_type_1_item_data in _content_type_1:
            try:
                content_type_1_item = ChatCompletionRequestToolMessageContentPart.from_dict(
                    content_type_1_item_data
                )

            except LENIENT_ERRORS:
                content_type_1_item = content_type_1_item_data
            content_type_1.append(content_type_1_item)

        return content_type_1
    except LENIENT_ERRORS:
        pass
    return cast("list[ChatCompletionRequestToolMessageContentPart] | str", data)


@_attrs_define
class ChatCompletionRequestToolMessage:
    content: list[ChatCompletionRequestToolMessageContentPart] | str
    """ The contents of the tool message. """
    tool_call_id: str
    """ Tool call that this message is responding to. """
    role: Literal["tool"] = "tool"
    """ The role of the messages author, in this case `tool`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": ("tool",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "role",
        "content",
        "tool_call_id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "role",
            "content",
            "tool_call_id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.role, Unset):
            field_dict["role"] = self.role
        if not isinstance(self.content, Unset):
            field_dict["content"] = to_json(self.content)
        if not isinstance(self.tool_call_id, Unset):
            field_dict["tool_call_id"] = self.tool_call_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ChatCompletionRequestToolMessage: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_role = d.pop("role", UNSET)
        try:
            role = cast("Literal['tool']", _raw_role)
            if role != "tool":
                raise ValueError(f"role must match const 'tool', got '{role}'")
        except LENIENT_ERRORS:
            role = _raw_role

        _raw_content = d.pop("content", UNSET)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content

        tool_call_id = d.pop("tool_call_id", UNSET)

        parsed_obj_ = cls(
            role=role,
            content=content,
            tool_call_id=tool_call_id,
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
