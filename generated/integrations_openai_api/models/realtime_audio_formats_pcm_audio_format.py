from __future__ import annotations

from typing import Any, ClassVar, Literal, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
from ..models.realtime_audio_formats_pcm_audio_format_rate import (
    RealtimeAudioFormatsPCMAudioFormatRate,
    check_realtime_audio_formats_pcm_audio_format_rate,
)
from ..types import UNSET, Unset


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


@_attrs_define(repr=False)
class RealtimeAudioFormatsPCMAudioFormat(ApiModel):
    """The PCM audio format. Only a 24kHz sample rate is supported."""

    type: Literal["audio/pcm"] | None = "audio/pcm"
    """ The audio format. Always `audio/pcm`. """

    rate: RealtimeAudioFormatsPCMAudioFormatRate | str | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("rate", "rate"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['audio/pcm'] | Unset",
        "rate": "None | RealtimeAudioFormatsPCMAudioFormatRate | Unset",
    }
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast('Literal["audio/pcm"] | Unset', _raw_type_)
            if type_ != "audio/pcm" and not isinstance(type_, Unset):
                raise ValueError(f"type must match const 'audio/pcm', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_rate = d.pop("rate", UNSET)
        try:
            rate = _parse_rate(_raw_rate)

        except LENIENT_ERRORS:
            rate = _raw_rate

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = None if isinstance(type_, Unset) else type_
        parsed_obj_.rate = None if isinstance(rate, Unset) else rate
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
