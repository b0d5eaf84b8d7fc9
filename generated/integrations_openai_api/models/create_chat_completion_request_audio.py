from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)
from ..models.create_chat_completion_request_audio_format import (
    CreateChatCompletionRequestAudioFormat,
)
from ..models.voice_ids_shared_enum import VoiceIdsSharedEnum, check_voice_ids_shared_enum

if TYPE_CHECKING:
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VoiceIdsOrCustomVoiceObject
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


def _parse_voice(data: object) -> str | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum:
    if isinstance(data, dict):
        return VoiceIdsOrCustomVoiceObject._from_dict_(data)
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_voice_ids_shared_type_1 = check_voice_ids_shared_enum(data)

        return componentsschemas_voice_ids_shared_type_1
    except LENIENT_ERRORS:
        pass
    return cast("str | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum", data)


@_attrs_define(repr=False)
class CreateChatCompletionRequestAudio(ApiModel):
    voice: str | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum
    """ A built-in voice name or a custom voice reference.
     """

    format: CreateChatCompletionRequestAudioFormat | str
    """ Specifies the output audio format. Must be one of `wav`, `mp3`, `flac`,
    `opus`, or `pcm16`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("voice", "voice"),
        ("format", "format"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "voice": "str | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum",
        "format": "CreateChatCompletionRequestAudioFormat",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "format": (
            "aac",
            "flac",
            "mp3",
            "opus",
            "pcm16",
            "wav",
        ),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "voice",
        "format",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "voice",
            "format",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.voice
        if value_1 is None:
            if "voice" in present:
                out["voice"] = None
        else:
            out["voice"] = to_json(value_1)
        value_2 = self.format
        if value_2 is None:
            if "format" in present:
                out["format"] = None
        else:
            out["format"] = value_2
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
        _raw_voice = get_("voice", None)
        try:
            voice = _parse_voice(_raw_voice)

        except LENIENT_ERRORS:
            voice = _raw_voice
        parsed_obj_.voice = voice
        parsed_obj_.format = get_("format")
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
