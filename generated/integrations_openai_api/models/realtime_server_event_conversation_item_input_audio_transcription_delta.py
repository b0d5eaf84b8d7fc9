from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_prob_properties import LogProbProperties

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, LogProbProperties
    from ..models.log_prob_properties import LogProbProperties  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeServerEventConversationItemInputAudioTranscriptionDelta")


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
class RealtimeServerEventConversationItemInputAudioTranscriptionDelta:
    """Returned when the text value of an input audio transcription content part is updated with incremental transcription
    results.

    """

    event_id: str
    """ The unique ID of the server event. """
    item_id: str
    """ The ID of the item containing the audio that is being transcribed. """
    type_: Literal["conversation.item.input_audio_transcription.delta"] = (
        "conversation.item.input_audio_transcription.delta"
    )
    """ The event type, must be `conversation.item.input_audio_transcription.delta`. """
    content_index: int | Unset = UNSET
    """ The index of the content part in the item's content array. """
    delta: str | Unset = UNSET
    """ The text delta. """
    logprobs: list[LogProbProperties] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("conversation.item.input_audio_transcription.delta",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "event_id",
        "type",
        "item_id",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "event_id",
            "type",
            "item_id",
            "content_index",
            "delta",
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
        if self.content_index is not UNSET:
            field_dict["content_index"] = self.content_index
        if self.delta is not UNSET:
            field_dict["delta"] = self.delta
        if self.logprobs is not UNSET:
            field_dict["logprobs"] = to_json(self.logprobs)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeServerEventConversationItemInputAudioTranscriptionDelta: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        event_id = d.pop("event_id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['conversation.item.input_audio_transcription.delta']", _raw_type_)
            if type_ != "conversation.item.input_audio_transcription.delta":
                raise ValueError(
                    f"type must match const 'conversation.item.input_audio_transcription.delta', got '{type_}'"
                )
        except LENIENT_ERRORS:
            type_ = _raw_type_

        item_id = d.pop("item_id", UNSET)

        content_index = d.pop("content_index", UNSET)

        delta = d.pop("delta", UNSET)

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
            delta=delta,
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
