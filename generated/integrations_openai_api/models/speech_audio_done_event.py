from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._runtime.lenient import LENIENT_ERRORS, to_json
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.speech_audio_done_event_usage import SpeechAudioDoneEventUsage

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, SpeechAudioDoneEventUsage
    from ..models.speech_audio_done_event_usage import SpeechAudioDoneEventUsage  # noqa: PLC0415

    _lazy_loaded = True


T = TypeVar("T", bound="SpeechAudioDoneEvent")


@_attrs_define
class SpeechAudioDoneEvent:
    """Emitted when the speech synthesis is complete and all audio has been streamed."""

    usage: SpeechAudioDoneEventUsage
    """ Token usage statistics for the request.
     """
    type_: Literal["speech.audio.done"] = "speech.audio.done"
    """ The type of the event. Always `speech.audio.done`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_
        if not isinstance(self.usage, Unset):
            field_dict["usage"] = to_json(self.usage)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_loaded:
            _load_lazy_imports()
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"SpeechAudioDoneEvent: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _raw_type_ = d.pop("type", UNSET)
        try:
            type_ = cast("Literal['speech.audio.done']", _raw_type_)
            if type_ != "speech.audio.done":
                raise ValueError(f"type must match const 'speech.audio.done', got '{type_}'")
        except LENIENT_ERRORS:
            type_ = _raw_type_

        _raw_usage = d.pop("usage", UNSET)
        try:
            usage = SpeechAudioDoneEventUsage.from_dict(_raw_usage)

        except LENIENT_ERRORS:
            usage = _raw_usage

        parsed_obj_ = cls(
            type_=type_,
            usage=usage,
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
