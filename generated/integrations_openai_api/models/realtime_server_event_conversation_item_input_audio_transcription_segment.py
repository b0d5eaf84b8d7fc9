from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeServerEventConversationItemInputAudioTranscriptionSegment")


@_attrs_define
class RealtimeServerEventConversationItemInputAudioTranscriptionSegment:
    """Returned when an input audio transcription segment is identified for an item."""

    event_id: str
    """ The unique ID of the server event. """
    item_id: str
    """ The ID of the item containing the input audio content. """
    content_index: int
    """ The index of the input audio content part within the item. """
    text: str
    """ The text for this segment. """
    id: str
    """ The segment identifier. """
    speaker: str
    """ The detected speaker label for this segment. """
    start: float
    """ Start time of the segment in seconds. """
    end: float
    """ End time of the segment in seconds. """
    type_: Literal["conversation.item.input_audio_transcription.segment"] = (
        "conversation.item.input_audio_transcription.segment"
    )
    """ The event type, must be `conversation.item.input_audio_transcription.segment`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("conversation.item.input_audio_transcription.segment",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "item_id",
        "content_index",
        "text",
        "id",
        "speaker",
        "start",
        "end",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "item_id",
            "content_index",
            "text",
            "id",
            "speaker",
            "start",
            "end",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.event_id, Unset):
            field_dict["event_id"] = self.event_id
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.item_id, Unset):
            field_dict["item_id"] = self.item_id
        if not isinstance(self.content_index, Unset):
            field_dict["content_index"] = self.content_index
        if not isinstance(self.text, Unset):
            field_dict["text"] = self.text
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.speaker, Unset):
            field_dict["speaker"] = self.speaker
        if not isinstance(self.start, Unset):
            field_dict["start"] = self.start
        if not isinstance(self.end, Unset):
            field_dict["end"] = self.end
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventConversationItemInputAudioTranscriptionSegment: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast(
                "Literal['conversation.item.input_audio_transcription.segment']", _raw_type_
            )
            if type_ != "conversation.item.input_audio_transcription.segment":
                raise ValueError(
                    f"type must match const 'conversation.item.input_audio_transcription.segment', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        item_id = d.pop("item_id", UNSET)

        content_index = d.pop("content_index", UNSET)

        text = d.pop("text", UNSET)

        id = d.pop("id", UNSET)

        speaker = d.pop("speaker", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        parsed_obj_ = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            text=text,
            id=id,
            speaker=speaker,
            start=start,
            end=end,
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
