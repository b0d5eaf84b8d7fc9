from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define

from .._runtime.lenient import LENIENT_ERRORS, to_json
from .._runtime.model import ABSENT, ApiModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_transcription_session_create_response_ga_audio_input import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInput,
    )

_lazy_loaded = False


def _load_lazy_imports() -> None:
    global _lazy_loaded, RealtimeTranscriptionSessionCreateResponseGAAudioInput
    from ..models.realtime_transcription_session_create_response_ga_audio_input import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInput,  # noqa: PLC0415
    )

    _lazy_loaded = True


@_attrs_define(repr=False)
class RealtimeTranscriptionSessionCreateResponseGAAudio(ApiModel):
    """Configuration for input audio for the session."""

    input: RealtimeTranscriptionSessionCreateResponseGAAudioInput | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("input", "input"),)
    _param_types_: ClassVar[dict[str, str]] = {
        "input": "RealtimeTranscriptionSessionCreateResponseGAAudioInput | Unset",
    }
    _const_values_: ClassVar[dict[str, tuple[Any, ...]]] = {}
    _required_keys_: ClassVar[tuple[str, ...]] = ()
    _known_keys_: ClassVar[frozenset[str]] = frozenset(("input",))

    def _wire_(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        present = self._present_
        value_1 = self.input
        if value_1 is None:
            if "input" in present:
                out["input"] = None
        else:
            out["input"] = to_json(value_1)
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
            input_: RealtimeTranscriptionSessionCreateResponseGAAudioInput | Unset
            if isinstance(_input_, Unset):
                input_ = UNSET
            else:
                input_ = RealtimeTranscriptionSessionCreateResponseGAAudioInput.from_dict(_input_)

        except LENIENT_ERRORS:
            input_ = _raw_input_

        parsed_obj_: Any = cls.__new__(cls)
        parsed_obj_.input = None if isinstance(input_, Unset) else input_
        parsed_obj_._request_id = None

        parsed_obj_.additional_properties = d
        result_: Self = parsed_obj_
        return result_
