from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import (
    ABSENT,
    ApiModel,
    Shape,
    extra_keys,
    learn_shape,
)

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


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


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

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.model
        if value_1 is None:
            if "model" in present:
                out["model"] = None
        else:
            out["model"] = value_1
        value_2 = self.audio
        if value_2 is None:
            if "audio" in present:
                out["audio"] = None
        else:
            out["audio"] = to_json(value_2)
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
        parsed_obj_.model = get_("model")
        audio = get_("audio")
        if audio is not None:
            try:
                audio = (
                    RealtimeTranslationSessionCreateRequestAudio._from_dict_(audio)
                    if audio.__class__ is dict
                    else RealtimeTranslationSessionCreateRequestAudio.from_dict(audio)
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
