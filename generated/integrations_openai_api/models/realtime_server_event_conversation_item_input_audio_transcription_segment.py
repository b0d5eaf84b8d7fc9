from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import as_float, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeServerEventConversationItemInputAudioTranscriptionSegment(ApiModel):
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

    type: Literal["conversation.item.input_audio_transcription.segment"] = (
        "conversation.item.input_audio_transcription.segment"
    )
    """ The event type, must be `conversation.item.input_audio_transcription.segment`. """

    _sdk_name_: ClassVar[str] = "ConversationItemInputAudioTranscriptionSegment"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("content_index", "content_index"),
        ("end", "end"),
        ("event_id", "event_id"),
        ("item_id", "item_id"),
        ("speaker", "speaker"),
        ("start", "start"),
        ("text", "text"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "event_id": "str",
        "type": "Literal['conversation.item.input_audio_transcription.segment']",
        "item_id": "str",
        "content_index": "int",
        "text": "str",
        "id": "str",
        "speaker": "str",
        "start": "float",
        "end": "float",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.content_index
        if value_2 is None:
            if "content_index" in present:
                out["content_index"] = None
        else:
            out["content_index"] = value_2
        value_3 = self.end
        if value_3 is None:
            if "end" in present:
                out["end"] = None
        else:
            out["end"] = value_3
        value_4 = self.event_id
        if value_4 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = value_4
        value_5 = self.item_id
        if value_5 is None:
            if "item_id" in present:
                out["item_id"] = None
        else:
            out["item_id"] = value_5
        value_6 = self.speaker
        if value_6 is None:
            if "speaker" in present:
                out["speaker"] = None
        else:
            out["speaker"] = value_6
        value_7 = self.start
        if value_7 is None:
            if "start" in present:
                out["start"] = None
        else:
            out["start"] = value_7
        value_8 = self.text
        if value_8 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = value_8
        value_9 = self.type
        if value_9 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_9
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.event_id = get_("event_id")
        parsed_obj_.type = get_("type")
        parsed_obj_.item_id = get_("item_id")
        parsed_obj_.content_index = get_("content_index")
        parsed_obj_.text = get_("text")
        parsed_obj_.id = get_("id")
        parsed_obj_.speaker = get_("speaker")
        parsed_obj_.start = as_float(get_("start"))
        parsed_obj_.end = as_float(get_("end"))
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
