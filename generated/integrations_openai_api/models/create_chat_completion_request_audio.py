from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..models.create_chat_completion_request_audio_format import (
    CreateChatCompletionRequestAudioFormat,
    check_create_chat_completion_request_audio_format,
)
from ..models.voice_ids_shared_enum import VoiceIdsSharedEnum, check_voice_ids_shared_enum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, VoiceIdsOrCustomVoiceObject
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="CreateChatCompletionRequestAudio")


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


@_attrs_define
class CreateChatCompletionRequestAudio:
    voice: str | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum
    """ A built-in voice name or a custom voice reference.
     """
    format_: CreateChatCompletionRequestAudioFormat
    """ Specifies the output audio format. Must be one of `wav`, `mp3`, `flac`,
    `opus`, or `pcm16`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.voice, Unset):
            field_dict["voice"] = to_json(self.voice)
        if not isinstance(self.format_, Unset):
            field_dict["format"] = self.format_
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"CreateChatCompletionRequestAudio: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_voice = d.pop("voice", UNSET)
        try:
            voice = _parse_voice(_raw_voice)

        except LENIENT_ERRORS:
            voice = _raw_voice

        _raw_format_ = d.pop("format", UNSET)
        try:
            format_ = check_create_chat_completion_request_audio_format(_raw_format_)

        except LENIENT_ERRORS:
            format_ = _raw_format_

        parsed_obj_ = cls(
            voice=voice,
            format_=format_,
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
