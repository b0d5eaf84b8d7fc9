from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ApiModel

if TYPE_CHECKING:
    from ..models.speech_audio_done_event_usage import SpeechAudioDoneEventUsage

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, SpeechAudioDoneEventUsage
    from ..models.speech_audio_done_event_usage import SpeechAudioDoneEventUsage  # noqa: PLC0415

    _lazy_loaded = True


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
        type_ = d.pop("type", None)

        _raw_usage = d.pop("usage", None)
        try:
            usage = SpeechAudioDoneEventUsage.from_dict(_raw_usage)

        except LENIENT_ERRORS:
            usage = _raw_usage

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.type = type_
        parsed_obj_.usage = usage
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
