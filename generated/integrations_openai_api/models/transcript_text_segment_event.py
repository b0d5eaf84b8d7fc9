from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptTextSegmentEvent")


@_attrs_define
class TranscriptTextSegmentEvent:
    """Emitted when a diarized transcription returns a completed segment with speaker information. Only emitted when you
    [create a transcription](/docs/api-reference/audio/create-transcription) with `stream` set to `true` and
    `response_format` set to `diarized_json`.

    """

    id: str
    """ Unique identifier for the segment. """
    start: float
    """ Start timestamp of the segment in seconds. """
    end: float
    """ End timestamp of the segment in seconds. """
    text: str
    """ Transcript text for this segment. """
    speaker: str
    """ Speaker label for this segment. """
    type_: Literal["transcript.text.segment"] = "transcript.text.segment"
    """ The type of the event. Always `transcript.text.segment`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("transcript.text.segment",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "start",
        "end",
        "text",
        "speaker",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "start",
            "end",
            "text",
            "speaker",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.start, Unset):
            field_dict["start"] = self.start
        if not isinstance(self.end, Unset):
            field_dict["end"] = self.end
        if not isinstance(self.text, Unset):
            field_dict["text"] = self.text
        if not isinstance(self.speaker, Unset):
            field_dict["speaker"] = self.speaker
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"TranscriptTextSegmentEvent: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['transcript.text.segment']", _raw_type_)
            if type_ != "transcript.text.segment":
                raise ValueError(f"type must match const 'transcript.text.segment', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        id = d.pop("id", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        text = d.pop("text", UNSET)

        speaker = d.pop("speaker", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            id=id,
            start=start,
            end=end,
            text=text,
            speaker=speaker,
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
