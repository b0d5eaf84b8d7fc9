from __future__ import annotations

from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import as_float, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class TranscriptionDiarizedSegment(ApiModel):
    """A segment of diarized transcript text with speaker metadata."""

    id: str
    """ Unique identifier for the segment. """

    start: float
    """ Start timestamp of the segment in seconds. """

    end: float
    """ End timestamp of the segment in seconds. """

    text: str
    """ Transcript text for this segment. """

    speaker: str
    """ Speaker label for this segment. When known speakers are provided, the label matches `known_speaker_names[]`.
    Otherwise speakers are labeled sequentially using capital letters (`A`, `B`, ...).
     """

    type: Literal["transcript.text.segment"] = "transcript.text.segment"
    """ The type of the segment. Always `transcript.text.segment`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("end", "end"),
        ("speaker", "speaker"),
        ("start", "start"),
        ("text", "text"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['transcript.text.segment']",
        "id": "str",
        "start": "float",
        "end": "float",
        "text": "str",
        "speaker": "str",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("transcript.text.segment",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "id",
        "start",
        "end",
        "text",
        "speaker",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "id",
            "start",
            "end",
            "text",
            "speaker",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.end
        if value_2 is None:
            if "end" in present:
                out["end"] = None
        else:
            out["end"] = value_2
        value_3 = self.speaker
        if value_3 is None:
            if "speaker" in present:
                out["speaker"] = None
        else:
            out["speaker"] = value_3
        value_4 = self.start
        if value_4 is None:
            if "start" in present:
                out["start"] = None
        else:
            out["start"] = value_4
        value_5 = self.text
        if value_5 is None:
            if "text" in present:
                out["text"] = None
        else:
            out["text"] = value_5
        value_6 = self.type
        if value_6 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_6
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = get_("type")
        parsed_obj_.id = get_("id")
        parsed_obj_.start = as_float(get_("start"))
        parsed_obj_.end = as_float(get_("end"))
        parsed_obj_.text = get_("text")
        parsed_obj_.speaker = get_("speaker")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
