from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcription_segment import TranscriptionSegment

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, TranscriptionSegment
    from ..models.transcription_segment import TranscriptionSegment  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateTranslationResponseVerboseJson")


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


@_attrs_define
class CreateTranslationResponseVerboseJson:
    language: str
    """ The language of the output translation (always `english`). """
    duration: float
    """ The duration of the input audio. """
    text: str
    """ The translated text. """
    segments: list[TranscriptionSegment] | None | Unset = UNSET
    """ Segments of the translated text and their corresponding details. """
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
            "segments",
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
        if self.segments is not UNSET:
            field_dict["segments"] = to_json(self.segments)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateTranslationResponseVerboseJson: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        language = d.pop("language", UNSET)

        duration = d.pop("duration", UNSET)

        text = d.pop("text", UNSET)

        _raw_segments = d.pop("segments", UNSET)
        try:
            segments = _parse_segments(_raw_segments)

        except LENIENT_ERRORS:
            segments = _raw_segments

        parsed_obj_ = cls(
            language=language,
            duration=duration,
            text=text,
            segments=segments,
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
