from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
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


T = TypeVar("T", bound="TranscriptTextDoneEvent")


@_attrs_define
class TranscriptTextDoneEvent:
    """Emitted when the transcription is complete. Contains the complete transcription text. Only emitted when you [create
    a transcription](/docs/api-reference/audio/create-transcription) with the `Stream` parameter set to `true`.

    """

    text: str
    """ The text that was transcribed.
     """
    type_: Literal["transcript.text.done"] = "transcript.text.done"
    """ The type of the event. Always `transcript.text.done`.
     """
    logprobs: list[TranscriptTextDeltaEventLogprobsItem] | Unset = UNSET
    """ The log probabilities of the individual tokens in the transcription. Only included if you [create a
    transcription](/docs/api-reference/audio/create-transcription) with the `include[]` parameter set to `logprobs`.
     """
    usage: TranscriptTextUsageTokens | Unset = UNSET
    """ Usage statistics for models billed by token usage. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.text, Unset):
            field_dict["text"] = self.text
        if self.logprobs is not UNSET:
            field_dict["logprobs"] = to_json(self.logprobs)
        if self.usage is not UNSET:
            field_dict["usage"] = to_json(self.usage)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"TranscriptTextDoneEvent: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['transcript.text.done']", _raw_type_)
            if type_ != "transcript.text.done":
                raise ValueError(f"type must match const 'transcript.text.done', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        text = d.pop("text", UNSET)

        _raw_logprobs = d.pop("logprobs", UNSET)
        try:
            _logprobs = _raw_logprobs
            logprobs: list[TranscriptTextDeltaEventLogprobsItem] | Unset = UNSET
            if _logprobs is not UNSET:
                if not isinstance(_logprobs, list):
                    raise TypeError()
                logprobs = []
                for logprobs_item_data in _logprobs:
                    try:
                        logprobs_item = TranscriptTextDeltaEventLogprobsItem.from_dict(
                            logprobs_item_data
                        )

                    except LENIENT_ERRORS:
                        logprobs_item = logprobs_item_data
                    logprobs.append(logprobs_item)

        except LENIENT_ERRORS:
            logprobs = _raw_logprobs

        _raw_usage = d.pop("usage", UNSET)
        try:
            _usage = _raw_usage
            usage: TranscriptTextUsageTokens | Unset
            if isinstance(_usage, Unset):
                usage = UNSET
            else:
                usage = TranscriptTextUsageTokens.from_dict(_usage)

        except LENIENT_ERRORS:
            usage = _raw_usage

        parsed_obj_ = cls(
            type_=type_,
            text=text,
            logprobs=logprobs,
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
