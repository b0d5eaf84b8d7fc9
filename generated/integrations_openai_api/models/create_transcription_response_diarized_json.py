from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens
    from ..models.transcription_diarized_segment import TranscriptionDiarizedSegment

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        TranscriptTextUsageDuration, \
        TranscriptTextUsageTokens, \
        TranscriptionDiarizedSegment
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration  # noqa: PLC0415
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens  # noqa: PLC0415
    from ..models.transcription_diarized_segment import TranscriptionDiarizedSegment  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateTranscriptionResponseDiarizedJson")


def _parse_usage(
    data: object,
) -> None | TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
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
                "None | TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset",
                UnknownVariant(data),
            )
        return cast(
            "None | TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset",
            variant.from_dict(data),
        )
    return cast("None | TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset", data)


@_attrs_define
class CreateTranscriptionResponseDiarizedJson:
    """Represents a diarized transcription response returned by the model, including the combined transcript and speaker-
    segment annotations.

    """

    duration: float
    """ Duration of the input audio in seconds. """
    text: str
    """ The concatenated transcript text for the entire audio input. """
    segments: list[TranscriptionDiarizedSegment]
    """ Segments of the transcript annotated with timestamps and speaker labels. """
    task: Literal["transcribe"] = "transcribe"
    """ The type of task that was run. Always `transcribe`. """
    usage: None | TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset = UNSET
    """ Token or duration usage statistics for the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "task": ("transcribe",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "task",
        "duration",
        "text",
        "segments",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "task",
            "duration",
            "text",
            "segments",
            "usage",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.task, Unset):
            field_dict["task"] = self.task
        if not isinstance(self.duration, Unset):
            field_dict["duration"] = self.duration
        if not isinstance(self.text, Unset):
            field_dict["text"] = self.text
        if not isinstance(self.segments, Unset):
            field_dict["segments"] = to_json(self.segments)
        if self.usage is not UNSET:
            field_dict["usage"] = to_json(self.usage)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateTranscriptionResponseDiarizedJson: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_task = d.pop("task", UNSET)
        try:
            task = cast("Literal['transcribe']", _raw_task)
            if task != "transcribe":
                raise ValueError(f"task must match const 'transcribe', got '{task}'")
        except LENIENT_ERRORS:
            task = _raw_task

        duration = d.pop("duration", UNSET)

        text = d.pop("text", UNSET)

        _raw_segments = d.pop("segments", UNSET)
        try:
            segments = []
            _segments = _raw_segments
            if not isinstance(_segments, list):
                raise TypeError()
            for segments_item_data in _segments:
                try:
                    segments_item = TranscriptionDiarizedSegment.from_dict(segments_item_data)

                except LENIENT_ERRORS:
                    segments_item = segments_item_data
                segments.append(segments_item)

        except LENIENT_ERRORS:
            segments = _raw_segments

        _raw_usage = d.pop("usage", UNSET)
        try:
            usage = _parse_usage(_raw_usage)

        except LENIENT_ERRORS:
            usage = _raw_usage

        parsed_obj_ = cls(
            task=task,
            duration=duration,
            text=text,
            segments=segments,
            usage=usage,
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
