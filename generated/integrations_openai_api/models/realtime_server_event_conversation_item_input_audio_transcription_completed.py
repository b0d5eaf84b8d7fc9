from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_prob_properties import LogProbProperties
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, LogProbProperties, TranscriptTextUsageDuration, TranscriptTextUsageTokens
    from ..models.log_prob_properties import LogProbProperties  # noqa: PLC0415
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration  # noqa: PLC0415
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_usage(data: object) -> TranscriptTextUsageDuration | TranscriptTextUsageTokens:
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                TranscriptTextUsageTokens,
                TranscriptTextUsageDuration,
            ),
        )
        if variant is None:
            return cast(
                "TranscriptTextUsageDuration | TranscriptTextUsageTokens", UnknownVariant(data)
            )
        return cast(
            "TranscriptTextUsageDuration | TranscriptTextUsageTokens", variant.from_dict(data)
        )
    return cast("TranscriptTextUsageDuration | TranscriptTextUsageTokens", data)


def _parse_logprobs(data: object) -> list[LogProbProperties] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        logprobs_type_0 = []
        _logprobs_type_0 = data
        if not isinstance(_logprobs_type_0, list):
            raise TypeError()
        for logprobs_type_0_item_data in _logprobs_type_0:
            try:
                logprobs_type_0_item = (
                    LogProbProperties._from_dict_(logprobs_type_0_item_data)
                    if logprobs_type_0_item_data.__class__ is dict
                    else LogProbProperties.from_dict(logprobs_type_0_item_data)
                )
            except LENIENT_ERRORS:
                logprobs_type_0_item = logprobs_type_0_item_data
            logprobs_type_0.append(logprobs_type_0_item)

        return logprobs_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[LogProbProperties] | None | Unset", data)


@_attrs_define(repr=False)
class RealtimeServerEventConversationItemInputAudioTranscriptionCompleted(ApiModel):
    """This event is the output of audio transcription for user audio written to the
    user audio buffer. Transcription begins when the input audio buffer is
    committed by the client or server (when VAD is enabled). Transcription runs
    asynchronously with Response creation, so this event may come before or after
    the Response events.

    Realtime API models accept audio natively, and thus input transcription is a
    separate process run on a separate ASR (Automatic Speech Recognition) model.
    The transcript may diverge somewhat from the model's interpretation, and
    should be treated as a rough guide.

    """

    event_id: str
    """ The unique ID of the server event. """

    item_id: str
    """ The ID of the item containing the audio that is being transcribed. """

    content_index: int
    """ The index of the content part containing the audio. """

    transcript: str
    """ The transcribed text. """

    usage: TranscriptTextUsageDuration | TranscriptTextUsageTokens | UnknownVariant
    """ Usage statistics for the transcription, this is billed according to the ASR model's pricing rather than the
    realtime model's pricing. """

    type: Literal["conversation.item.input_audio_transcription.completed"] = (
        "conversation.item.input_audio_transcription.completed"
    )
    """ The event type, must be
    `conversation.item.input_audio_transcription.completed`.
     """

    logprobs: list[LogProbProperties] | None = ABSENT

    _sdk_name_: ClassVar[str] = "ConversationItemInputAudioTranscriptionCompletedEvent"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "logprobs": {"LogProbProperties": "Logprob"},
        "usage": {
            "TranscriptTextUsageDuration": "UsageTranscriptTextUsageDuration",
            "TranscriptTextUsageTokens": "UsageTranscriptTextUsageTokens",
        },
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content_index", "content_index"),
        ("event_id", "event_id"),
        ("item_id", "item_id"),
        ("transcript", "transcript"),
        ("type", "type"),
        ("usage", "usage"),
        ("logprobs", "logprobs"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "event_id": "str",
        "type": "Literal['conversation.item.input_audio_transcription.completed']",
        "item_id": "str",
        "content_index": "int",
        "transcript": "str",
        "usage": "TranscriptTextUsageDuration | TranscriptTextUsageTokens",
        "logprobs": "list[LogProbProperties] | None | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("conversation.item.input_audio_transcription.completed",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "item_id",
        "content_index",
        "transcript",
        "usage",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "item_id",
            "content_index",
            "transcript",
            "usage",
            "logprobs",
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
        value_2 = self.event_id
        if value_2 is None:
            if "event_id" in present:
                out["event_id"] = None
        else:
            out["event_id"] = value_2
        value_3 = self.item_id
        if value_3 is None:
            if "item_id" in present:
                out["item_id"] = None
        else:
            out["item_id"] = value_3
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
        value_6 = self.usage
        if value_6 is None:
            if "usage" in present:
                out["usage"] = None
        else:
            out["usage"] = to_json(value_6)
        value_7 = self.logprobs
        if value_7 is None:
            if "logprobs" in present:
                out["logprobs"] = None
        else:
            out["logprobs"] = to_json(value_7)
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
        parsed_obj_.transcript = get_("transcript")
        _raw_usage = get_("usage", None)
        try:
            usage = _parse_usage(_raw_usage)

        except LENIENT_ERRORS:
            usage = _raw_usage
        parsed_obj_.usage = usage
        _raw_logprobs = get_("logprobs", UNSET)
        if _raw_logprobs is not None and _raw_logprobs is not UNSET:
            try:
                logprobs = _parse_logprobs(_raw_logprobs)

            except LENIENT_ERRORS:
                logprobs = _raw_logprobs
        else:
            logprobs = _raw_logprobs
        parsed_obj_.logprobs = None if isinstance(logprobs, Unset) else logprobs
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
