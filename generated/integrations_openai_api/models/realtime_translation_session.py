from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_translation_session_audio import RealtimeTranslationSessionAudio

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeTranslationSessionAudio
    from ..models.realtime_translation_session_audio import RealtimeTranslationSessionAudio  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="RealtimeTranslationSession")


@_attrs_define
class RealtimeTranslationSession:
    """A Realtime translation session. Translation sessions continuously translate input
    audio into the configured output language.

    """

    id: str
    """ Unique identifier for the session that looks like `sess_1234567890abcdef`.
     """
    expires_at: int
    """ Expiration timestamp for the session, in seconds since epoch. """
    model: str
    """ The Realtime translation model used for this session. This field is set at
    session creation and cannot be changed with `session.update`.
     """
    audio: RealtimeTranslationSessionAudio
    """ Configuration for translation input and output audio.
     """
    type_: Literal["translation"] = "translation"
    """ The session type. Always `translation` for Realtime translation sessions.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("translation",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "id",
        "type",
        "expires_at",
        "model",
        "audio",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "id",
            "type",
            "expires_at",
            "model",
            "audio",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.id, Unset):
            field_dict["id"] = self.id
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.expires_at, Unset):
            field_dict["expires_at"] = self.expires_at
        if not isinstance(self.model, Unset):
            field_dict["model"] = self.model
        if not isinstance(self.audio, Unset):
            field_dict["audio"] = to_json(self.audio)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"RealtimeTranslationSession: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['translation']", _raw_type_)
            if type_ != "translation":
                raise ValueError(f"type must match const 'translation', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        expires_at = d.pop("expires_at", UNSET)

        model = d.pop("model", UNSET)

        _raw_audio = d.pop("audio", UNSET)
        try:
            audio = RealtimeTranslationSessionAudio.from_dict(_raw_audio)

        except LENIENT_ERRORS:
            audio = _raw_audio

        parsed_obj_ = cls(
            id=id,
            type_=type_,
            expires_at=expires_at,
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
