from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.realtime_conversation_item_message_assistant_content_item_type import (
    RealtimeConversationItemMessageAssistantContentItemType,
    check_realtime_conversation_item_message_assistant_content_item_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeConversationItemMessageAssistantContentItem")


@_attrs_define
class RealtimeConversationItemMessageAssistantContentItem:
    type_: RealtimeConversationItemMessageAssistantContentItemType | Unset = UNSET
    """ The content type, `output_text` or `output_audio` depending on the session `output_modalities`
    configuration. """
    text: str | Unset = UNSET
    """ The text content. """
    audio: str | Unset = UNSET
    """ Base64-encoded audio bytes, these will be parsed as the format specified in the session output audio type
    configuration. This defaults to PCM 16-bit 24kHz mono if not specified. """
    transcript: str | Unset = UNSET
    """ The transcript of the audio content, this will always be present if the output type is `audio`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "output_audio",
            "output_text",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "text",
            "audio",
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
        if self.transcript is not UNSET:
            field_dict["transcript"] = self.transcript
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeConversationItemMessageAssistantContentItem: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: RealtimeConversationItemMessageAssistantContentItemType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_realtime_conversation_item_message_assistant_content_item_type(_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        text = d.pop("text", UNSET)

        audio = d.pop("audio", UNSET)

        transcript = d.pop("transcript", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            text=text,
            audio=audio,
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
