from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError
    from ..models.realtime_beta_server_event_conversation_item_input_audio_transcription_failed_error import (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError,  # noqa: PLC0415
    )

    _lazy_loaded = True


@_attrs_define(repr=False)
class RealtimeServerEventConversationItemInputAudioTranscriptionFailed(ApiModel):
    """Returned when input audio transcription is configured, and a transcription
    request for a user message failed. These events are separate from other
    `error` events so that the client can identify the related Item.

    """

    event_id: str
    """ The unique ID of the server event. """

    item_id: str
    """ The ID of the user message item. """

    content_index: int
    """ The index of the content part containing the audio. """

    error: RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError
    """ Details of the transcription error. """

    type: Literal["conversation.item.input_audio_transcription.failed"] = (
        "conversation.item.input_audio_transcription.failed"
    )
    """ The event type, must be
    `conversation.item.input_audio_transcription.failed`.
     """

    _sdk_name_: ClassVar[str] = "ConversationItemInputAudioTranscriptionFailedEvent"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content_index", "content_index"),
        ("error", "error"),
        ("event_id", "event_id"),
        ("item_id", "item_id"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "event_id": "str",
        "type": "Literal['conversation.item.input_audio_transcription.failed']",
        "item_id": "str",
        "content_index": "int",
        "error": "RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("conversation.item.input_audio_transcription.failed",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "item_id",
        "content_index",
        "error",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "item_id",
            "content_index",
            "error",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.content_index
        if value_1 is None:
            if "content_index" in present:
                out["content_index"] = None
        else:
            out["content_index"] = value_1
        value_2 = self.error
        if value_2 is None:
            if "error" in present:
                out["error"] = None
        else:
            out["error"] = to_json(value_2)
        value_3 = self.event_id
        if value_3 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = value_3
        value_4 = self.item_id
        if value_4 is None:
            if "item_id" in present:
                out["item_id"] = None
        else:
            out["item_id"] = value_4
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
        if not _lazy_loaded:
            _load_lazy_imports()
        event_id = d.pop("event_id", None)

        type_ = d.pop("type", None)

        item_id = d.pop("item_id", None)

        content_index = d.pop("content_index", None)

        _raw_error = d.pop("error", None)
        try:
            error = (
                RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError.from_dict(
                    _raw_error
                )
            )

        except LENIENT_ERRORS:
            error = _raw_error

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.event_id = event_id
        parsed_obj_.type = type_
        parsed_obj_.item_id = item_id
        parsed_obj_.content_index = content_index
        parsed_obj_.error = error
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
