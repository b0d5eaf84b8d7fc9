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


def _parse_logprobs(data: object) -> list[TranscriptTextDeltaEventLogprobsItem] | None | Unset:
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
                logprobs_type_0_item = TranscriptTextDeltaEventLogprobsItem.from_dict(
                    logprobs_type_0_item_data
                )

            except LENIENT_ERRORS:
                logprobs_type_0_item = logprobs_type_0_item_data
            logprobs_type_0.append(logprobs_type_0_item)

        return logprobs_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[TranscriptTextDeltaEventLogprobsItem] | None | Unset", data)


def _parse_segment_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


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
    logprobs: list[TranscriptTextDeltaEventLogprobsItem] | None | Unset = UNSET
    """ The log probabilities of the delta. Only included if you [create a transcription](/docs/api-
    reference/audio/create-transcription) with the `include[]` parameter set to `logprobs`.
     """
    segment_id: None | str | Unset = UNSET
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
            field_dict["segment_id"] = to_json(self.segment_id)
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
            logprobs = _parse_logprobs(_raw_logprobs)

        except LENIENT_ERRORS:
            logprobs = _raw_logprobs

        _raw_segment_id = d.pop("segment_id", UNSET)
        try:
            segment_id = _parse_segment_id(_raw_segment_id)

        except LENIENT_ERRORS:
            segment_id = _raw_segment_id

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
