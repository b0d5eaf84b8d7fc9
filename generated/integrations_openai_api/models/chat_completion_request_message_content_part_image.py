from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_request_message_content_part_image_image_url import (
        ChatCompletionRequestMessageContentPartImageImageUrl,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, ChatCompletionRequestMessageContentPartImageImageUrl
    from ..models.chat_completion_request_message_content_part_image_image_url import (
        ChatCompletionRequestMessageContentPartImageImageUrl,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="ChatCompletionRequestMessageContentPartImage")


@_attrs_define
class ChatCompletionRequestMessageContentPartImage:
    """Learn about [image inputs](/docs/guides/vision)."""

    image_url: ChatCompletionRequestMessageContentPartImageImageUrl
    type_: Literal["image_url"] = "image_url"
    """ The type of the content part. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("image_url",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "image_url",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "image_url",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.image_url, Unset):
            field_dict["image_url"] = to_json(self.image_url)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ChatCompletionRequestMessageContentPartImage: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['image_url']", _raw_type_)
            if type_ != "image_url":
                raise ValueError(f"type must match const 'image_url', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_image_url = d.pop("image_url", UNSET)
        try:
            image_url = ChatCompletionRequestMessageContentPartImageImageUrl.from_dict(
                _raw_image_url
            )

        except LENIENT_ERRORS:
            image_url = _raw_image_url

        parsed_obj_ = cls(
            type_=type_,
            image_url=image_url,
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
