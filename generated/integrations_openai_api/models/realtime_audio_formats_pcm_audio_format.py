from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.realtime_audio_formats_pcm_audio_format_rate import (
    RealtimeAudioFormatsPCMAudioFormatRate,
    check_realtime_audio_formats_pcm_audio_format_rate,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeAudioFormatsPCMAudioFormat")


def _parse_rate(data: object) -> None | RealtimeAudioFormatsPCMAudioFormatRate | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, int):
            raise TypeError()
        rate_type_0 = check_realtime_audio_formats_pcm_audio_format_rate(data)

        return rate_type_0
    except LENIENT_ERRORS:
        pass
    return cast("None | RealtimeAudioFormatsPCMAudioFormatRate | Unset", data)


@_attrs_define
class RealtimeAudioFormatsPCMAudioFormat:
    """The PCM audio format. Only a 24kHz sample rate is supported."""

    type_: Literal["audio/pcm"] | Unset = "audio/pcm"
    """ The audio format. Always `audio/pcm`. """
    rate: None | RealtimeAudioFormatsPCMAudioFormatRate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("audio/pcm",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "rate",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.rate is not UNSET:
            field_dict["rate"] = to_json(self.rate)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeAudioFormatsPCMAudioFormat: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['audio/pcm'] | Unset", _raw_type_)
            if type_ != "audio/pcm" and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 'audio/pcm', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_rate = d.pop("rate", UNSET)
        try:
            rate = _parse_rate(_raw_rate)

        except LENIENT_ERRORS:
            rate = _raw_rate

        parsed_obj_ = cls(
            type_=type_,
            rate=rate,
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
