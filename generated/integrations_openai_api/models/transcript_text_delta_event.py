from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class TranscriptTextDeltaEvent(ApiModel):
    """Emitted when there is an additional text delta. This is also the first event emitted when the transcription starts.
    Only emitted when you [create a transcription](https://platform.openai.com/docs/api-reference/audio/create-
    transcription) with the `Stream` parameter set to `true`.

    """

    delta: str
    """ The text delta that was additionally transcribed.
     """

    type: Literal["transcript.text.delta"] = "transcript.text.delta"
    """ The type of the event. Always `transcript.text.delta`.
     """

    logprobs: list[TranscriptTextDeltaEventLogprobsItem] | None = ABSENT
    """ The log probabilities of the delta. Only included if you [create a
    transcription](https://platform.openai.com/docs/api-reference/audio/create-transcription) with the `include[]`
    parameter set to `logprobs`.
     """

    segment_id: str | None = ABSENT
    """ Identifier of the diarized segment that this delta belongs to. Only present when using `gpt-4o-transcribe-
    diarize`.
     """

    _sdk_name_: ClassVar[str] = "TranscriptionTextDeltaEvent"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("delta", "delta"),
        ("type", "type"),
        ("logprobs", "logprobs"),
        ("segment_id", "segment_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['transcript.text.delta']",
        "delta": "str",
        "logprobs": "list[TranscriptTextDeltaEventLogprobsItem] | Unset",
        "segment_id": "str | Unset",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.delta
        if value_1 is None:
            if "delta" in present:
                out["delta"] = None
        else:
            out["delta"] = value_1
        value_2 = self.type
        if value_2 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_2
        value_3 = self.logprobs
        if value_3 is None:
            if "logprobs" in present:
                out["logprobs"] = None
        else:
            out["logprobs"] = to_json(value_3)
        value_4 = self.segment_id
        if value_4 is None:
            if "segment_id" in present:
                out["segment_id"] = None
        else:
            out["segment_id"] = value_4
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
        parsed_obj_.type = get_("type")
        parsed_obj_.delta = get_("delta")
        _raw_logprobs = get_("logprobs", UNSET)
        try:
            _logprobs = _raw_logprobs
            logprobs: list[TranscriptTextDeltaEventLogprobsItem] | Unset = UNSET
            if _logprobs is not UNSET:
                if not isinstance(_logprobs, list):
                    raise TypeError()
                logprobs = []
                for logprobs_item_data in _logprobs:
                    try:
                        logprobs_item = (
                            TranscriptTextDeltaEventLogprobsItem._from_dict_(logprobs_item_data)
                            if logprobs_item_data.__class__ is dict
                            else TranscriptTextDeltaEventLogprobsItem.from_dict(logprobs_item_data)
                        )
                    except LENIENT_ERRORS:
                        logprobs_item = logprobs_item_data
                    logprobs.append(logprobs_item)

        except LENIENT_ERRORS:
            logprobs = _raw_logprobs
        parsed_obj_.logprobs = None if isinstance(logprobs, Unset) else logprobs
        parsed_obj_.segment_id = get_("segment_id")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
