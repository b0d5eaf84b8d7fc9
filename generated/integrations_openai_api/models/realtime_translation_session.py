from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

if TYPE_CHECKING:
    from ..models.realtime_translation_session_audio import RealtimeTranslationSessionAudio

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeTranslationSessionAudio
    from ..models.realtime_translation_session_audio import RealtimeTranslationSessionAudio  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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
        get_: Any = d.get
        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.id = get_("id")
        parsed_obj_.type = get_("type")
        parsed_obj_.expires_at = get_("expires_at")
        parsed_obj_.model = get_("model")
        audio = get_("audio")
        if audio is not None:
            try:
                audio = (
                    RealtimeTranslationSessionAudio._from_dict_(audio)
                    if audio.__class__ is dict
                    else RealtimeTranslationSessionAudio.from_dict(audio)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.audio = audio
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
