from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.realtime_conversation_item_message_user_content_item_detail import (
    RealtimeConversationItemMessageUserContentItemDetail,
    check_realtime_conversation_item_message_user_content_item_detail,
)
from ..models.realtime_conversation_item_message_user_content_item_type import (
    RealtimeConversationItemMessageUserContentItemType,
    check_realtime_conversation_item_message_user_content_item_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeConversationItemMessageUserContentItem")


@_attrs_define
class RealtimeConversationItemMessageUserContentItem:
    type_: RealtimeConversationItemMessageUserContentItemType | Unset = UNSET
    """ The content type (`input_text`, `input_audio`, or `input_image`). """
    text: str | Unset = UNSET
    """ The text content (for `input_text`). """
    audio: str | Unset = UNSET
    """ Base64-encoded audio bytes (for `input_audio`), these will be parsed as the format specified in the session
    input audio type configuration. This defaults to PCM 16-bit 24kHz mono if not specified. """
    image_url: str | Unset = UNSET
    """ Base64-encoded image bytes (for `input_image`) as a data URI. For example
    `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA...`. Supported formats are PNG and JPEG. """
    detail: RealtimeConversationItemMessageUserContentItemDetail | Unset = UNSET
    """ The detail level of the image (for `input_image`). `auto` will default to `high`.

    Server default: `"auto"`. """
    transcript: str | Unset = UNSET
    """ Transcript of the audio (for `input_audio`). This is not sent to the model, but will be attached to the
    message item for reference. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "input_audio",
            "input_image",
            "input_text",
        ),
        "detail": (
            "auto",
            "high",
            "low",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "text",
            "audio",
            "image_url",
            "detail",
            "transcript",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.audio is not UNSET:
            field_dict["audio"] = self.audio
        if self.image_url is not UNSET:
            field_dict["image_url"] = self.image_url
        if self.detail is not UNSET:
            field_dict["detail"] = self.detail
        if self.transcript is not UNSET:
            field_dict["transcript"] = self.transcript
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeConversationItemMessageUserContentItem: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: RealtimeConversationItemMessageUserContentItemType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_realtime_conversation_item_message_user_content_item_type(_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        text = d.pop("text", UNSET)

        audio = d.pop("audio", UNSET)

        image_url = d.pop("image_url", UNSET)

        _raw_detail = d.pop("detail", UNSET)
        try:
            _detail = _raw_detail
            detail: RealtimeConversationItemMessageUserContentItemDetail | Unset
            if isinstance(_detail, Unset):
                detail = UNSET
            else:
                detail = check_realtime_conversation_item_message_user_content_item_detail(_detail)

        except LENIENT_ERRORS:
            detail = _raw_detail

        transcript = d.pop("transcript", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            text=text,
            audio=audio,
            image_url=image_url,
            detail=detail,
            transcript=transcript,
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
