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
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, TranscriptTextDeltaEventLogprobsItem, TranscriptTextUsageTokens
    from ..models.transcript_text_delta_event_logprobs_item import (
        TranscriptTextDeltaEventLogprobsItem,  # noqa: PLC0415
    )
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens  # noqa: PLC0415

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


def _parse_usage(data: object) -> None | TranscriptTextUsageTokens | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return TranscriptTextUsageTokens.from_dict(data)
    return cast("None | TranscriptTextUsageTokens | Unset", data)


@_attrs_define(repr=False)
class TranscriptTextDoneEvent(ApiModel):
    """Emitted when the transcription is complete. Contains the complete transcription text. Only emitted when you [create
    a transcription](/docs/api-reference/audio/create-transcription) with the `Stream` parameter set to `true`.

    """

    text: str
    """ The text that was transcribed.
     """

    type: Literal["transcript.text.done"] = "transcript.text.done"
    """ The type of the event. Always `transcript.text.done`.
     """

    logprobs: list[TranscriptTextDeltaEventLogprobsItem] | None = ABSENT
    """ The log probabilities of the individual tokens in the transcription. Only included if you [create a
    transcription](/docs/api-reference/audio/create-transcription) with the `include[]` parameter set to `logprobs`.
     """

    usage: TranscriptTextUsageTokens | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("text", "text"),
        ("logprobs", "logprobs"),
        ("usage", "usage"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['transcript.text.done']",
        "text": "str",
        "logprobs": "list[TranscriptTextDeltaEventLogprobsItem] | None | Unset",
        "usage": "None | TranscriptTextUsageTokens | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("transcript.text.done",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "text",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "text",
            "logprobs",
            "usage",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_type_ = d.pop("type", None)
        try:
            type_ = cast('Literal["transcript.text.done"]', _raw_type_)
            if type_ != "transcript.text.done":
                raise ValueError(f"type must match const 'transcript.text.done', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        text = d.pop("text", None)

        _raw_logprobs = d.pop("logprobs", UNSET)
        try:
            logprobs = _parse_logprobs(_raw_logprobs)

        except LENIENT_ERRORS:
            logprobs = _raw_logprobs

        _raw_usage = d.pop("usage", UNSET)
        try:
            usage = _parse_usage(_raw_usage)

        except LENIENT_ERRORS:
            usage = _raw_usage

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.text = text
        parsed_obj_.logprobs = None if isinstance(logprobs, Unset) else logprobs
        parsed_obj_.usage = None if isinstance(usage, Unset) else usage
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
