from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_transcription_response_json_logprobs_item import (
        CreateTranscriptionResponseJsonLogprobsItem,
    )
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        CreateTranscriptionResponseJsonLogprobsItem, \
        TranscriptTextUsageDuration, \
        TranscriptTextUsageTokens
    from ..models.create_transcription_response_json_logprobs_item import (
        CreateTranscriptionResponseJsonLogprobsItem,  # noqa: PLC0415
    )
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration  # noqa: PLC0415
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateTranscriptionResponseJson")


def _parse_logprobs(
    data: object,
) -> list[CreateTranscriptionResponseJsonLogprobsItem] | None | Unset:
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
                logprobs_type_0_item = CreateTranscriptionResponseJsonLogprobsItem.from_dict(
                    logprobs_type_0_item_data
                )

            except LENIENT_ERRORS:
                logprobs_type_0_item = logprobs_type_0_item_data
            logprobs_type_0.append(logprobs_type_0_item)

        return logprobs_type_0
    except LENIENT_ERRORS:
        pass
    return cast("list[CreateTranscriptionResponseJsonLogprobsItem] | None | Unset", data)


def _parse_usage(
    data: object,
) -> None | TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset:
    if data is None:
        return data
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
                "None | TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset",
                UnknownVariant(data),
            )
        return cast(
            "None | TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset",
            variant.from_dict(data),
        )
    return cast("None | TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset", data)


@_attrs_define
class CreateTranscriptionResponseJson:
    """Represents a transcription response returned by model, based on the provided input."""

    text: str
    """ The transcribed text. """
    logprobs: list[CreateTranscriptionResponseJsonLogprobsItem] | None | Unset = UNSET
    """ The log probabilities of the tokens in the transcription. Only returned with the models `gpt-4o-transcribe`
    and `gpt-4o-mini-transcribe` if `logprobs` is added to the `include` array.
     """
    usage: None | TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset = UNSET
    """ Token usage statistics for the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("text",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "text",
            "logprobs",
            "usage",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
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
                f"CreateTranscriptionResponseJson: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
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
