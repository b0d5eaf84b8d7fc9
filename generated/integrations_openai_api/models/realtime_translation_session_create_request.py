from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_translation_session_create_request_audio import (
        RealtimeTranslationSessionCreateRequestAudio,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeTranslationSessionCreateRequestAudio
    from ..models.realtime_translation_session_create_request_audio import (
        RealtimeTranslationSessionCreateRequestAudio,  # noqa: PLC0415
    )

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeTranslationSessionCreateRequest")


@_attrs_define
class RealtimeTranslationSessionCreateRequest:
    """Realtime translation session configuration. Translation sessions stream source
    audio in and translated audio plus transcript deltas out continuously.

    """

    model: str
    """ The Realtime translation model used for this session.
     """
    audio: RealtimeTranslationSessionCreateRequestAudio | Unset = UNSET
    """ Configuration for translation input and output audio.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("model",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "audio",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.model, Unset):
            field_dict["model"] = self.model
        if self.audio is not UNSET:
            field_dict["audio"] = to_json(self.audio)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranslationSessionCreateRequest: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        model = d.pop("model", UNSET)

        _raw_audio = d.pop("audio", UNSET)
        try:
            _audio = _raw_audio
            audio: RealtimeTranslationSessionCreateRequestAudio | Unset
            if isinstance(_audio, Unset):
                audio = UNSET
            else:
                audio = RealtimeTranslationSessionCreateRequestAudio.from_dict(_audio)

        except LENIENT_ERRORS:
            audio = _raw_audio

        parsed_obj_ = cls(
            model=model,
            audio=audio,
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
