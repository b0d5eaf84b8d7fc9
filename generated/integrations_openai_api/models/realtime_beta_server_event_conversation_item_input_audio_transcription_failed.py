from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailed(ApiModel):
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

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("event_id", "event_id"),
        ("type", "type"),
        ("item_id", "item_id"),
        ("content_index", "content_index"),
        ("error", "error"),
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
        value_1 = self.event_id
        if value_1 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.item_id
        if value_3 is None:
            if "item_id" in present:
                out["item_id"] = None
        else:
            out["item_id"] = value_3
        value_4 = self.content_index
        if value_4 is None:
            if "content_index" in present:
                out["content_index"] = None
        else:
            out["content_index"] = value_4
        value_5 = self.error
        if value_5 is None:
            if "error" in present:
                out["error"] = None
        else:
            out["error"] = to_json(value_5)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.event_id = get_("event_id")
        parsed_obj_.type = get_("type")
        parsed_obj_.item_id = get_("item_id")
        parsed_obj_.content_index = get_("content_index")
        error = get_("error")
        if error is not None:
            try:
                error = (
                    RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError._from_dict_(
                        error
                    )
                    if error.__class__ is dict
                    else RealtimeBetaServerEventConversationItemInputAudioTranscriptionFailedError.from_dict(
                        error
                    )
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.error = error
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
