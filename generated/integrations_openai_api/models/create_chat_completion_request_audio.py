from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self, cast

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ApiModel
from ..models.create_chat_completion_request_audio_format import (
    CreateChatCompletionRequestAudioFormat,
    check_create_chat_completion_request_audio_format,
)
from ..models.voice_ids_shared_enum import VoiceIdsSharedEnum, check_voice_ids_shared_enum

if TYPE_CHECKING:
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VoiceIdsOrCustomVoiceObject
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject  # noqa: PLC0415

    _lazy_loaded = True


def _parse_voice(data: object) -> str | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum:
    if isinstance(data, dict):
        return VoiceIdsOrCustomVoiceObject.from_dict(data)
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

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_voice = d.pop("voice", None)
        try:
            voice = _parse_voice(_raw_voice)

        except LENIENT_ERRORS:
            voice = _raw_voice

        _raw_format_ = d.pop("format", None)
        try:
            format_ = check_create_chat_completion_request_audio_format(_raw_format_)

        except LENIENT_ERRORS:
            format_ = _raw_format_

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.voice = voice
        parsed_obj_.format = format_
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
