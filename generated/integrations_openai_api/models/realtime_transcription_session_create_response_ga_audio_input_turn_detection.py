from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection")


def _parse_type_(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("None | str | Unset", data)


def _parse_threshold(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


def _parse_prefix_padding_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


def _parse_silence_duration_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("int | None | Unset", data)


@_attrs_define
class RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection:
    """Configuration for turn detection. Can be set to `null` to turn off. Server
    VAD means that the model will detect the start and end of speech based on
    audio volume and respond at the end of user speech. For `gpt-realtime-whisper`, this must be `null`; VAD is not
    supported.

    """

    type_: None | str | Unset = UNSET
    """ Type of turn detection, only `server_vad` is currently supported.
     """
    threshold: float | None | Unset = UNSET
    """ Activation threshold for VAD (0.0 to 1.0), this defaults to 0.5. A
    higher threshold will require louder audio to activate the model, and
    thus might perform better in noisy environments.
     """
    prefix_padding_ms: int | None | Unset = UNSET
    """ Amount of audio to include before the VAD detected speech (in
    milliseconds). Defaults to 300ms.
     """
    silence_duration_ms: int | None | Unset = UNSET
    """ Duration of silence to detect speech stop (in milliseconds). Defaults
    to 500ms. With shorter values the model will respond more quickly,
    but may jump in on short pauses from the user.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "threshold",
            "prefix_padding_ms",
            "silence_duration_ms",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.type_ is not UNSET:
            field_dict["type"] = to_json(self.type_)
        if self.threshold is not UNSET:
            field_dict["threshold"] = to_json(self.threshold)
        if self.prefix_padding_ms is not UNSET:
            field_dict["prefix_padding_ms"] = to_json(self.prefix_padding_ms)
        if self.silence_duration_ms is not UNSET:
            field_dict["silence_duration_ms"] = to_json(self.silence_duration_ms)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = _parse_type_(_raw_type_)

        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_threshold = d.pop("threshold", UNSET)
        try:
            threshold = _parse_threshold(_raw_threshold)

        except LENIENT_ERRORS:
            threshold = _raw_threshold

        _raw_prefix_padding_ms = d.pop("prefix_padding_ms", UNSET)
        try:
            prefix_padding_ms = _parse_prefix_padding_ms(_raw_prefix_padding_ms)

        except LENIENT_ERRORS:
            prefix_padding_ms = _raw_prefix_padding_ms

        _raw_silence_duration_ms = d.pop("silence_duration_ms", UNSET)
        try:
            silence_duration_ms = _parse_silence_duration_ms(_raw_silence_duration_ms)

        except LENIENT_ERRORS:
            silence_duration_ms = _raw_silence_duration_ms

        parsed_obj_ = cls(
            type_=type_,
            threshold=threshold,
            prefix_padding_ms=prefix_padding_ms,
            silence_duration_ms=silence_duration_ms,
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
