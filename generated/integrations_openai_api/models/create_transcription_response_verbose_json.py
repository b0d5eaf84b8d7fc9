from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
    """ Usage statistics for models billed by audio input duration. """

    _sdk_name_: ClassVar[str] = "TranscriptionVerbose"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "usage": {"TranscriptTextUsageDuration": "Usage"}
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("duration", "duration"),
        ("language", "language"),
        ("text", "text"),
        ("segments", "segments"),
        ("usage", "usage"),
        ("words", "words"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "language": "str",
        "duration": "float",
        "text": "str",
        "words": "list[TranscriptionWord] | Unset",
        "segments": "list[TranscriptionSegment] | Unset",
        "usage": "TranscriptTextUsageDuration | Unset",
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.duration
        if value_1 is None:
            if "duration" in present:
                out["duration"] = None
        else:
            out["duration"] = value_1
        value_2 = self.language
        if value_2 is None:
            if "language" in present:
                out["language"] = None
        else:
            out["language"] = value_2
        value_3 = self.text
        if value_3 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = value_3
        value_4 = self.segments
        if value_4 is None:
            if "segments" in present:
                out["segments"] = None
        else:
            out["segments"] = to_json(value_4)
        value_5 = self.usage
        if value_5 is None:
            if "usage" in present:
                out["usage"] = None
        else:
            out["usage"] = to_json(value_5)
        value_6 = self.words
        if value_6 is None:
            if "words" in present:
                out["words"] = None
        else:
            out["words"] = to_json(value_6)
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
        parsed_obj_.language = get_("language")
        parsed_obj_.duration = as_float(get_("duration"))
        parsed_obj_.text = get_("text")
        _raw_words = get_("words", UNSET)
        try:
            _words = _raw_words
            words: list[TranscriptionWord] | Unset = UNSET
            if _words is not UNSET:
                if not isinstance(_words, list):
                    raise TypeError()
                words = []
                for words_item_data in _words:
                    try:
                        words_item = (
                            TranscriptionWord._from_dict_(words_item_data)
                            if words_item_data.__class__ is dict
                            else TranscriptionWord.from_dict(words_item_data)
                        )
                    except LENIENT_ERRORS:
                        words_item = words_item_data
                    words.append(words_item)

        except LENIENT_ERRORS:
            words = _raw_words
        parsed_obj_.words = None if isinstance(words, Unset) else words
        _raw_segments = get_("segments", UNSET)
        try:
            _segments = _raw_segments
            segments: list[TranscriptionSegment] | Unset = UNSET
            if _segments is not UNSET:
                if not isinstance(_segments, list):
                    raise TypeError()
                segments = []
                for segments_item_data in _segments:
                    try:
                        segments_item = (
                            TranscriptionSegment._from_dict_(segments_item_data)
                            if segments_item_data.__class__ is dict
                            else TranscriptionSegment.from_dict(segments_item_data)
                        )
                    except LENIENT_ERRORS:
                        segments_item = segments_item_data
                    segments.append(segments_item)

        except LENIENT_ERRORS:
            segments = _raw_segments
        parsed_obj_.segments = None if isinstance(segments, Unset) else segments
        usage = get_("usage")
        if usage is not None:
            try:
                usage = (
                    TranscriptTextUsageDuration._from_dict_(usage)
                    if usage.__class__ is dict
                    else TranscriptTextUsageDuration.from_dict(usage)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.usage = usage
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
