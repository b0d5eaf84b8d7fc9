from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.realtime_conversation_item_with_reference_content_item_type import (
    RealtimeConversationItemWithReferenceContentItemType,
    check_realtime_conversation_item_with_reference_content_item_type,
)
from ..types import UNSET, Unset


@_attrs_define(repr=False)
class RealtimeConversationItemWithReferenceContentItem(ApiModel):
    type: RealtimeConversationItemWithReferenceContentItemType | str | None = ABSENT
    """ The content type (`input_text`, `input_audio`, `item_reference`, `text`).
     """

    text: str | None = ABSENT
    """ The text content, used for `input_text` and `text` content types.
     """

    id: str | None = ABSENT
    """ ID of a previous conversation item to reference (for `item_reference`
    content types in `response.create` events). These can reference both
    client and server created items.
     """

    audio: str | None = ABSENT
    """ Base64-encoded audio bytes, used for `input_audio` content type.
     """

    transcript: str | None = ABSENT
    """ The transcript of the audio, used for `input_audio` content type.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("text", "text"),
        ("id", "id"),
        ("audio", "audio"),
        ("transcript", "transcript"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "RealtimeConversationItemWithReferenceContentItemType | Unset",
        "text": "str | Unset",
        "id": "str | Unset",
        "audio": "str | Unset",
        "transcript": "str | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": (
            "input_audio",
            "input_text",
            "item_reference",
            "text",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "text",
            "id",
            "audio",
            "transcript",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", UNSET)
        try:
            _type_ = _raw_type_
            type_: RealtimeConversationItemWithReferenceContentItemType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_realtime_conversation_item_with_reference_content_item_type(_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        text = d.pop("text", None)

        id = d.pop("id", None)

        audio = d.pop("audio", None)

        transcript = d.pop("transcript", None)

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = None if isinstance(type_, Unset) else type_
        parsed_obj_.text = text
        parsed_obj_.id = id
        parsed_obj_.audio = audio
        parsed_obj_.transcript = transcript
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
