from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.dispatch import pick_variant
from .._runtime.lenient import LENIENT_ERRORS, UnknownVariant, as_float, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
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
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RealtimeAudioFormatsPCMAudioFormat, \
        RealtimeAudioFormatsPCMAAudioFormat, \
        RealtimeAudioFormatsPCMUAudioFormat, \
        VoiceIdsOrCustomVoiceObject
    from ..models.realtime_audio_formats_pcm_audio_format import RealtimeAudioFormatsPCMAudioFormat  # noqa: PLC0415
    from ..models.realtime_audio_formats_pcma_audio_format import (
        RealtimeAudioFormatsPCMAAudioFormat,  # noqa: PLC0415
    )
    from ..models.realtime_audio_formats_pcmu_audio_format import (
        RealtimeAudioFormatsPCMUAudioFormat,  # noqa: PLC0415
    )
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_format_(
    data: object,
) -> (
    RealtimeAudioFormatsPCMAAudioFormat
    | RealtimeAudioFormatsPCMAudioFormat
    | RealtimeAudioFormatsPCMUAudioFormat
    | Unset
):
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
                "RealtimeAudioFormatsPCMAAudioFormat | RealtimeAudioFormatsPCMAudioFormat | RealtimeAudioFormatsPCMUAudioFormat | Unset",
                UnknownVariant(data),
            )
        return cast(
            "RealtimeAudioFormatsPCMAAudioFormat | RealtimeAudioFormatsPCMAudioFormat | RealtimeAudioFormatsPCMUAudioFormat | Unset",
            variant.from_dict(data),
        )
    return cast(
        "RealtimeAudioFormatsPCMAAudioFormat | RealtimeAudioFormatsPCMAudioFormat | RealtimeAudioFormatsPCMUAudioFormat | Unset",
        data,
    )


def _parse_voice(data: object) -> str | Unset | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum:
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return VoiceIdsOrCustomVoiceObject._from_dict_(data)
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_voice_ids_shared_type_1 = check_voice_ids_shared_enum(data)

        return componentsschemas_voice_ids_shared_type_1
    except LENIENT_ERRORS:
        pass
    return cast("str | Unset | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum", data)


@_attrs_define(repr=False)
class RealtimeSessionCreateRequestGAAudioOutput(ApiModel):
    format: (
        RealtimeAudioFormatsPCMAAudioFormat
        | RealtimeAudioFormatsPCMAudioFormat
        | RealtimeAudioFormatsPCMUAudioFormat
        | UnknownVariant
        | None
    ) = ABSENT

    voice: str | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum | None = ABSENT
    """ A built-in voice name or a custom voice reference.
     """

    speed: float | None = ABSENT
    """ The speed of the model's spoken response as a multiple of the original speed.
    1.0 is the default speed. 0.25 is the minimum speed. 1.5 is the maximum speed. This value can only be changed in
    between model turns, not while a response is in progress.

    This parameter is a post-processing adjustment to the audio after it is generated, it's
    also possible to prompt the model to speak faster or slower.

    Server default: `1`. """

    _sdk_name_: ClassVar[str] = "RealtimeAudioConfigOutput"
    _sdk_field_names_: ClassVar[dict[str, dict[str, str]]] = {
        "format": {"RealtimeAudioFormatsPCMUAudioFormat": "AudioPCMA"},
        "voice": {"VoiceIdsOrCustomVoiceObject": "VoiceID"},
    }
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("format", "format"),
        ("speed", "speed"),
        ("voice", "voice"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "format": "RealtimeAudioFormatsPCMAAudioFormat | RealtimeAudioFormatsPCMAudioFormat | RealtimeAudioFormatsPCMUAudioFormat | Unset",
        "voice": "str | Unset | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum",
        "speed": "float | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "format",
            "voice",
            "speed",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.format
        if value_1 is None:
            if "format" in present:
                out["format"] = None
        else:
            out["format"] = to_json(value_1)
        value_2 = self.speed
        if value_2 is None:
            if "speed" in present:
                out["speed"] = None
        else:
            out["speed"] = value_2
        value_3 = self.voice
        if value_3 is None:
            if "voice" in present:
                out["voice"] = None
        else:
            out["voice"] = to_json(value_3)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        _raw_format_ = get_("format", UNSET)
        if _raw_format_ is not UNSET:
            try:
                format_ = _parse_format_(_raw_format_)

            except LENIENT_ERRORS:
                format_ = _raw_format_
        else:
            format_ = _raw_format_
        parsed_obj_.format = None if isinstance(format_, Unset) else format_
        _raw_voice = get_("voice", UNSET)
        if _raw_voice is not UNSET:
            try:
                voice = _parse_voice(_raw_voice)

            except LENIENT_ERRORS:
                voice = _raw_voice
        else:
            voice = _raw_voice
        parsed_obj_.voice = None if isinstance(voice, Unset) else voice
        parsed_obj_.speed = as_float(get_("speed"))
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
