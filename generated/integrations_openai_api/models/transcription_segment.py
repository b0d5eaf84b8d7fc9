from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="TranscriptionSegment")


@_attrs_define
class TranscriptionSegment:
    id: int
    """ Unique identifier of the segment. """
    seek: int
    """ Seek offset of the segment. """
    start: float
    """ Start time of the segment in seconds. """
    end: float
    """ End time of the segment in seconds. """
    text: str
    """ Text content of the segment. """
    tokens: list[int]
    """ Array of token IDs for the text content. """
    temperature: float
    """ Temperature parameter used for generating the segment. """
    avg_logprob: float
    """ Average logprob of the segment. If the value is lower than -1, consider the logprobs failed. """
    compression_ratio: float
    """ Compression ratio of the segment. If the value is greater than 2.4, consider the compression failed. """
    no_speech_prob: float
    """ Probability of no speech in the segment. If the value is higher than 1.0 and the `avg_logprob` is below -1,
    consider this segment silent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "seek",
        "start",
        "end",
        "text",
        "tokens",
        "temperature",
        "avg_logprob",
        "compression_ratio",
        "no_speech_prob",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "seek",
            "start",
            "end",
            "text",
            "tokens",
            "temperature",
            "avg_logprob",
            "compression_ratio",
            "no_speech_prob",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.seek, Unset):
            field_dict["seek"] = self.seek
        if not isinstance(self.start, Unset):
            field_dict["start"] = self.start
        if not isinstance(self.end, Unset):
            field_dict["end"] = self.end
        if not isinstance(self.text, Unset):
            field_dict["text"] = self.text
        if not isinstance(self.tokens, Unset):
            field_dict["tokens"] = to_json(self.tokens)
        if not isinstance(self.temperature, Unset):
            field_dict["temperature"] = self.temperature
        if not isinstance(self.avg_logprob, Unset):
            field_dict["avg_logprob"] = self.avg_logprob
        if not isinstance(self.compression_ratio, Unset):
            field_dict["compression_ratio"] = self.compression_ratio
        if not isinstance(self.no_speech_prob, Unset):
            field_dict["no_speech_prob"] = self.no_speech_prob
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"TranscriptionSegment: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        seek = d.pop("seek", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        text = d.pop("text", UNSET)

        _raw_tokens = d.pop("tokens", UNSET)
        try:
            tokens = cast("list[int]", _raw_tokens)

        except LENIENT_ERRORS:
            tokens = _raw_tokens

        temperature = d.pop("temperature", UNSET)

        avg_logprob = d.pop("avg_logprob", UNSET)

        compression_ratio = d.pop("compression_ratio", UNSET)

        no_speech_prob = d.pop("no_speech_prob", UNSET)

        parsed_obj_ = cls(
            id=id,
            seek=seek,
            start=start,
            end=end,
            text=text,
            tokens=tokens,
            temperature=temperature,
            avg_logprob=avg_logprob,
            compression_ratio=compression_ratio,
            no_speech_prob=no_speech_prob,
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
