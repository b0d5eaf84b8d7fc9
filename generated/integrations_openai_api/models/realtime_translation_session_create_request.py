from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS
from .._runtime.model import ABSENT, ApiModel
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


@_attrs_define(repr=False)
class RealtimeTranslationSessionCreateRequest(ApiModel):
    """Realtime translation session configuration. Translation sessions stream source
    audio in and translated audio plus transcript deltas out continuously.

    """

    model: str
    """ The Realtime translation model used for this session.
     """

    audio: RealtimeTranslationSessionCreateRequestAudio | None = ABSENT
    """ Configuration for translation input and output audio.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("audio", "audio"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "model": "str",
        "audio": "RealtimeTranslationSessionCreateRequestAudio | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ("model",)
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "model",
            "audio",
        )
    )

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        model = d.pop("model", None)

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

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.model = model
        parsed_obj_.audio = None if isinstance(audio, Unset) else audio
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
