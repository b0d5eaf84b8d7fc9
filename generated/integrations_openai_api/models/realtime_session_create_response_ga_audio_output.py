from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, to_json
from ..models.voice_ids_shared_enum import VoiceIdsSharedEnum, check_voice_ids_shared_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_audio_formats_pcm_audio_format import RealtimeAudioFormatsPCMAudioFormat
    from ..models.realtime_audio_formats_pcma_audio_format import (
        RealtimeAudioFormatsPCMAAudioFormat,
    )
    from ..models.realtime_audio_formats_pcmu_audio_format import (
        RealtimeAudioFormatsPCMUAudioFormat,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RealtimeAudioFormatsPCMAudioFormat, \
        RealtimeAudioFormatsPCMAAudioFormat, \
        RealtimeAudioFormatsPCMUAudioFormat
    from ..models.realtime_audio_formats_pcm_audio_format import RealtimeAudioFormatsPCMAudioFormat  # noqa: PLC0415
    from ..models.realtime_audio_formats_pcma_audio_format import (
        RealtimeAudioFormatsPCMAAudioFormat,  # noqa: PLC0415
    )
    from ..models.realtime_audio_formats_pcmu_audio_format import (
        RealtimeAudioFormatsPCMUAudioFormat,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeSessionCreateResponseGAAudioOutput")


def _parse_format_(
    data: object,
) -> (
    None
    | RealtimeAudioFormatsPCMAAudioFormat
    | RealtimeAudioFormatsPCMAudioFormat
    | RealtimeAudioFormatsPCMUAudioFormat
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        variant = pick_variant(
            data,
            (
                RealtimeAudioFormatsPCMAudioFormat,
                RealtimeAudioFormatsPCMUAudioFormat,
                RealtimeAudioFormatsPCMAAudioFormat,
            ),
        )
        if variant is None:
            return cast(
                "None | RealtimeAudioFormatsPCMAAudioFormat | RealtimeAudioFormatsPCMAudioFormat | RealtimeAudioFormatsPCMUAudioFormat | Unset",
                UnknownVariant(data),
            )
        return cast(
            "None | RealtimeAudioFormatsPCMAAudioFormat | RealtimeAudioFormatsPCMAudioFormat | RealtimeAudioFormatsPCMUAudioFormat | Unset",
            variant.from_dict(data),
        )
    return cast(
        "None | RealtimeAudioFormatsPCMAAudioFormat | RealtimeAudioFormatsPCMAudioFormat | RealtimeAudioFormatsPCMUAudioFormat | Unset",
        data,
    )


def _parse_voice(data: object) -> None | str | Unset | VoiceIdsSharedEnum:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_voice_ids_shared_type_1 = check_voice_ids_shared_enum(data)

        return componentsschemas_voice_ids_shared_type_1
    except LENIENT_ERRORS:
        pass
    return cast("None | str | Unset | VoiceIdsSharedEnum", data)


def _parse_speed(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast("float | None | Unset", data)


@_attrs_define
class RealtimeSessionCreateResponseGAAudioOutput:
    format_: (
        None
        | RealtimeAudioFormatsPCMAAudioFormat
        | RealtimeAudioFormatsPCMAudioFormat
        | RealtimeAudioFormatsPCMUAudioFormat
        | Unset
    ) = UNSET
    voice: None | str | Unset | VoiceIdsSharedEnum = UNSET
    speed: float | None | Unset = UNSET
    """ The speed of the model's spoken response as a multiple of the original speed.
    1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in
    between model turns, not while a response is in progress.

    This parameter is a post-processing adjustment to the audio after it is generated, it's
    also possible to prompt the model to speak faster or slower.

    Server default: `1`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "format",
            "voice",
            "speed",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.format_ is not UNSET:
            field_dict["format"] = to_json(self.format_)
        if self.voice is not UNSET:
            field_dict["voice"] = to_json(self.voice)
        if self.speed is not UNSET:
            field_dict["speed"] = to_json(self.speed)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeSessionCreateResponseGAAudioOutput: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_format_ = d.pop("format", UNSET)
        try:
            format_ = _parse_format_(_raw_format_)

        except LENIENT_ERRORS:
            format_ = _raw_format_

        _raw_voice = d.pop("voice", UNSET)
        try:
            voice = _parse_voice(_raw_voice)

        except LENIENT_ERRORS:
            voice = _raw_voice

        _raw_speed = d.pop("speed", UNSET)
        try:
            speed = _parse_speed(_raw_speed)

        except LENIENT_ERRORS:
            speed = _raw_speed

        parsed_obj_ = cls(
            format_=format_,
            voice=voice,
            speed=speed,
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
