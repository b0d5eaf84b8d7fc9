from __future__ import annotations

from typing import Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.realtime_conversation_item_with_reference_content_item_type import (
    RealtimeConversationItemWithReferenceContentItemType,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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

    _sdk_name_: ClassVar[str] = "ConversationItemContent"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("audio", "audio"),
        ("text", "text"),
        ("transcript", "transcript"),
        ("type", "type"),
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.audio
        if value_2 is None:
            if "audio" in present:
                out["audio"] = None
        else:
            out["audio"] = value_2
        value_3 = self.text
        if value_3 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = value_3
        value_4 = self.transcript
        if value_4 is None:
            if "transcript" in present:
                out["transcript"] = None
        else:
            out["transcript"] = value_4
        value_5 = self.type
        if value_5 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_5
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.text = get_("text")
        parsed_obj_.id = get_("id")
        parsed_obj_.audio = get_("audio")
        parsed_obj_.transcript = get_("transcript")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
