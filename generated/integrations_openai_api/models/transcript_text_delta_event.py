from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class TranscriptTextDeltaEvent(ApiModel):
    """Emitted when there is an additional text delta. This is also the first event emitted when the transcription starts.
    Only emitted when you [create a transcription](/docs/api-reference/audio/create-transcription) with the `Stream`
    parameter set to `true`.

    """

    delta: str
    """ The text delta that was additionally transcribed.
     """

    type: Literal["transcript.text.delta"] = "transcript.text.delta"
    """ The type of the event. Always `transcript.text.delta`.
     """

    logprobs: list[TranscriptTextDeltaEventLogprobsItem] | None = ABSENT
    """ The log probabilities of the delta. Only included if you [create a transcription](/docs/api-
    reference/audio/create-transcription) with the `include[]` parameter set to `logprobs`.
     """

    segment_id: str | None = ABSENT
    """ Identifier of the diarized segment that this delta belongs to. Only present when using `gpt-4o-transcribe-
    diarize`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("delta", "delta"),
        ("logprobs", "logprobs"),
        ("segment_id", "segment_id"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['transcript.text.delta']",
        "delta": "str",
        "logprobs": "list[TranscriptTextDeltaEventLogprobsItem] | None | Unset",
        "segment_id": "None | str | Unset",
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["transcript.text.delta"]', _raw_type_)
            if type_ != "transcript.text.delta":
                raise ValueError(f"type must match const 'transcript.text.delta', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        delta = d.pop("delta", None)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.delta = delta
        parsed_obj_.logprobs = None if isinstance(logprobs, Unset) else logprobs
        parsed_obj_.segment_id = None if isinstance(segment_id, Unset) else segment_id
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
