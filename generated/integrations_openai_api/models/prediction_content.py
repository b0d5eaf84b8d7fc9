from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionRequestMessageContentPartText
    from ..models.chat_completion_request_message_content_part_text import (
        ChatCompletionRequestMessageContentPartText,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="PredictionContent")


def _parse_content(data: object) -> list[ChatCompletionRequestMessageContentPartText] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_1 = []
        _content_type_1 = data
        if not isinstance(_content_type_1, list):
            raise TypeError()
        for content_type_1_item_data in _content_type_1:
            try:
                content_type_1_item = ChatCompletionRequestMessageContentPartText.from_dict(
                    content_type_1_item_data
                )

            except LENIENT_ERRORS:
                content_type_1_item = content_type_1_item_data
            content_type_1.append(content_type_1_item)

        return content_type_1
    except LENIENT_ERRORS:
        pass
    return cast("list[ChatCompletionRequestMessageContentPartText] | str", data)


@_attrs_define
class PredictionContent:
    """Static predicted output content, such as the content of a text file that is
    being regenerated.

    """

    content: list[ChatCompletionRequestMessageContentPartText] | str
    """ The content that should be matched when generating a model response.
    If generated tokens would match this content, the entire model response
    can be returned much more quickly.
     """
    type_: Literal["content"] = "content"
    """ The type of the predicted content you want to provide. This type is
    currently always `content`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("content",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "content",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "content",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.content, Unset):
            field_dict["content"] = to_json(self.content)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PredictionContent: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['content']", _raw_type_)
            if type_ != "content":
                raise ValueError(f"type must match const 'content', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_content = d.pop("content", UNSET)
        try:
            content = _parse_content(_raw_content)

        except LENIENT_ERRORS:
            content = _raw_content

        parsed_obj_ = cls(
            type_=type_,
            content=content,
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
