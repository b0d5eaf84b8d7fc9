from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_system_message_content_part import (
        ChatCompletionRequestSystemMessageContentPart,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionRequestSystemMessageContentPart
    from ..models.chat_completion_request_system_message_content_part import (
        ChatCompletionRequestSystemMessageContentPart,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="ChatCompletionRequestSystemMessage")


def _parse_content(data: object) -> list[ChatCompletionRequestSystemMessageContentPart] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_1 = []
        _content_type_1 = data
        if not isinstance(_content_type_1, list):
            raise TypeError()
        for content_type_1_item_data in _content_type_1:
            try:
                content_type_1_item = ChatCompletionRequestSystemMessageContentPart.from_dict(
                    content_type_1_item_data
                )

            except LENIENT_ERRORS:
                content_type_1_item = content_type_1_item_data
            content_type_1.append(content_type_1_item)

        return content_type_1
    except LENIENT_ERRORS:
        pass
    return cast("list[ChatCompletionRequestSystemMessageContentPart] | str", data)


@_attrs_define
class ChatCompletionRequestSystemMessage:
    """Developer-provided instructions that the model should follow, regardless of
    messages sent by the user. With o1 models and newer, use `developer` messages
    for this purpose instead.

    """

    content: list[ChatCompletionRequestSystemMessageContentPart] | str
    """ The contents of the system message. """
    role: Literal["system"] = "system"
    """ The role of the messages author, in this case `system`. """
    name: str | Unset = UNSET
    """ An optional name for the participant. Provides the model information to differentiate between participants
    of the same role. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "role": ("system",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "content",
        "role",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "content",
            "role",
            "name",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.content, Unset):
            field_dict["content"] = to_json(self.content)
        if not isinstance(self.role, Unset):
            field_dict["role"] = self.role
        if self.name is not UNSET:
            field_dict["name"] = self.name
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ChatCompletionRequestSystemMessage: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_content = d.pop("content", UNSET)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content

        _raw_role = d.pop("role", UNSET)
        try:
            role = cast("Literal['system']", _raw_role)
            if role != "system":
                raise ValueError(f"role must match const 'system', got '{role}'")
        except LENIENT_ERRORS:
            role = _raw_role

        name = d.pop("name", UNSET)

        parsed_obj_ = cls(
            content=content,
            role=role,
            name=name,
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
