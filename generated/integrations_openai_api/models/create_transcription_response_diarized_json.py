from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, as_float, to_json
from .._runtime.model import (
    ABSENT,
    AbsentList,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_usage(data: object) -> TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset:
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
                "TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset",
                UnknownVariant(data),
            )
        return cast(
            "TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset",
            variant.from_dict(data),
        )
    return cast("TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset", data)


@_attrs_define(repr=False)
class CreateTranscriptionResponseDiarizedJson(ApiModel):
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

    usage: TranscriptTextUsageDuration | TranscriptTextUsageTokens | UnknownVariant | None = ABSENT
    """ Token or duration usage statistics for the request. """

    _sdk_name_: ClassVar[str] = "TranscriptionDiarized"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "usage": {
            "TranscriptTextUsageDuration": "UsageDuration",
            "TranscriptTextUsageTokens": "UsageTokens",
        }
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("duration", "duration"),
        ("segments", "segments"),
        ("task", "task"),
        ("text", "text"),
        ("usage", "usage"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "task": "Literal['transcribe']",
        "duration": "float",
        "text": "str",
        "segments": "list[TranscriptionDiarizedSegment]",
        "usage": "TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.duration
        if value_1 is None:
            if "duration" in present:
                out["duration"] = None
        else:
            out["duration"] = value_1
        value_2 = self.segments
        if value_2 is None:
            if "segments" in present:
                out["segments"] = None
        elif value_2 or not isinstance(value_2, AbsentList) or "segments" in present:
            out["segments"] = to_json(value_2)
        value_3 = self.task
        if value_3 is None:
            if "task" in present:
                out["task"] = None
        else:
            out["task"] = value_3
        value_4 = self.text
        if value_4 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = value_4
        value_5 = self.usage
        if value_5 is None:
            if "usage" in present:
                out["usage"] = None
        else:
            out["usage"] = to_json(value_5)
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
        parsed_obj_.task = get_("task")
        parsed_obj_.duration = as_float(get_("duration"))
        parsed_obj_.text = get_("text")
        _raw_segments = get_("segments", UNSET)
        try:
            segments = []
            _segments = _raw_segments
            if not isinstance(_segments, list):
                raise TypeError()
            for segments_item_data in _segments:
                try:
                    segments_item = (
                        TranscriptionDiarizedSegment._from_dict_(segments_item_data)
                        if segments_item_data.__class__ is dict
                        else TranscriptionDiarizedSegment.from_dict(segments_item_data)
                    )
                except LENIENT_ERRORS:
                    segments_item = segments_item_data
                segments.append(segments_item)

        except LENIENT_ERRORS:
            segments = _raw_segments
        parsed_obj_.segments = AbsentList() if isinstance(segments, Unset) else segments
        _raw_usage = get_("usage", UNSET)
        if _raw_usage is not UNSET:
            try:
                usage = _parse_usage(_raw_usage)

            except LENIENT_ERRORS:
                usage = _raw_usage
        else:
            usage = _raw_usage
        parsed_obj_.usage = None if isinstance(usage, Unset) else usage
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
