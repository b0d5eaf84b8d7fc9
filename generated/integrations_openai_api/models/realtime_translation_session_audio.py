from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_translation_session_audio_input import (
        RealtimeTranslationSessionAudioInput,
    )
    from ..models.realtime_translation_session_audio_output import (
        RealtimeTranslationSessionAudioOutput,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeTranslationSessionAudioInput, RealtimeTranslationSessionAudioOutput
    from ..models.realtime_translation_session_audio_input import (
        RealtimeTranslationSessionAudioInput,  # noqa: PLC0415
    )
    from ..models.realtime_translation_session_audio_output import (
        RealtimeTranslationSessionAudioOutput,  # noqa: PLC0415
    )

    _lazy_loaded = True


@_attrs_define(repr=False)
class RealtimeTranslationSessionAudio(ApiModel):
    """Configuration for translation input and output audio."""

    input: RealtimeTranslationSessionAudioInput | None = ABSENT

    output: RealtimeTranslationSessionAudioOutput | None = ABSENT

    _sdk_name_: ClassVar[str] = "Audio"
    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input", "input"),
        ("output", "output"),
    )
    _param_types_: ClassVar[dict[str, str]] = {
        "input": "RealtimeTranslationSessionAudioInput | Unset",
        "output": "RealtimeTranslationSessionAudioOutput | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(
        (
            "input",
            "output",
        )
    )

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.input
        if value_1 is None:
            if "input" in present:
                out["input"] = None
        else:
            out["input"] = to_json(value_1)
        value_2 = self.output
        if value_2 is None:
            if "output" in present:
                out["output"] = None
        else:
            out["output"] = to_json(value_2)
        extra = self.additional_properties
        if extra:
            for key, item in extra.items():
                out[key] = to_json(item)
        return out

    @classmethod
    def _from_dict_(cls, d: dict[str, Any]) -> Self:
        if not _lazy_loaded:
            _load_lazy_imports()
        _raw_input_ = d.pop("input", UNSET)
        try:
            _input_ = _raw_input_
            input_: RealtimeTranslationSessionAudioInput | Unset
            if isinstance(_input_, Unset):
                input_ = UNSET
            else:
                input_ = RealtimeTranslationSessionAudioInput.from_dict(_input_)

        except LENIENT_ERRORS:
            input_ = _raw_input_

        _raw_output = d.pop("output", UNSET)
        try:
            _output = _raw_output
            output: RealtimeTranslationSessionAudioOutput | Unset
            if isinstance(_output, Unset):
                output = UNSET
            else:
                output = RealtimeTranslationSessionAudioOutput.from_dict(_output)

        except LENIENT_ERRORS:
            output = _raw_output

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.input = None if isinstance(input_, Unset) else input_
        parsed_obj_.output = None if isinstance(output, Unset) else output
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
