from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcription_segment import TranscriptionSegment

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, TranscriptionSegment
    from ..models.transcription_segment import TranscriptionSegment  # noqa: PLC0415

    _lazy_loaded = True


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


@_attrs_define(repr=False)
class CreateTranslationResponseVerboseJson(ApiModel):
    language: str
    """ The language of the output translation (always `english`). """

    duration: float
    """ The duration of the input audio. """

    text: str
    """ The translated text. """

    segments: list[TranscriptionSegment] | None = ABSENT
    """ Segments of the translated text and their corresponding details. """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("language", "language"),
        ("duration", "duration"),
        ("text", "text"),
        ("segments", "segments"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "language": "str",
        "duration": "float",
        "text": "str",
        "segments": "list[TranscriptionSegment] | None | Unset",
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
            "segments",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        language = d.pop("language", None)

        duration = d.pop("duration", None)

        text = d.pop("text", None)

        _raw_segments = d.pop("segments", UNSET)
        try:
            segments = _parse_segments(_raw_segments)

        except LENIENT_ERRORS:
            segments = _raw_segments

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.language = language
        parsed_obj_.duration = duration
        parsed_obj_.text = text
        parsed_obj_.segments = None if isinstance(segments, Unset) else segments
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
