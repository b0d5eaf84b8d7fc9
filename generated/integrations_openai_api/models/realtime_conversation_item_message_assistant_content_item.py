from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..models.realtime_conversation_item_message_assistant_content_item_type import (
    RealtimeConversationItemMessageAssistantContentItemType,
    check_realtime_conversation_item_message_assistant_content_item_type,
)
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class RealtimeConversationItemMessageAssistantContentItem(ApiModel):
    type: RealtimeConversationItemMessageAssistantContentItemType | str | None = ABSENT
    """ The content type, `output_text` or `output_audio` depending on the session `output_modalities`
    configuration. """

    text: str | None = ABSENT
    """ The text content. """

    audio: str | None = ABSENT
    """ Base64-encoded audio bytes, these will be parsed as the format specified in the session output audio type
    configuration. This defaults to PCM 16-bit 24kHz mono if not specified. """

    transcript: str | None = ABSENT
    """ The transcript of the audio content, this will always be present if the output type is `audio`. """

    _sdk_name_: ClassVar[str] = "Content"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audio", "audio"),
        ("text", "text"),
        ("transcript", "transcript"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "RealtimeConversationItemMessageAssistantContentItemType | Unset",
        "text": "str | Unset",
        "audio": "str | Unset",
        "transcript": "str | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.audio
        if value_1 is None:
            if "audio" in present:
                out["audio"] = None
        else:
            out["audio"] = value_1
        value_2 = self.text
        if value_2 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = value_2
        value_3 = self.transcript
        if value_3 is None:
            if "transcript" in present:
                out["transcript"] = None
        else:
            out["transcript"] = value_3
        value_4 = self.type
        if value_4 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_4
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
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

        text = d.pop("text", None)

        audio = d.pop("audio", None)

        transcript = d.pop("transcript", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = None if isinstance(type_, Unset) else type_
        parsed_obj_.text = text
        parsed_obj_.audio = audio
        parsed_obj_.transcript = transcript
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
