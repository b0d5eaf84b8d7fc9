from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class CreateTranscriptionResponseVerboseJson(ApiModel):
    """Represents a verbose json transcription response returned by model, based on the provided input."""

    language: str
    """ The language of the input audio. """

    duration: float
    """ The duration of the input audio. """

    text: str
    """ The transcribed text. """

    words: list[TranscriptionWord] | None = ABSENT
    """ Extracted words and their corresponding timestamps. """

    segments: list[TranscriptionSegment] | None = ABSENT
    """ Segments of the transcribed text and their corresponding details. """

    usage: TranscriptTextUsageDuration | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("language", "language"),
        ("duration", "duration"),
        ("text", "text"),
        ("words", "words"),
        ("segments", "segments"),
        ("usage", "usage"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "language": "str",
        "duration": "float",
        "text": "str",
        "words": "list[TranscriptionWord] | None | Unset",
        "segments": "list[TranscriptionSegment] | None | Unset",
        "usage": "None | TranscriptTextUsageDuration | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        language = d.pop("language", None)

        duration = d.pop("duration", None)

        text = d.pop("text", None)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.language = language
        parsed_obj_.duration = duration
        parsed_obj_.text = text
        parsed_obj_.words = None if isinstance(words, Unset) else words
        parsed_obj_.segments = None if isinstance(segments, Unset) else segments
        parsed_obj_.usage = None if isinstance(usage, Unset) else usage
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
