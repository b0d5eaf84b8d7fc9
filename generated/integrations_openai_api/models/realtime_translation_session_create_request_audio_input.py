from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_translation_session_create_request_audio_input_noise_reduction import (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction,
    )
    from ..models.realtime_translation_session_create_request_audio_input_transcription import (
        RealtimeTranslationSessionCreateRequestAudioInputTranscription,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global \
        _lazy_loaded, \
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction, \
        RealtimeTranslationSessionCreateRequestAudioInputTranscription
    from ..models.realtime_translation_session_create_request_audio_input_noise_reduction import (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction,  # noqa: PLC0415
    )
    from ..models.realtime_translation_session_create_request_audio_input_transcription import (
        RealtimeTranslationSessionCreateRequestAudioInputTranscription,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeTranslationSessionCreateRequestAudioInput")


def _parse_transcription(
    data: object,
) -> None | RealtimeTranslationSessionCreateRequestAudioInputTranscription | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeTranslationSessionCreateRequestAudioInputTranscription.from_dict(data)
    return cast(
        "None | RealtimeTranslationSessionCreateRequestAudioInputTranscription | Unset", data
    )


def _parse_noise_reduction(
    data: object,
) -> None | RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict):
        return RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction.from_dict(data)
    return cast(
        "None | RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction | Unset", data
    )


@_attrs_define
class RealtimeTranslationSessionCreateRequestAudioInput:
    transcription: None | RealtimeTranslationSessionCreateRequestAudioInputTranscription | Unset = (
        UNSET
    )
    noise_reduction: (
        None | RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "transcription",
            "noise_reduction",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if self.transcription is not UNSET:
            field_dict["transcription"] = to_json(self.transcription)
        if self.noise_reduction is not UNSET:
            field_dict["noise_reduction"] = to_json(self.noise_reduction)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranslationSessionCreateRequestAudioInput: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_transcription = d.pop("transcription", UNSET)
        try:
            transcription = _parse_transcription(_raw_transcription)

        except LENIENT_ERRORS:
            transcription = _raw_transcription

        _raw_noise_reduction = d.pop("noise_reduction", UNSET)
        try:
            noise_reduction = _parse_noise_reduction(_raw_noise_reduction)

        except LENIENT_ERRORS:
            noise_reduction = _raw_noise_reduction

        parsed_obj_ = cls(
            transcription=transcription,
            noise_reduction=noise_reduction,
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
