from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..models.realtime_conversation_item_message_user_content_item_detail import (
    RealtimeConversationItemMessageUserContentItemDetail,
    check_realtime_conversation_item_message_user_content_item_detail,
)
from ..models.realtime_conversation_item_message_user_content_item_type import (
    RealtimeConversationItemMessageUserContentItemType,
    check_realtime_conversation_item_message_user_content_item_type,
)
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class RealtimeConversationItemMessageUserContentItem(ApiModel):
    type: RealtimeConversationItemMessageUserContentItemType | str | None = ABSENT
    """ The content type (`input_text`, `input_audio`, or `input_image`). """

    text: str | None = ABSENT
    """ The text content (for `input_text`). """

    audio: str | None = ABSENT
    """ Base64-encoded audio bytes (for `input_audio`), these will be parsed as the format specified in the session
    input audio type configuration. This defaults to PCM 16-bit 24kHz mono if not specified. """

    image_url: str | None = ABSENT
    """ Base64-encoded image bytes (for `input_image`) as a data URI. For example
    `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA...`. Supported formats are PNG and JPEG. """

    detail: RealtimeConversationItemMessageUserContentItemDetail | str | None = ABSENT
    """ The detail level of the image (for `input_image`). `auto` will default to `high`.

    Server default: `"auto"`. """

    transcript: str | None = ABSENT
    """ Transcript of the audio (for `input_audio`). This is not sent to the model, but will be attached to the
    message item for reference. """

    _sdk_name_: ClassVar[str] = "Content"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audio", "audio"),
        ("detail", "detail"),
        ("image_url", "image_url"),
        ("text", "text"),
        ("transcript", "transcript"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "RealtimeConversationItemMessageUserContentItemType | Unset",
        "text": "str | Unset",
        "audio": "str | Unset",
        "image_url": "str | Unset",
        "detail": "RealtimeConversationItemMessageUserContentItemDetail | Unset",
        "transcript": "str | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.audio
        if value_1 is None:
            if "audio" in present:
                out["audio"] = None
        else:
            out["audio"] = value_1
        value_2 = self.detail
        if value_2 is None:
            if "detail" in present:
                out["detail"] = None
        else:
            out["detail"] = value_2
        value_3 = self.image_url
        if value_3 is None:
            if "image_url" in present:
                out["image_url"] = None
        else:
            out["image_url"] = value_3
        value_4 = self.text
        if value_4 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = value_4
        value_5 = self.transcript
        if value_5 is None:
            if "transcript" in present:
                out["transcript"] = None
        else:
            out["transcript"] = value_5
        value_6 = self.type
        if value_6 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_6
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
            type_: RealtimeConversationItemMessageUserContentItemType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_realtime_conversation_item_message_user_content_item_type(_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        text = d.pop("text", None)

        audio = d.pop("audio", None)

        image_url = d.pop("image_url", None)

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

        transcript = d.pop("transcript", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = None if isinstance(type_, Unset) else type_
        parsed_obj_.text = text
        parsed_obj_.audio = audio
        parsed_obj_.image_url = image_url
        parsed_obj_.detail = None if isinstance(detail, Unset) else detail
        parsed_obj_.transcript = transcript
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
