from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
    from ..models.transcription_segment import TranscriptionSegment
    from ..models.transcription_word import TranscriptionWord

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, TranscriptTextUsageDuration, TranscriptionSegment, TranscriptionWord
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration  # noqa: PLC0415
    from ..models.transcription_segment import TranscriptionSegment  # noqa: PLC0415
    from ..models.transcription_word import TranscriptionWord  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateTranscriptionResponseVerboseJson")


def _parse_words(data: object) -> list[TranscriptionWord] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        words_type_0 = []
        _words_type_0 = data
        if not isinstance(_words_type_0, list):
            raise TypeError()
        for words_type_0_item_data in _words_type_0:
            try:
                words_type_0_item = TranscriptionWord.from_dict(words_type_0_item_data)

            except LENIENT_ERRORS:
                words_type_0_item = words_type_0_item_data
            words_type_0.append(words_type_0_item)

        return words_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[TranscriptionWord] | None | Unset", data)


def _parse_segments(data: object) -> list[TranscriptionSegment] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        segments_type_0 = []
        _segments_type_0 = data
        if not isinstance(_segments_type_0, list):
            raise TypeError()
        for segments_type_0_item_data in _segments_type_0:
            try:
                segments_type_0_item = TranscriptionSegment.from_dict(segments_type_0_item_data)

            except LENIENT_ERRORS:
                segments_type_0_item = segments_type_0_item_data
            segments_type_0.append(segments_type_0_item)

        return segments_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[TranscriptionSegment] | None | Unset", data)


def _parse_usage(data: object) -> None | TranscriptTextUsageDuration | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return TranscriptTextUsageDuration.from_dict(data)
    return cast("None | TranscriptTextUsageDuration | Unset", data)


@_attrs_define
class CreateTranscriptionResponseVerboseJson:
    """Represents a verbose json transcription response returned by model, based on the provided input."""

    language: str
    """ The language of the input audio. """
    duration: float
    """ The duration of the input audio. """
    text: str
    """ The transcribed text. """
    words: list[TranscriptionWord] | None | Unset = UNSET
    """ Extracted words and their corresponding timestamps. """
    segments: list[TranscriptionSegment] | None | Unset = UNSET
    """ Segments of the transcribed text and their corresponding details. """
    usage: None | TranscriptTextUsageDuration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "language",
        "duration",
        "text",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "language",
            "duration",
            "text",
            "words",
            "segments",
            "usage",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.language, Unset):
            field_dict["language"] = self.language
        if not isinstance(self.duration, Unset):
            field_dict["duration"] = self.duration
        if not isinstance(self.text, Unset):
            field_dict["text"] = self.text
        if self.words is not UNSET:
            field_dict["words"] = to_json(self.words)
        if self.segments is not UNSET:
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
                f"CreateTranscriptionResponseVerboseJson: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        language = d.pop("language", UNSET)

        duration = d.pop("duration", UNSET)

        text = d.pop("text", UNSET)

        _raw_words = d.pop("words", UNSET)
        try:
            words = _parse_words(_raw_words)

        except LENIENT_ERRORS:
            words = _raw_words

        _raw_segments = d.pop("segments", UNSET)
        try:
            segments = _parse_segments(_raw_segments)

        except LENIENT_ERRORS:
            segments = _raw_segments

        _raw_usage = d.pop("usage", UNSET)
        try:
            usage = _parse_usage(_raw_usage)

        except LENIENT_ERRORS:
            usage = _raw_usage

        parsed_obj_ = cls(
            language=language,
            duration=duration,
            text=text,
            words=words,
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
