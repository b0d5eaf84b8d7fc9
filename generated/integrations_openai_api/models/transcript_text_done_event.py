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
    logprobs: list[TranscriptTextDeltaEventLogprobsItem] | None | Unset = UNSET
    """ The log probabilities of the individual tokens in the transcription. Only included if you [create a
    transcription](/docs/api-reference/audio/create-transcription) with the `include[]` parameter set to `logprobs`.
     """
    usage: None | TranscriptTextUsageTokens | Unset = UNSET
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
            logprobs = _parse_logprobs(_raw_logprobs)

        except LENIENT_ERRORS:
            logprobs = _raw_logprobs

        _raw_usage = d.pop("usage", UNSET)
        try:
            usage = _parse_usage(_raw_usage)

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
