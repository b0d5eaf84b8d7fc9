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
    from ..models.speech_audio_done_event_usage import SpeechAudioDoneEventUsage

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, SpeechAudioDoneEventUsage
    from ..models.speech_audio_done_event_usage import SpeechAudioDoneEventUsage  # noqa: PLC0415

    _lazy_loaded = True


#: (presence, has undeclared keys) by the key order of a parsed body (see `learn_shape`).
_SHAPES_: dict[tuple[str, ...], Shape] = {}


@_attrs_define(repr=False)
class SpeechAudioDoneEvent(ApiModel):
    """Emitted when the speech synthesis is complete and all audio has been streamed."""

    usage: SpeechAudioDoneEventUsage
    """ Token usage statistics for the request.
     """

    type: Literal["speech.audio.done"] = "speech.audio.done"
    """ The type of the event. Always `speech.audio.done`.
     """

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("usage", "usage"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "type": "Literal['speech.audio.done']",
        "usage": "SpeechAudioDoneEventUsage",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {
        "type": ("speech.audio.done",),
    }
    _required_keys_: ClassVar[tuple[str, ...]] = (
        "type",
        "usage",
    )
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "type",
            "usage",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.type
        if value_1 is None:
            if "type" in present:
                out["type"] = None
        else:
            out["type"] = value_1
        value_2 = self.usage
        if value_2 is None:
            if "usage" in present:
                out["usage"] = None
        else:
            out["usage"] = to_json(value_2)
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
        parsed_obj_.type = get_("type")
        usage = get_("usage")
        if usage is not None:
            try:
                usage = (
                    SpeechAudioDoneEventUsage._from_dict_(usage)
                    if usage.__class__ is dict
                    else SpeechAudioDoneEventUsage.from_dict(usage)
                )
            except LENIENT_ERRORS:
                pass
        parsed_obj_.usage = usage
        parsed_obj_._request_id = None
        shape_ = _SHAPES_.get(tuple(d))
        if shape_ is None:
            shape_ = learn_shape(_SHAPES_, d, cls._known_keys_)
        parsed_obj_._present_ = shape_[0]
        parsed_obj_.additional_properties = extra_keys(d, cls._known_keys_) if shape_[1] else {}
        result_: Self = parsed_obj_
        return result_
