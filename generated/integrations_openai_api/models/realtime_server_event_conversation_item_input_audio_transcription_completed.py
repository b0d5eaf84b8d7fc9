from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
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


T = TypeVar("T", bound="RealtimeServerEventConversationItemInputAudioTranscriptionCompleted")


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
                logprobs_type_0_item = LogProbProperties.from_dict(logprobs_type_0_item_data)

            except LENIENT_ERRORS:
                logprobs_type_0_item = logprobs_type_0_item_data
            logprobs_type_0.append(logprobs_type_0_item)

        return logprobs_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[LogProbProperties] | None | Unset", data)


@_attrs_define
class RealtimeServerEventConversationItemInputAudioTranscriptionCompleted:
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
    usage: TranscriptTextUsageDuration | TranscriptTextUsageTokens
    """ Usage statistics for the transcription, this is billed according to the ASR model's pricing rather than the
    realtime model's pricing. """
    type_: Literal["conversation.item.input_audio_transcription.completed"] = (
        "conversation.item.input_audio_transcription.completed"
    )
    """ The event type, must be
    `conversation.item.input_audio_transcription.completed`.
     """
    logprobs: list[LogProbProperties] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        if not isinstance(self.transcript, Unset):
            field_dict["transcript"] = self.transcript
        if not isinstance(self.usage, Unset):
            field_dict["usage"] = to_json(self.usage)
        if self.logprobs is not UNSET:
            field_dict["logprobs"] = to_json(self.logprobs)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventConversationItemInputAudioTranscriptionCompleted: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast(
                "Literal['conversation.item.input_audio_transcription.completed']", _raw_type_
            )
            if type_ != "conversation.item.input_audio_transcription.completed":
                raise ValueError(
                    f"type must match const 'conversation.item.input_audio_transcription.completed', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        item_id = d.pop("item_id", UNSET)

        content_index = d.pop("content_index", UNSET)

        transcript = d.pop("transcript", UNSET)

        _raw_usage = d.pop("usage", UNSET)
        try:
            usage = _parse_usage(_raw_usage)

        except LENIENT_ERRORS:
            usage = _raw_usage

        _raw_logprobs = d.pop("logprobs", UNSET)
        try:
            logprobs = _parse_logprobs(_raw_logprobs)

        except LENIENT_ERRORS:
            logprobs = _raw_logprobs

        parsed_obj_ = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            transcript=transcript,
            usage=usage,
            logprobs=logprobs,
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
