from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.realtime_translation_session_audio import RealtimeTranslationSessionAudio

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeTranslationSessionAudio
    from ..models.realtime_translation_session_audio import RealtimeTranslationSessionAudio  # noqa: PLC0415

    _lazy_loaded = True


@_attrs_define(repr=False)
class RealtimeTranslationSession(ApiModel):
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

    type: Literal["translation"] = "translation"
    """ The session type. Always `translation` for Realtime translation sessions.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("audio", "audio"),
        ("expires_at", "expires_at"),
        ("model", "model"),
        ("type", "type"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "id": "str",
        "type": "Literal['translation']",
        "expires_at": "int",
        "model": "str",
        "audio": "RealtimeTranslationSessionAudio",
    }
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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.id
        if value_1 is None:
            if "id" in present:
                out["id"] = None
        else:
            out["id"] = value_1
        value_2 = self.audio
        if value_2 is None:
            if "audio" in present:
                out["audio"] = None
        else:
            out["audio"] = to_json(value_2)
        value_3 = self.expires_at
        if value_3 is None:
            if "expires_at" in present:
                out["expires_at"] = None
        else:
            out["expires_at"] = value_3
        value_4 = self.model
        if value_4 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_4
        value_5 = self.type
        if value_5 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_5
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        id = d.pop("id", None)

        type_ = d.pop("type", None)

        expires_at = d.pop("expires_at", None)

        model = d.pop("model", None)

        _raw_audio = d.pop("audio", None)
        try:
            audio = RealtimeTranslationSessionAudio.from_dict(_raw_audio)

        except LENIENT_ERRORS:
            audio = _raw_audio

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = id
        parsed_obj_.type = type_
        parsed_obj_.expires_at = expires_at
        parsed_obj_.model = model
        parsed_obj_.audio = audio
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
