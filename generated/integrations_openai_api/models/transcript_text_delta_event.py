from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcript_text_delta_event_logprobs_item import (
        TranscriptTextDeltaEventLogprobsItem,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, TranscriptTextDeltaEventLogprobsItem
    from ..models.transcript_text_delta_event_logprobs_item import (
        TranscriptTextDeltaEventLogprobsItem,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="TranscriptTextDeltaEvent")


@_attrs_define
class TranscriptTextDeltaEvent:
    """Emitted when there is an additional text delta. This is also the first event emitted when the transcription starts.
    Only emitted when you [create a transcription](/docs/api-reference/audio/create-transcription) with the `Stream`
    parameter set to `true`.

    """

    delta: str
    """ The text delta that was additionally transcribed.
     """
    type_: Literal["transcript.text.delta"] = "transcript.text.delta"
    """ The type of the event. Always `transcript.text.delta`.
     """
    logprobs: list[TranscriptTextDeltaEventLogprobsItem] | Unset = UNSET
    """ The log probabilities of the delta. Only included if you [create a transcription](/docs/api-
    reference/audio/create-transcription) with the `include[]` parameter set to `logprobs`.
     """
    segment_id: str | Unset = UNSET
    """ Identifier of the diarized segment that this delta belongs to. Only present when using `gpt-4o-transcribe-
    diarize`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("transcript.text.delta",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "delta",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "delta",
            "logprobs",
            "segment_id",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.delta, Unset):
            field_dict["delta"] = self.delta
        if self.logprobs is not UNSET:
            field_dict["logprobs"] = to_json(self.logprobs)
        if self.segment_id is not UNSET:
            field_dict["segment_id"] = self.segment_id
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"TranscriptTextDeltaEvent: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['transcript.text.delta']", _raw_type_)
            if type_ != "transcript.text.delta":
                raise ValueError(f"type must match const 'transcript.text.delta', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        delta = d.pop("delta", UNSET)

        _raw_logprobs = d.pop("logprobs", UNSET)
        try:
            _logprobs = _raw_logprobs
            logprobs: list[TranscriptTextDeltaEventLogprobsItem] | Unset = UNSET
            if _logprobs is not UNSET:
                if not isinstance(_logprobs, list):
                    raise TypeError()
                logprobs = []
                for logprobs_item_data in _logprobs:
                    try:
                        logprobs_item = TranscriptTextDeltaEventLogprobsItem.from_dict(
                            logprobs_item_data
                        )

                    except LENIENT_ERRORS:
                        logprobs_item = logprobs_item_data
                    logprobs.append(logprobs_item)

        except LENIENT_ERRORS:
            logprobs = _raw_logprobs

        segment_id = d.pop("segment_id", UNSET)

        parsed_obj_ = cls(
            type_=type_,
            delta=delta,
            logprobs=logprobs,
            segment_id=segment_id,
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
